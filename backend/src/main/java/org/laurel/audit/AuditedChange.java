package org.laurel.audit;

import io.micronaut.core.annotation.Nullable;

/**
 * A past-tense domain event that changes state (EntrySubmitted, RoundFinalized, ...). Modules
 * publish such events with Micronaut's {@code ApplicationEventPublisher} inside the transaction
 * of the change; {@link AuditTrail} listens to every one of them, so a state change reaches the
 * hash-chained trail by being announced, not by each service remembering to write a record.
 * The event records live in the module that publishes them; other modules react with their own
 * listeners (timeline, notifications, outcomes) instead of being called directly.
 */
public interface AuditedChange {

    /** Who made the change; null for the system (a deadline, a scheduled job). */
    @Nullable
    Long actorId();

    /** The program, round and entry the change concerns (any may be null). */
    AuditTrail.Subject subject();

    /** The trail's action name, e.g. {@code ENTRY_SUBMITTED}: stable, upper case, past tense. */
    String action();

    /** The state before the change, serialized as JSON in the trail (null when nothing was). */
    @Nullable
    default Object before() {
        return null;
    }

    /** The state after the change. */
    @Nullable
    default Object after() {
        return null;
    }

    /** The reason a person gave, when the rule asks for one. */
    @Nullable
    default String reason() {
        return null;
    }
}
