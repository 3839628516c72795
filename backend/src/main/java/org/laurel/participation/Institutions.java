package org.laurel.participation;

import io.micronaut.core.annotation.Nullable;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * How institution names are compared: "Tsinghua  University", "tsinghua university." and
 * "ＴＳＩＮＧＨＵＡ University" are one name (Unicode compatibility forms folded, case, spacing and
 * trailing punctuation ignored); what the organizer's aliases say is the same ("清华大学" =
 * "Tsinghua University") becomes one institution too.
 */
final class Institutions {

    private Institutions() {}

    /** The comparison key of a name, or null for a blank one. */
    @Nullable
    static String key(@Nullable String name) {
        if (name == null) {
            return null;
        }
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[\\s\\u3000]+", " ")
                .replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s。，]+$", "")
                .strip();
        return folded.isEmpty() ? null : folded;
    }

    /**
     * The key a name counts under once aliases apply: an alias's key leads to its canonical name's
     * key (one step: a canonical name is not itself looked up again).
     */
    @Nullable
    static String canonicalKey(@Nullable String name, Map<String, String> aliasToCanonical) {
        String k = key(name);
        if (k == null) {
            return null;
        }
        String canonical = aliasToCanonical.get(k);
        return canonical == null ? k : key(canonical);
    }
}
