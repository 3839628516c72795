package org.laurel.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import org.laurel.identity.AttemptThrottled;
import org.laurel.identity.SignInFailed;
import org.laurel.judging.ScorecardSaved;
import org.laurel.judging.ScorecardSubmitted;
import org.laurel.notifications.EmailDeliveryFailed;

/**
 * Counters of what the modules announce, so that no service carries metrics code. Tags take a handful of fixed
 * values each; nothing from a request (ids, addresses, emails) becomes a tag.
 */
// Created at start-up, so that every series exists (at zero) from the first scrape on.
@Context
class DomainMetrics {

    private final MeterRegistry registry;
    private final Counter draftsSaved;
    private final Counter scorecardsSubmitted;
    private final Counter signInFailures;

    DomainMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.draftsSaved = scorecards(registry, "draft");
        this.scorecardsSubmitted = scorecards(registry, "submitted");
        this.signInFailures = Counter.builder("laurel.login.failures")
                .description("Sign-ins refused for a wrong password or an unknown account")
                .register(registry);
    }

    private static Counter scorecards(MeterRegistry registry, String kind) {
        return Counter.builder("laurel.scorecards.saved")
                .description("Scorecard saves committed, as drafts or submitted")
                .tag("kind", kind)
                .register(registry);
    }

    // After the commit: a save that rolls back (a stale version) was not a save.
    @TransactionalEventListener
    void on(ScorecardSaved saved) {
        draftsSaved.increment();
    }

    @TransactionalEventListener
    void on(ScorecardSubmitted submitted) {
        scorecardsSubmitted.increment();
    }

    @EventListener
    void on(SignInFailed failed) {
        signInFailures.increment();
    }

    // The refusal's own transaction rolls back, so this listens at once rather than after a commit.
    @EventListener
    void on(AttemptThrottled throttled) {
        Counter.builder("laurel.login.throttled")
                .description("Sign-ins and registrations refused with 429 by a throttling limit")
                .tag("limit", throttled.limit())
                .register(registry)
                .increment();
    }

    @EventListener
    void on(EmailDeliveryFailed failed) {
        Counter.builder("laurel.outbox.failures")
                .description("Failed attempts to send an outbox email: retried later, or failed for good")
                .tag("outcome", failed.givenUp() ? "failed" : "retrying")
                .register(registry)
                .increment();
    }
}
