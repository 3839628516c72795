package org.laurel.judging;

import io.micronaut.core.annotation.Nullable;
import java.util.Map;
import org.laurel.audit.AuditTrail;
import org.laurel.audit.AuditedChange;

/**
 * A judge on the floor said something: which of two tables was better (a comparison that moved
 * the ranking), that a table could not be judged, or that they moved on. The trail's action is
 * {@code PAIRWISE_} and the decision; {@code after} names the tables involved.
 */
public record PairwiseDecided(
        long judgeId,
        long programId,
        long roundId,
        PairwiseViews.Decision decision,
        @Nullable Long entryId,
        Map<String, Object> after)
        implements AuditedChange {

    @Override
    public Long actorId() {
        return judgeId;
    }

    @Override
    public AuditTrail.Subject subject() {
        return new AuditTrail.Subject(programId, roundId, entryId);
    }

    @Override
    public String action() {
        return "PAIRWISE_" + decision.name();
    }
}
