package org.laurel.shared;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.laurel.support.Api;
import org.slf4j.LoggerFactory;

/** X-Request-Id: taken when sane, made otherwise, echoed, in every problem body and in the request's log lines. */
@MicronautTest(transactional = false)
@Property(name = "laurel.test.log-probe", value = "true")
class RequestIdApiTest {

    private static final String GENERATED = "[0-9a-f]{32}";

    @Inject
    @Client("/")
    HttpClient client;

    Api api() {
        return new Api(client);
    }

    private Api.Result get(String path, String requestId) {
        MutableHttpRequest<?> request = HttpRequest.GET(path);
        if (requestId != null) {
            request.header("X-Request-Id", requestId);
        }
        return api().send(request, null);
    }

    @Test
    void aResponseWithoutAnIncomingIdGetsAGeneratedOne() {
        Api.Result first = get("/api/programs", null);
        Api.Result second = get("/api/programs", null);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("X-Request-Id")).matches(GENERATED);
        assertThat(second.header("X-Request-Id")).matches(GENERATED).isNotEqualTo(first.header("X-Request-Id"));
    }

    @Test
    void aSaneIncomingIdIsEchoed() {
        for (String id : List.of("abc-123.DEF_x", "0123456789abcdef0123456789abcdef", "x".repeat(64))) {
            assertThat(get("/api/programs", id).header("X-Request-Id")).isEqualTo(id);
        }
    }

    @Test
    void anInsaneIncomingIdIsReplaced() {
        for (String id : List.of("x".repeat(65), "has space", "<script>", "a/b", "ünïcode", "id;drop")) {
            Api.Result r = get("/api/programs", id);
            assertThat(r.status()).as(id).isEqualTo(200);
            assertThat(r.header("X-Request-Id")).as(id).matches(GENERATED);
        }
    }

    @Test
    void everyProblemBodyCarriesTheRequestIdOfItsHeader() {
        Api.Result notFound = get("/api/no-such-thing", "trace-404");
        Api.Result unauthorized = get("/api/me", "trace-401");
        Api.Result serverError = get("/api/test/log-probe/failing", "trace-500");
        Api.Result invalid = api().send(
                        HttpRequest.POST("/api/auth/login", Map.of("username", ""))
                                .header("X-Request-Id", "trace-400"),
                        null);
        Api.Result generated = get("/api/no-such-thing", null);

        for (Api.Result r : List.of(notFound, unauthorized, serverError, invalid)) {
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.get("requestId")).isEqualTo(r.header("X-Request-Id"));
        }
        assertThat(notFound.get("requestId")).isEqualTo("trace-404");
        assertThat(unauthorized.status()).isEqualTo(401);
        assertThat(unauthorized.get("requestId")).isEqualTo("trace-401");
        assertThat(serverError.status()).isEqualTo(500);
        assertThat(serverError.get("requestId")).isEqualTo("trace-500");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.get("requestId")).isEqualTo("trace-400");
        assertThat((String) generated.get("requestId")).matches(GENERATED).isEqualTo(generated.header("X-Request-Id"));
    }

    @Test
    void logLinesWrittenWhileHandlingARequestCarryItsId() {
        List<ILoggingEvent> probe = capture(LogProbe.class, () -> {
            get("/api/test/log-probe/blocking", "log-blocking");
            get("/api/test/log-probe/reactive", "log-reactive");
        });
        List<ILoggingEvent> errors = capture(ProblemHandler.class, () -> get("/api/test/log-probe/failing", "log-500"));

        assertThat(probe)
                .extracting(e ->
                        e.getFormattedMessage() + " " + e.getMDCPropertyMap().get("requestId"))
                .containsExactlyInAnyOrder(
                        "probe on a blocking thread log-blocking", "probe on a reactor thread log-reactive");
        assertThat(errors)
                .extracting(e -> e.getMDCPropertyMap().get("requestId"))
                .containsExactly("log-500");
    }

    private static List<ILoggingEvent> capture(Class<?> origin, Runnable during) {
        Logger logger = (Logger) LoggerFactory.getLogger(origin);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try {
            during.run();
            return List.copyOf(appender.list);
        } finally {
            logger.detachAppender(appender);
        }
    }
}
