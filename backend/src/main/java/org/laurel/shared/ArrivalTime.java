package org.laurel.shared;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.time.Clock;
import java.time.Instant;

/**
 * Stamps each API request with the moment it reached the server, before it waits for a worker
 * thread or a database connection. Deadlines are judged by this moment, so a burst of
 * last-second submissions is not punished for queueing inside the server.
 */
@ServerFilter("/api/**")
public class ArrivalTime implements Ordered {

    private static final String ATTRIBUTE = "laurel.arrivedAt";
    private final Clock clock;

    ArrivalTime(Clock clock) {
        this.clock = clock;
    }

    @RequestFilter
    void stamp(HttpRequest<?> request) {
        request.setAttribute(ATTRIBUTE, clock.instant());
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }

    public static Instant of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, Instant.class).orElseGet(Instant::now);
    }
}
