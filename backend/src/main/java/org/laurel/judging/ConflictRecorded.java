package org.laurel.judging;

import java.util.Map;
import org.laurel.audit.AuditTrail;
import org.laurel.audit.AuditedChange;

/**
 * A conflict of interest between a judge and an entry was recorded, {@code source} saying how:
 * DECLARED by the judge, set by an ORGANIZER, or DETECTED. The judge is recused from the entry.
 */
public record ConflictRecorded(
        Long actorId, long programId, long roundId, long entryId, long judgeId, String reason, String source)
        implements AuditedChange {

    @Override
    public AuditTrail.Subject subject() {
        return new AuditTrail.Subject(programId, roundId, entryId);
    }

    @Override
    public String action() {
        return "CONFLICT_" + source;
    }

    @Override
    public Object after() {
        return Map.of("judgeId", judgeId, "reason", reason);
    }
}
