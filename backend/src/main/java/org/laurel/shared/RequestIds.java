package org.laurel.shared;

import io.micronaut.context.propagation.slf4j.MdcPropagationContext;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Every request has an id: the caller's {@code X-Request-Id} when it is a sane token (a proxy's, such as
 * nginx's {@code $request_id}), otherwise one made here. It is echoed in the response, put in the logging
 * context (MDC key {@code requestId}) of whatever handles the request, on whichever thread, through Micronaut's
 * context propagation, and {@link Problems} writes it into every problem+json body, so that a user's report of
 * an error can be matched to the log lines of that request.
 */
@ServerFilter("/**")
class RequestIds implements Ordered {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final String ATTRIBUTE = "laurel.requestId";
    /** Letters, digits, dot, underscore and hyphen, at most 64: safe in a header, a log line and a URL. */
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    @Override
    public int getOrder() {
        // Before every other filter (ResponseHeaders included), so security's refusals carry the id too.
        return ServerFilterPhase.FIRST.before() - 1;
    }

    @RequestFilter
    void assign(HttpRequest<?> request, MutablePropagatedContext context) {
        String id = sane(request.getHeaders().get(HEADER)).orElseGet(RequestIds::generate);
        request.setAttribute(ATTRIBUTE, id);
        context.add(new MdcPropagationContext(Map.of(MDC_KEY, id)));
    }

    @ResponseFilter
    void echo(HttpRequest<?> request, MutableHttpResponse<?> response) {
        of(request).ifPresent(id -> response.getHeaders().set(HEADER, id));
    }

    /** The id of a request this filter has seen. */
    static Optional<String> of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, String.class);
    }

    static Optional<String> sane(String candidate) {
        return candidate != null && SANE.matcher(candidate).matches() ? Optional.of(candidate) : Optional.empty();
    }

    /** 32 hexadecimal digits, the form nginx's $request_id has. */
    private static String generate() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
