package org.laurel.judging;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.laurel.audit.AuditTrail;
import org.laurel.audit.AuditedChange;

/**
 * Judges were reminded to submit their scorecards: by an organizer ({@code MANUAL}) or by the
 * scheduled job before the deadline ({@code AUTO}, no actor). The notifications module tells each
 * judge, by email and in the app, in the transaction that published this.
 */
public record JudgesReminded(
        @Nullable Long organizerId,
        long programId,
        long roundId,
        String roundName,
        List<Judge> judges,
        String kind,
        @Nullable Instant deadline)
        implements AuditedChange {

    /** A reminded judge and how many scorecards they still owe in the round. */
    public record Judge(long judgeId, int pending) {}

    public boolean automatic() {
        return JudgeReminders.AUTO.equals(kind);
    }

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
        return automatic() ? "JUDGES_REMINDED_AUTOMATICALLY" : "JUDGES_REMINDED";
    }

    @Override
    public Object after() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("judgeIds", judges.stream().map(Judge::judgeId).toList());
        m.put("deadline", deadline == null ? null : deadline.toString());
        return m;
    }
}
