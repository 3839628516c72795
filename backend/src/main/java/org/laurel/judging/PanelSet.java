package org.laurel.judging;

import java.util.Set;
import org.laurel.audit.AuditTrail;
import org.laurel.audit.AuditedChange;

/** An organizer chose a round's judges; judges who left lost their assignments in it. */
public record PanelSet(long organizerId, long programId, long roundId, Set<Long> before, Set<Long> after)
        implements AuditedChange {

    @Override
    public Long actorId() {
        return organizerId;
    }

    @Override
    public AuditTrail.Subject subject() {
        return new AuditTrail.Subject(programId, roundId, null);
    }

    @Override
    public String action() {
        return "PANEL_SET";
    }
}
