package org.laurel.shared;

import io.micronaut.data.model.Pageable;
import java.util.List;

/** Applies the API's paging rules ({@code page} from 0, {@code size} 1..200, default 50). */
public final class Paging {

    public static final int MAX_SIZE = 200;

    private Paging() {}

    public static Pageable of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? 50 : size;
        if (p < 0 || s < 1 || s > MAX_SIZE) {
            throw new ProblemException.Invalid(
                    "Paging is out of range",
                    List.of(new FieldError(
                            p < 0 ? "page" : "size",
                            p < 0 ? "must be 0 or more" : "must be between 1 and " + MAX_SIZE)));
        }
        return Pageable.from(p, s);
    }
}
