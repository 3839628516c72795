package org.laurel.audience;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.laurel.shared.TooManyRequests;

/**
 * Per network address: wrong codes and tickets in the last ten minutes (guessing), and codes sent
 * in the last hour (mail bombing). Kept in memory, so each instance counts its own share: these
 * numbers only slow a guesser down, while one vote per person is held by the database.
 */
@Singleton
class AddressFailures {

    private static final Duration FAILURE_WINDOW = Duration.ofMinutes(10);
    private static final Duration SEND_WINDOW = Duration.ofHours(1);

    /** A count that starts over once its window has passed. */
    private record Window(Instant start, int count) {
        Window plusOne(Instant now, Duration length) {
            return start.plus(length).isBefore(now) ? new Window(now, 1) : new Window(start, count + 1);
        }
    }

    private final ConcurrentHashMap<String, Window> failures = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Window> sends = new ConcurrentHashMap<>();
    private final AudienceConfig config;
    private final Clock clock;

    AddressFailures(AudienceConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** 429 while the address has used up its wrong tries. */
    void requireAllowed(String address) {
        Window w = failures.get(address);
        Instant now = clock.instant();
        if (w != null
                && w.count() >= config.failuresPerAddress()
                && w.start().plus(FAILURE_WINDOW).isAfter(now)) {
            throw new TooManyRequests(
                    "audience-sign-in-throttled",
                    "Too many wrong codes from this network; wait a few minutes.",
                    Duration.between(now, w.start().plus(FAILURE_WINDOW)).toSeconds() + 1);
        }
    }

    void countFailure(String address) {
        Instant now = clock.instant();
        failures.compute(address, (k, w) -> w == null ? new Window(now, 1) : w.plusOne(now, FAILURE_WINDOW));
    }

    /** Counts a code about to be sent from the address; 429 once it has sent its hourly share. */
    void countSend(String address, int perHour) {
        Instant now = clock.instant();
        Window w = sends.compute(address, (k, old) -> old == null ? new Window(now, 1) : old.plusOne(now, SEND_WINDOW));
        if (w.count() > perHour) {
            throw new TooManyRequests(
                    "audience-code-throttled",
                    "Too many codes were asked for from this network this hour; try again later.",
                    Duration.between(now, w.start().plus(SEND_WINDOW)).toSeconds() + 1);
        }
    }

    @Scheduled(fixedDelay = "5m")
    void forgetOld() {
        Instant now = clock.instant();
        failures.entrySet()
                .removeIf(e -> e.getValue().start().plus(FAILURE_WINDOW).isBefore(now));
        sends.entrySet().removeIf(e -> e.getValue().start().plus(SEND_WINDOW).isBefore(now));
    }
}
