package org.laurel.awards;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Map;
import org.laurel.audit.AuditTrail;
import org.laurel.audit.AuditedChange;
import org.laurel.entries.EntryViews;
import org.laurel.entries.WinnersDecided;

/**
 * Version {@code version} of a program's winners was published (a version after the first is a
 * correction). Announced in the publication's transaction: the audit trail records it, the
 * entries module sets every competing entry's outcome ({@link WinnersDecided}), notifications
 * tell the applicants ({@code changes} says whose outcome it changes).
 *
 * @param before  the winners of the version it replaces (entry id to tier), null for the first
 * @param after   what the trail keeps of this version: version, hash, winners and what is published
 * @param changes per competing entry, its outcome and whether this version changes it
 */
public record WinnersPublished(
        Long actorId,
        long programId,
        String programTitle,
        int version,
        Map<Long, String> tierByWinner,
        @Nullable Map<Long, String> before,
        Map<String, Object> after,
        @Nullable String reason,
        List<EntryViews.AwardChange> changes)
        implements AuditedChange, WinnersDecided {

    @Override
    public AuditTrail.Subject subject() {
        return new AuditTrail.Subject(programId, null, null);
    }

    @Override
    public String action() {
        return version == 1 ? "ANNOUNCEMENT_PUBLISHED" : "ANNOUNCEMENT_CORRECTED";
    }

    public boolean correction() {
        return version > 1;
    }
}
