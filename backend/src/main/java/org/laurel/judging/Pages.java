package org.laurel.judging;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import java.util.List;
import java.util.Locale;
import org.laurel.shared.FieldError;
import org.laurel.shared.ProblemException;

/**
 * Paging and filtering of the round boards (progress, assignments). Their rows are computed from a
 * fixed number of round-wide queries, so they are filtered, sorted and cut in memory: the number
 * of SQL queries per request never grows with the number of entries.
 */
final class Pages {

    private Pages() {}

    static <T> List<T> cut(List<T> rows, Pageable page) {
        int from = (int) Math.min(rows.size(), page.getOffset());
        int to = Math.min(rows.size(), from + page.getSize());
        return List.copyOf(rows.subList(from, to));
    }

    /** Whether {@code text} contains the (trimmed, case-insensitive) query; a blank query matches all. */
    static boolean matches(@Nullable String query, String text) {
        if (query == null || query.isBlank()) {
            return true;
        }
        return text.toLowerCase(Locale.ROOT).contains(query.trim().toLowerCase(Locale.ROOT));
    }

    /** The named choice among {@code allowed} (case-insensitive), {@code fallback} when absent, else 400. */
    static String choice(String field, @Nullable String value, String fallback, List<String> allowed) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        for (String a : allowed) {
            if (a.equalsIgnoreCase(value.trim())) {
                return a;
            }
        }
        throw new ProblemException.Invalid(
                "Unknown " + field, List.of(new FieldError(field, "must be one of " + String.join(", ", allowed))));
    }
}
