package org.laurel.shared;

import io.micronaut.http.HttpStatus;

import java.util.List;

/**
 * A refusal that reaches the client as RFC 9457 problem+json. Domain exceptions extend one of
 * the nested kinds so that modules say what went wrong in their own words while the HTTP
 * mapping stays in one place ({@link ProblemHandler}).
 */
public abstract class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final String title;
    private final List<FieldError> errors;

    protected ProblemException(HttpStatus status, String type, String title, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public HttpStatus status() { return status; }

    /** A stable slug, rendered as the problem's {@code type} URI. */
    public String type() { return type; }

    public String title() { return title; }

    public String detail() { return getMessage(); }

    public List<FieldError> errors() { return errors; }

    /** The caller may not know the resource exists, or it does not. */
    public static class NotFound extends ProblemException {
        public NotFound(String type, String detail) {
            super(HttpStatus.NOT_FOUND, type, "Not found", detail, null);
        }
    }

    /** The request is well formed but clashes with the current state. */
    public static class Conflict extends ProblemException {
        public Conflict(String type, String title, String detail) {
            super(HttpStatus.CONFLICT, type, title, detail, null);
        }
    }

    /** Authenticated, but this person may not do this. */
    public static class Forbidden extends ProblemException {
        public Forbidden(String type, String detail) {
            super(HttpStatus.FORBIDDEN, type, "Forbidden", detail, null);
        }
    }

    /** Data-driven validation that Bean Validation cannot express. */
    public static class Invalid extends ProblemException {
        public Invalid(String detail, List<FieldError> errors) {
            super(HttpStatus.BAD_REQUEST, "validation", "Invalid request", detail, errors);
        }
    }
}
