package org.laurel.judging;

import java.util.Map;
import org.laurel.audit.AuditTrail;
import org.laurel.audit.AuditedChange;

/** An organizer removed one judge's assignment to an entry. */
public record JudgeUnassigned(long organizerId, long programId, long roundId, long entryId, long judgeId)
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
        return "UNASSIGNED";
    }

    @Override
    public Object before() {
        return Map.of("judgeId", judgeId);
    }
}
