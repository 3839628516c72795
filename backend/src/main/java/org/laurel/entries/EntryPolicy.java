package org.laurel.entries;

import jakarta.inject.Singleton;
import java.util.List;
import org.laurel.programs.ProgramService;
import org.laurel.shared.ProblemException;

/**
 * Who may do what with an entry, as named predicates: the applicant acts on their own entry,
 * organizers of its program screen it once it is submitted, other modules' grants (judges) let
 * people see it. Everybody else is told the entry does not exist (404), so an answer never
 * reveals another person's entry.
 */
@Singleton
class EntryPolicy {

    private final EntryRepositories.Entries entries;
    private final ProgramService programs;
    private final List<EntryAccess> extraReaders;

    EntryPolicy(EntryRepositories.Entries entries, ProgramService programs, List<EntryAccess> extraReaders) {
        this.entries = entries;
        this.programs = programs;
        this.extraReaders = extraReaders;
    }

    Entry find(long entryId) {
        return entries.findById(entryId).orElseThrow(() -> new EntryProblems.EntryNotFound(entryId));
    }

    /** Only the applicant acts on their entry; organizers get 403, anybody else 404. */
    Entry ownedBy(long entryId, long userId) {
        Entry entry = find(entryId);
        if (entry.getApplicantId() == userId) {
            return entry;
        }
        if (entry.getStatus() != EntryStatus.DRAFT && programs.isOrganizer(entry.getProgramId(), userId)) {
            throw new ProblemException.Forbidden(
                    "not-entry-owner", "Only the applicant can change entry " + entryId + ".");
        }
        throw new EntryProblems.EntryNotFound(entryId);
    }

    /** The applicant's own entry, for what is personal (outcomes): 404 for anyone else, organizers included. */
    Entry ownOnly(long entryId, long applicantId) {
        return entries.findById(entryId)
                .filter(e -> e.getApplicantId() == applicantId)
                .orElseThrow(() -> new EntryProblems.EntryNotFound(entryId));
    }

    /** Anybody who does not see everything gets 404. */
    Entry readableBy(long entryId, long userId) {
        Entry entry = find(entryId);
        if (seesEverything(entry, userId)) {
            return entry;
        }
        throw new EntryProblems.EntryNotFound(entryId);
    }

    /** The applicant, or an organizer of the program once the entry is no longer a draft. */
    boolean seesEverything(Entry entry, long userId) {
        return entry.getApplicantId() == userId
                || entry.getStatus() != EntryStatus.DRAFT && programs.isOrganizer(entry.getProgramId(), userId);
    }

    /** Screening decisions: organizers of the program; the applicant gets 403, anybody else 404. */
    Entry organizedBy(long entryId, long userId) {
        Entry entry = find(entryId);
        if (entry.getStatus() != EntryStatus.DRAFT && programs.isOrganizer(entry.getProgramId(), userId)) {
            return entry;
        }
        if (entry.getApplicantId() == userId) {
            throw new ProblemException.Forbidden("not-program-organizer", "Only organizers screen entries.");
        }
        throw new EntryProblems.EntryNotFound(entryId);
    }

    /**
     * How much of the entry this person may see: all of it for its applicant and (once submitted)
     * its program's organizers; otherwise what other modules grant (judges), the most cautious
     * grant winning when several apply.
     */
    EntryAccess.Sight sightOf(Entry entry, long userId) {
        if (seesEverything(entry, userId)) {
            return EntryAccess.Sight.OPEN;
        }
        if (entry.getStatus() == EntryStatus.DRAFT) {
            return EntryAccess.Sight.NONE;
        }
        EntryAccess.Sight sight = EntryAccess.Sight.NONE;
        for (EntryAccess grant : extraReaders) {
            EntryAccess.Sight s = grant.sight(entry.getId(), userId);
            if (s == EntryAccess.Sight.BLIND) {
                return s;
            }
            if (s == EntryAccess.Sight.OPEN) {
                sight = s;
            }
        }
        return sight;
    }

    /** The entries that still compete for prizes: not withdrawn, not ruled ineligible since. */
    static boolean competes(Entry e) {
        return e.getStatus() == EntryStatus.ELIGIBLE
                || e.getStatus() == EntryStatus.AWARDED
                || e.getStatus() == EntryStatus.NOT_AWARDED;
    }

    static final List<EntryStatus> COMPETING =
            List.of(EntryStatus.ELIGIBLE, EntryStatus.AWARDED, EntryStatus.NOT_AWARDED);
}
