package org.laurel.judging;

import io.micronaut.core.annotation.Nullable;
import org.laurel.audit.AuditTrail;
import org.laurel.audit.AuditedChange;
import org.laurel.programs.RoundView;

/** A judge saved a draft scorecard: recorded, but it counts nowhere until submitted. */
public record ScorecardSaved(
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
        return "SCORECARD_SAVED";
    }
}
