package org.laurel.shared;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.MDC;

/**
 * Builds every problem+json body the server sends, so that all refusals look alike. The body's
 * shape is documented by {@link Problem}; its {@code type} slugs are catalogued in {@link ProblemType}.
 */
public final class Problems {

    public static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");
    /** Every problem's {@code type} is this base followed by the slug. */
    public static final String TYPE_BASE = "https://laurel.dev/problems/";

    private Problems() {}

    public static Map<String, Object> body(
            HttpStatus status,
            String type,
            String title,
            String detail,
            List<FieldError> errors,
            HttpRequest<?> request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_BASE + type);
        body.put("title", title);
        body.put("status", status.getCode());
        if (detail != null) {
            body.put("detail", detail);
        }
        if (request != null) {
            body.put("instance", request.getPath());
        }
        if (errors != null && !errors.isEmpty()) {
            body.put("errors", errors);
        }
        // The id of the request (RequestIds): the user quotes it, the operator finds its log lines.
        String requestId = request == null ? null : RequestIds.of(request).orElseGet(() -> MDC.get(RequestIds.MDC_KEY));
        if (requestId != null) {
            body.put("requestId", requestId);
        }
        return body;
    }

    public static MutableHttpResponse<Map<String, Object>> response(
            HttpStatus status,
            String type,
            String title,
            String detail,
            List<FieldError> errors,
            HttpRequest<?> request) {
        return HttpResponse.<Map<String, Object>>status(status)
                .contentType(PROBLEM_JSON)
                .body(body(status, type, title, detail, errors, request));
    }

    /** A stable slug for framework-raised errors that carry only a status. */
    public static String typeFor(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "bad-request";
            case UNAUTHORIZED -> "unauthorized";
            case FORBIDDEN -> "forbidden";
            case NOT_FOUND -> "not-found";
            case METHOD_NOT_ALLOWED -> "method-not-allowed";
            case NOT_ACCEPTABLE -> "not-acceptable";
            case CONFLICT -> "conflict";
            case REQUEST_ENTITY_TOO_LARGE -> "payload-too-large";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
            case TOO_MANY_REQUESTS -> "too-many-requests";
            default -> status.getCode() >= 500 ? "server-error" : "http-" + status.getCode();
        };
    }
}
