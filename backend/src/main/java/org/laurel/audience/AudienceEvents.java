package org.laurel.audience;

import org.laurel.audit.AuditTrail;
import org.laurel.audit.AuditedChange;

/** What happened around the audience, in the past tense. */
public final class AudienceEvents {

    private AudienceEvents() {}

    /**
     * A one-time code was made for an address; the notifications module emails it. The code is
     * only in this event and in the email, never stored in clear.
     */
    public record AudienceCodeIssued(String email, String code, String locale, long minutes) {}

    /** An organizer imported expo ticket codes for a program (the codes themselves are not recorded). */
    public record AudienceTicketsImported(Long actorId, AuditTrail.Subject subject, int imported, int alreadyKnown)
            implements AuditedChange {

        @Override
        public String action() {
            return "AUDIENCE_TICKETS_IMPORTED";
        }

        @Override
        public Object after() {
            return java.util.Map.of("imported", imported, "alreadyKnown", alreadyKnown);
        }
    }
}
