package org.laurel.shared;

import io.micronaut.serde.annotation.Serdeable;

/** One invalid field of a request: {@code field} is the JSON path as the client sent it. */
@Serdeable
public record FieldError(String field, String message) {}
