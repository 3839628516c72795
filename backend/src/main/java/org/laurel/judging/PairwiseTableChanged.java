package org.laurel.judging;

import java.util.Map;
import org.laurel.audit.AuditTrail;
import org.laurel.audit.AuditedChange;

/** An organizer relabelled a table or marked its team absent or back. */
public record PairwiseTableChanged(
        long organizerId,
        long programId,
        long roundId,
        long entryId,
        Map<String, Object> before,
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
        return "PAIRWISE_TABLE_CHANGED";
    }
}
