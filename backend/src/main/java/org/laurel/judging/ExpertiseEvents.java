package org.laurel.judging;

import org.laurel.audit.AuditTrail;
import org.laurel.audit.AuditedChange;

/** The audited changes of expertise-aware assignment. */
final class ExpertiseEvents {

    private ExpertiseEvents() {}

    /** An organizer opened or closed a round's bidding phase. */
    record BiddingChanged(Long actorId, long programId, long roundId, boolean open) implements AuditedChange {
        @Override
        public AuditTrail.Subject subject() {
            return new AuditTrail.Subject(programId, roundId, null);
        }

        @Override
        public String action() {
            return open ? "BIDDING_OPENED" : "BIDDING_CLOSED";
        }
    }

    /** An organizer forbade a judge-entry pair for automatic assignment, or allowed it again. */
    record PairForbidden(Long actorId, long programId, long roundId, long entryId, long judgeId, boolean forbidden)
            implements AuditedChange {
        @Override
        public AuditTrail.Subject subject() {
            return new AuditTrail.Subject(programId, roundId, entryId);
        }

        @Override
        public String action() {
            return forbidden ? "ASSIGNMENT_PAIR_FORBIDDEN" : "ASSIGNMENT_PAIR_ALLOWED";
        }

        @Override
        public Object after() {
            return java.util.Map.of("judgeId", judgeId);
        }
    }
}
