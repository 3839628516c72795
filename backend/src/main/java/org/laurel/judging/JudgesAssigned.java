package org.laurel.judging;

import io.micronaut.core.annotation.Nullable;
import java.util.Map;
import org.laurel.audit.AuditTrail;
import org.laurel.audit.AuditedChange;

/**
 * Assignments were added to a round: by automatic assignment ({@code AUTO}), for a live round's
 * whole panel ({@code LIVE}) or one by hand ({@code MANUAL}, naming the entry).
 */
public record JudgesAssigned(
        long organizerId,
        long programId,
        long roundId,
        @Nullable Long entryId,
        String source,
        Map<String, Object> after)
        implements AuditedChange {

    @Override
    public Long actorId() {
        return organizerId;
    }

    @Override
    public AuditTrail.Subject subject() {
        return new AuditTrail.Subject(programId, roundId, entryId);
    }

    @Override
    public String action() {
        return "MANUAL".equals(source) ? "ASSIGNED" : source + "_ASSIGNED";
    }
}
