package org.laurel.shared;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolationException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where errors become HTTP. Domain refusals ({@link ProblemException}), Bean
 * Validation failures and everything the framework raises itself (unknown route, malformed
 * JSON, wrong types, missing body, 401/403 from security) all leave as problem+json.
 */
final class ProblemHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);

    private ProblemHandler() {}

    @Produces
    @Singleton
    static class DomainProblems implements ExceptionHandler<ProblemException, HttpResponse<?>> {
        @Override
        public HttpResponse<?> handle(HttpRequest request, ProblemException e) {
            MutableHttpResponse<Map<String, Object>> response =
                    Problems.response(e.status(), e.type(), e.title(), e.detail(), e.errors(), request);
            response.getBody().ifPresent(body -> body.putAll(e.extensions()));
            if (e instanceof TooManyRequests tooMany) {
                response.header("Retry-After", Long.toString(tooMany.retryAfterSeconds()));
            }
            return response;
        }
    }

    /** Lists every invalid field by the name the client used, not the Java method path. */
    @Produces
    @Singleton
    @Replaces(ConstraintExceptionHandler.class)
    static class ValidationProblems implements ExceptionHandler<ConstraintViolationException, HttpResponse<?>> {
        @Override
        public HttpResponse<?> handle(HttpRequest request, ConstraintViolationException e) {
            List<FieldError> errors = e.getConstraintViolations().stream()
                    .map(v -> new FieldError(RequestChecks.fieldOf(v), v.getMessage()))
                    .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                    .toList();
            return Problems.response(
                    HttpStatus.BAD_REQUEST,
                    "validation",
                    "Invalid request",
                    errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid",
                    errors,
                    request);
        }
    }

    /** Renders the framework's own errors (routing, decoding, security) as problem+json. */
    @Singleton
    @Replaces(ErrorResponseProcessor.class)
    static class FrameworkProblems implements ErrorResponseProcessor<Map<String, Object>> {
        @Override
        @NonNull
        public MutableHttpResponse<Map<String, Object>> processResponse(
                @NonNull ErrorContext context, @NonNull MutableHttpResponse<?> base) {
            HttpStatus status = base.getStatus();
            if (status.getCode() >= 500) {
                // The client gets no internals; the log keeps the cause.
                LOG.error(
                        "Unhandled error on {} {}",
                        context.getRequest().getMethod(),
                        context.getRequest().getPath(),
                        context.getRootCause().orElse(null));
            }
            boolean server = status.getCode() >= 500;
            List<FieldError> errors = server
                    ? List.of()
                    : context.getErrors().stream()
                            .filter(error -> error.getPath().isPresent())
                            .map(error -> new FieldError(
                                    FrameworkMessages.field(error.getPath().get(), error.getMessage()),
                                    FrameworkMessages.plain(
                                            error.getMessage(),
                                            context.getRootCause().orElse(null))))
                            .toList();
            String detail = server
                    ? "The server could not complete the request."
                    : errors.size() == 1
                            ? errors.get(0).field() + " " + errors.get(0).message()
                            : context.getErrors().stream()
                                    .map(e -> FrameworkMessages.plain(
                                            e.getMessage(),
                                            context.getRootCause().orElse(null)))
                                    .findFirst()
                                    .orElse(status.getReason());
            @SuppressWarnings("unchecked")
            MutableHttpResponse<Map<String, Object>> response = (MutableHttpResponse<Map<String, Object>>) base;
            return response.contentType(Problems.PROBLEM_JSON)
                    .body(Problems.body(
                            status,
                            Problems.typeFor(status),
                            status.getReason(),
                            detail,
                            errors,
                            context.getRequest()));
        }
    }
}
