package org.laurel.entries;

import io.micronaut.core.annotation.Nullable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.laurel.audit.AuditTrail;
import org.laurel.audit.AuditedChange;

/**
 * What happens to entries, announced in the transaction of the change: the audit trail records
 * each; notifications tell applicants about submissions and screening. A draft is private to its
 * applicant, so a change made while the entry is a draft is recorded against the entry only, not
 * shown in its program's trail.
 */
public final class EntryEvents {

    private EntryEvents() {}

    /** The trail's subject of a change to an entry in {@code status}: drafts stay out of the program's trail. */
    static AuditTrail.Subject subject(long programId, long entryId, EntryStatus status) {
        return new AuditTrail.Subject(status == EntryStatus.DRAFT ? null : programId, null, entryId);
    }

    public record EntryCreated(Long actorId, long programId, long entryId, String title) implements AuditedChange {
        @Override
        public AuditTrail.Subject subject() {
            return EntryEvents.subject(programId, entryId, EntryStatus.DRAFT);
        }

        @Override
        public String action() {
            return "ENTRY_CREATED";
        }

        @Override
        public Object after() {
            return title;
        }
    }

    /** A submitted entry's content changed (edits of a draft are the applicant's work in progress). */
    public record EntryUpdated(Long actorId, long programId, long entryId, String title) implements AuditedChange {
        @Override
        public AuditTrail.Subject subject() {
            return EntryEvents.subject(programId, entryId, EntryStatus.SUBMITTED);
        }

        @Override
        public String action() {
            return "ENTRY_UPDATED";
        }

        @Override
        public Object after() {
            return title;
        }
    }

    public record EntrySubmitted(long applicantId, long programId, long entryId, String title)
            implements AuditedChange {
        @Override
        public Long actorId() {
            return applicantId;
        }

        @Override
        public AuditTrail.Subject subject() {
            return EntryEvents.subject(programId, entryId, EntryStatus.SUBMITTED);
        }

        @Override
        public String action() {
            return "ENTRY_SUBMITTED";
        }

        @Override
        public Object before() {
            return EntryStatus.DRAFT.name();
        }

        @Override
        public Object after() {
            return EntryStatus.SUBMITTED.name();
        }
    }

    public record EntryWithdrawn(Long actorId, long programId, long entryId, EntryStatus from)
            implements AuditedChange {
        @Override
        public AuditTrail.Subject subject() {
            return EntryEvents.subject(programId, entryId, from);
        }

        @Override
        public String action() {
            return "ENTRY_WITHDRAWN";
        }

        @Override
        public Object before() {
            return from.name();
        }

        @Override
        public Object after() {
            return EntryStatus.WITHDRAWN.name();
        }
    }

    /** A file was attached to ({@code added}) or removed from an entry. */
    public record EntryFileChanged(
            Long actorId, long programId, long entryId, EntryStatus status, boolean added, String fileName)
            implements AuditedChange {
        @Override
        public AuditTrail.Subject subject() {
            return EntryEvents.subject(programId, entryId, status);
        }

        @Override
        public String action() {
            return added ? "ENTRY_FILE_ADDED" : "ENTRY_FILE_REMOVED";
        }

        @Override
        public Object before() {
            return added ? null : fileName;
        }

        @Override
        public Object after() {
            return added ? fileName : null;
        }
    }

    /** How one entry's screening changed: its status, and for an ineligible one possibly just the reason. */
    public record Decision(long entryId, long applicantId, String title, EntryStatus before, EntryStatus after) {}

    /**
     * Organizers screened entries of a program: one decision, or many at once (every entry whose
     * status or reason changed; ones that stayed as they were are left out).
     */
    public record EligibilityDecided(
            Long actorId,
            long programId,
            boolean eligible,
            @Nullable String reason,
            List<Decision> decisions) implements AuditedChange {
        @Override
        public AuditTrail.Subject subject() {
            return new AuditTrail.Subject(
                    programId, null, decisions.size() == 1 ? decisions.get(0).entryId() : null);
        }

        @Override
        public String action() {
            return "ELIGIBILITY_DECIDED";
        }

        @Override
        public Object before() {
            return decisions.size() == 1 ? decisions.get(0).before().name() : byEntry(true);
        }

        @Override
        public Object after() {
            return decisions.size() == 1 ? decisions.get(0).after().name() : byEntry(false);
        }

        private Map<String, String> byEntry(boolean before) {
            Map<String, String> m = new LinkedHashMap<>();
            decisions.forEach(d -> m.put(String.valueOf(d.entryId()), (before ? d.before() : d.after()).name()));
            return m;
        }
    }
}
