package org.laurel.shared;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One invalid field of a request: {@code field} is the JSON path as the client sent it, {@code message}
 * the server's sentence, and {@code code}, where the server knows it, what kind of problem it is
 * ({@code required}, {@code file-required}, {@code too-long}, {@code not-a-number}, {@code not-an-option},
 * {@code not-a-url}, {@code not-an-email}, {@code not-a-date}, {@code not-text}, {@code not-a-category}),
 * so that a screen can say it in its reader's language.
 */
@Serdeable
public record FieldError(
        String field, String message, @Nullable String code) {

    public FieldError(String field, String message) {
        this(field, message, null);
    }
}
