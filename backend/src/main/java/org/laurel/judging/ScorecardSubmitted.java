package org.laurel.judging;

import io.micronaut.core.annotation.Nullable;
import org.laurel.audit.AuditTrail;
import org.laurel.audit.AuditedChange;
import org.laurel.programs.RoundView;

/**
 * A judge submitted a scorecard (or saved one already submitted): it now counts in the results.
 * {@code before} and {@code after} are the card's status and values as the trail shows them.
 */
public record ScorecardSubmitted(
        long judgeId,
        RoundView round,
        long entryId,
        @Nullable String before,
        String after) implements AuditedChange {

    @Override
    public Long actorId() {
        return judgeId;
    }

    @Override
    public AuditTrail.Subject subject() {
        return new AuditTrail.Subject(round.programId(), round.id(), entryId);
    }

    @Override
    public String action() {
        return "SCORECARD_SUBMITTED";
    }
}
