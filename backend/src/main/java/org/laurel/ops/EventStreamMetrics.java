package org.laurel.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.context.annotation.Context;
import io.micronaut.runtime.event.annotation.EventListener;
import java.time.Duration;
import org.laurel.events.EventHub;
import org.laurel.events.StreamEvent;
import org.laurel.events.StreamEventsDelivered;

/**
 * The live streams (host consoles, tablets, big screens): how many are open on this instance, and how late an
 * event reaches them, from the moment it was appended in its change's transaction to the moment this instance
 * handed it to its open streams. The latter includes the commit and, for another instance's change, PostgreSQL's
 * NOTIFY; it is measured by the wall clocks of two instances in that case, so keep them in sync (NTP).
 */
// Created at start-up, so that every series exists (at zero) from the first scrape on.
@Context
class EventStreamMetrics {

    private final Timer lag;

    EventStreamMetrics(MeterRegistry registry, EventHub hub) {
        Gauge.builder("laurel.events.subscribers", hub, EventHub::subscribers)
                .description("Event streams open on this instance")
                .register(registry);
        this.lag = Timer.builder("laurel.events.fanout.lag")
                .description("From an event's append to its delivery to this instance's open streams")
                .serviceLevelObjectives(
                        Duration.ofMillis(10),
                        Duration.ofMillis(25),
                        Duration.ofMillis(50),
                        Duration.ofMillis(100),
                        Duration.ofMillis(250),
                        Duration.ofMillis(500),
                        Duration.ofSeconds(1),
                        Duration.ofSeconds(2),
                        Duration.ofSeconds(5))
                .register(registry);
    }

    @EventListener
    void on(StreamEventsDelivered delivered) {
        for (StreamEvent event : delivered.events()) {
            Duration late = Duration.between(event.at(), delivered.at());
            lag.record(late.isNegative() ? Duration.ZERO : late);
        }
    }
}
