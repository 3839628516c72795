package org.laurel.shared;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The list shape of the API: one page of items and the total across all pages. */
@Serdeable
public record PageView<T>(List<T> items, long total) {

    /** A whole list as one page. */
    public static <T> PageView<T> of(List<T> items) {
        return new PageView<>(items, items.size());
    }
}
