package org.laurel.live;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Map;
import org.laurel.audit.AuditTrail;
import org.laurel.audit.AuditedChange;

/**
 * What happened to a live session, in the past tense: published in the transaction of the change
 * (the audit trail records each one under the action names the trail always used).
 */
public final class LiveChanges {

    private LiveChanges() {}

    /** The schedule was created or replaced; {@code entryIds} in running order. */
    public record LiveScheduled(Long actorId, AuditTrail.Subject subject, List<Long> entryIds)
            implements AuditedChange {

        @Override
        public String action() {
            return "LIVE_SCHEDULED";
        }

        @Override
        public Object after() {
            return entryIds;
        }
    }

    /** The host took a step ({@code LIVE_START_PITCH}, {@code LIVE_REVEAL}, ...), on a slot or on the whole session. */
    public record LiveSessionControlled(
            Long actorId,
            AuditTrail.Subject subject,
            LiveAction hostAction,
            @Nullable Long slotId,
            @Nullable String reason)
            implements AuditedChange {

        @Override
        public String action() {
            return "LIVE_" + hostAction.name();
        }

        @Override
        @Nullable
        public Object after() {
            return slotId == null ? null : Map.of("slotId", slotId);
        }
    }

    /** A live round's audience vote was set up, changed or turned off ({@code mode} null). */
    public record AudienceVoteConfigured(
            Long actorId,
            AuditTrail.Subject subject,
            @Nullable String mode,
            int weight,
            @Nullable Object previous) implements AuditedChange {

        @Override
        public String action() {
            return "AUDIENCE_VOTE_CONFIGURED";
        }

        @Override
        @Nullable
        public Object before() {
            return previous;
        }

        @Override
        public Object after() {
            return mode == null ? Map.of("mode", "OFF") : Map.of("mode", mode, "weight", weight);
        }
    }

    /** An organizer voided audience votes, with the reason they recorded; the votes stay, marked. */
    public record AudienceVotesVoided(Long actorId, AuditTrail.Subject subject, List<Long> voteIds, String reason)
            implements AuditedChange {

        @Override
        public String action() {
            return "AUDIENCE_VOTES_VOIDED";
        }

        @Override
        public Object after() {
            return Map.of("voteIds", voteIds, "count", voteIds.size());
        }
    }
}
