package org.laurel.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import org.laurel.notifications.OutboxSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox backlog as a gauge. The count is one indexed query, but a scrape must not wait for the database (the
 * endpoint answers on an event-loop thread) nor query it at every scrape: reading the gauge returns the last count
 * and, when that is older than {@link #REFRESH}, has a fresh one counted in the background. With nobody scraping,
 * nothing is counted; before the first count the gauge is NaN (Prometheus: no value yet).
 */
// Created at start-up, so that every series exists (at zero) from the first scrape on.
@Context
class OutboxBacklog {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxBacklog.class);
    static final Duration REFRESH = Duration.ofSeconds(15);

    private final OutboxSender outbox;
    private final ExecutorService blocking;
    private final AtomicBoolean counting = new AtomicBoolean();
    private volatile double last = Double.NaN;
    private volatile long countedAt = System.nanoTime() - REFRESH.toNanos() - 1;

    OutboxBacklog(
            MeterRegistry registry, OutboxSender outbox, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.outbox = outbox;
        this.blocking = blocking;
        Gauge.builder("laurel.outbox.backlog", this, OutboxBacklog::read)
                .description("Emails waiting in the outbox (pending or being sent), counted at most every "
                        + REFRESH.toSeconds() + " s")
                .register(registry);
    }

    double read() {
        if (System.nanoTime() - countedAt > REFRESH.toNanos() && counting.compareAndSet(false, true)) {
            try {
                blocking.execute(this::count);
            } catch (RuntimeException e) {
                counting.set(false); // shutting down
            }
        }
        return last;
    }

    private void count() {
        try {
            last = outbox.backlog();
        } catch (RuntimeException e) {
            // Readiness reports the database; the gauge says it does not know.
            last = Double.NaN;
            LOG.debug("Could not count the outbox backlog: {}", e.toString());
        } finally {
            countedAt = System.nanoTime();
            counting.set(false);
        }
    }
}
