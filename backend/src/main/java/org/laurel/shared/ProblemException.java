package org.laurel.shared;

import io.micronaut.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    protected ProblemException(HttpStatus status, String type, String title, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public HttpStatus status() {
        return status;
    }

    /** A stable slug, rendered as the problem's {@code type} URI. */
    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public List<FieldError> errors() {
        return errors;
    }

    private static final Set<String> RESERVED = Set.of("type", "title", "status", "detail", "instance", "errors");

    /**
     * Adds an RFC 9457 extension member, so that a client reads the numbers a screen needs
     * (e.g. {@code submitted}, {@code expected}) as data instead of parsing {@code detail}.
     */
    public ProblemException with(String member, Object value) {
        if (RESERVED.contains(member)) {
            throw new IllegalArgumentException(member + " is a standard problem member");
        }
        extensions.put(member, value);
        return this;
    }

    /** The extension members, in the order they were added. */
    public Map<String, Object> extensions() {
        return java.util.Collections.unmodifiableMap(extensions);
    }

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
