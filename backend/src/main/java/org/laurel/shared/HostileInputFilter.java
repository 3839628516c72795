package org.laurel.shared;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.body.ByteBody;
import io.micronaut.http.body.CloseableAvailableByteBody;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * Refuses hostile input before any controller, conversion or database sees it: text that
 * {@link Text} does not accept in the path, a query parameter, a header, a form field or any
 * JSON string or key; JSON numbers that are not finite or do not fit a long; JSON and forms
 * that are not well formed. One streaming pass over the body names the exact field
 * ({@code team[0].name}), which the framework's own decoding cannot do, and the same check
 * covers free-form maps (entry answers) that no typed deserializer sees. Only JSON and form
 * bodies are read here; multipart uploads stream to disk untouched, and their handler applies
 * {@link Text} to the field value and the file name.
 */
@Filter("/**")
class HostileInputFilter implements HttpServerFilter {

    private static final String TOKEN_PATH = "/api/auth/token";
    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private final java.util.concurrent.ExecutorService blocking;

    HostileInputFilter(
            @jakarta.inject.Named(io.micronaut.scheduling.TaskExecutors.BLOCKING)
                    java.util.concurrent.ExecutorService blocking) {
        this.blocking = blocking;
    }

    /** After authentication: a caller who may not use an endpoint learns nothing from its validation. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        MutableHttpResponse<?> refusal = checkUriAndHeaders(request);
        if (refusal != null) {
            return Mono.just(refusal);
        }
        MediaType type = request.getContentType().orElse(null);
        if (type != null
                && type.getParameters().get("charset").isPresent()
                && !knownCharset(type.getParameters().get("charset").get())) {
            // Decoding the body would fail deep in the framework; say what is wrong instead.
            return Mono.just(Problems.response(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "unsupported-charset",
                    "Unsupported charset",
                    "The Content-Type names a charset this server does not know; send UTF-8.",
                    null,
                    request));
        }
        if (type == null
                && request.getMethod() == HttpMethod.POST
                && request.getPath().equals(TOKEN_PATH)) {
            // The refresh endpoint reads a form; without a content type the framework fails instead of refusing.
            return Mono.just(malformed(request, "Send the form as application/x-www-form-urlencoded."));
        }
        boolean json = type != null
                && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
        boolean form = type != null && type.getName().equals(MediaType.APPLICATION_FORM_URLENCODED);
        if (!(json || form) || !permitsBody(request.getMethod()) || !(request instanceof ServerHttpRequest<?> server)) {
            return chain.proceed(request);
        }
        // A copy of the body for this check; the route still reads the original.
        return Mono.fromFuture(server.byteBody()
                        .split(ByteBody.SplitBackpressureMode.FASTEST)
                        .buffer()
                        .thenApplyAsync(
                                body -> {
                                    try (CloseableAvailableByteBody b = body) {
                                        return Optional.ofNullable(
                                                json
                                                        ? checkJson(b.toByteArray(), request)
                                                        : checkForm(b.toByteArray(), request));
                                    }
                                    // Async, off the thread that completed the copy: that thread is still inside the
                                    // shared body
                                    // buffer, and the route subscribing to the original from there is a re-entrant call
                                    // it refuses.
                                },
                                blocking))
                .flatMap(problem -> problem.isPresent()
                        ? Mono.<MutableHttpResponse<?>>just(problem.get())
                        : Mono.from(chain.proceed(request)));
    }

    private static boolean knownCharset(String name) {
        try {
            return java.nio.charset.Charset.isSupported(name.strip().replace("\"", ""));
        } catch (java.nio.charset.IllegalCharsetNameException e) {
            return false;
        }
    }

    private static boolean permitsBody(HttpMethod method) {
        return method == HttpMethod.POST
                || method == HttpMethod.PUT
                || method == HttpMethod.PATCH
                || method == HttpMethod.DELETE;
    }

    private static MutableHttpResponse<?> checkUriAndHeaders(HttpRequest<?> request) {
        // Path segments reach lookups decoded ("%00" becomes U+0000), so the decoded path is what counts.
        String path = decodedPath(request.getPath());
        if (path == null) {
            return malformed(request, "The path is not validly encoded.");
        }
        if (Text.problem(path) != null) {
            return invalid(request, "path", Text.problem(path));
        }
        for (Map.Entry<String, List<String>> p : request.getParameters()) {
            if (Text.problem(p.getKey()) != null) {
                return invalid(request, "query", Text.problem(p.getKey()));
            }
            for (String value : p.getValue()) {
                if (Text.problem(value) != null) {
                    return invalid(request, p.getKey(), Text.problem(value));
                }
            }
        }
        for (Map.Entry<String, List<String>> h : request.getHeaders()) {
            for (String value : h.getValue()) {
                if (Text.problem(value) != null) {
                    return invalid(request, h.getKey(), Text.problem(value));
                }
            }
        }
        return null;
    }

    private static String decodedPath(String raw) {
        try {
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static MutableHttpResponse<?> checkJson(byte[] bytes, HttpRequest<?> request) {
        if (bytes.length == 0) {
            return null; // "a body is required" is the route's to say
        }
        try (JsonParser parser = JSON.createParser(bytes)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                String problem = switch (token) {
                    case FIELD_NAME ->
                        Text.problem(parser.currentName()) == null
                                ? null
                                : "has a name that " + Text.problem(parser.currentName());
                    case VALUE_STRING -> Text.problem(parser.getText());
                    case VALUE_NUMBER_INT -> {
                        BigInteger n = parser.getBigIntegerValue();
                        yield n.compareTo(LONG_MIN) < 0 || n.compareTo(LONG_MAX) > 0 ? "is out of range" : null;
                    }
                    case VALUE_NUMBER_FLOAT ->
                        Double.isFinite(parser.getDoubleValue()) ? null : "must be a finite number";
                    default -> null;
                };
                if (problem != null) {
                    return invalid(request, field(parser), problem);
                }
            }
            return null;
        } catch (StreamConstraintsException e) {
            return malformed(request, "The body is too deeply nested or too long to read.");
        } catch (IOException e) {
            return malformed(request, "The body is not valid JSON" + where(e) + ".");
        }
    }

    private static MutableHttpResponse<?> checkForm(byte[] bytes, HttpRequest<?> request) {
        String body = new String(bytes, StandardCharsets.UTF_8);
        if (body.isEmpty()) {
            return null;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String name;
            String value;
            try {
                name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return malformed(
                        request, "The form is not validly encoded (a % must be followed by two hexadecimal digits).");
            }
            String problem = Text.problem(name) != null ? Text.problem(name) : Text.problem(value);
            if (problem != null) {
                return invalid(request, name.isEmpty() || Text.problem(name) != null ? "form" : name, problem);
            }
        }
        return null;
    }

    /** The JSON path of the parser's current value, as clients write it: {@code team[0].name}. */
    private static String field(JsonParser parser) {
        StringBuilder field = new StringBuilder();
        for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                field.insert(0, "[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null) {
                String name = Text.problem(c.getCurrentName()) == null ? c.getCurrentName() : "?";
                field.insert(0, "." + name);
            }
        }
        String path = field.toString();
        return path.isEmpty() ? "body" : path.startsWith(".") ? path.substring(1) : path;
    }

    private static String where(IOException e) {
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException p && p.getLocation() != null) {
            return " (line " + p.getLocation().getLineNr() + ", column "
                    + p.getLocation().getColumnNr() + ")";
        }
        return "";
    }

    private static MutableHttpResponse<?> invalid(HttpRequest<?> request, String field, String message) {
        return Problems.response(
                HttpStatus.BAD_REQUEST,
                "validation",
                "Invalid request",
                "1 field is invalid",
                List.of(new FieldError(field, message)),
                request);
    }

    private static MutableHttpResponse<?> malformed(HttpRequest<?> request, String detail) {
        return Problems.response(
                HttpStatus.BAD_REQUEST, "malformed-body", "Malformed request body", detail, List.of(), request);
    }
}
