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
}
