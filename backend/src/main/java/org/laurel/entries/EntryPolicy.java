package org.laurel.entries;

import jakarta.inject.Singleton;
import java.util.List;
import org.laurel.programs.ProgramService;
import org.laurel.shared.ProblemException;

/**
 * Who may do what with an entry, as named predicates: its team acts on it (the owner, its
 * applicant, submits, withdraws and manages the team; members who joined by invitation read and
 * edit it), organizers of its program screen it once it is submitted, other modules' grants
 * (judges) let people see it. Everybody else is told the entry does not exist (404), so an
 * answer never reveals another person's entry.
 */
@Singleton
class EntryPolicy {

    private final EntryRepositories.Entries entries;
    private final TeamRepositories.Members members;
    private final ProgramService programs;
    private final List<EntryAccess> extraReaders;

    EntryPolicy(
            EntryRepositories.Entries entries,
            TeamRepositories.Members members,
            ProgramService programs,
            List<EntryAccess> extraReaders) {
        this.entries = entries;
        this.members = members;
        this.programs = programs;
        this.extraReaders = extraReaders;
    }

    /** The entry's owner (its applicant) or a member who joined its team. */
    boolean onTeam(Entry entry, long userId) {
        return entry.getApplicantId() == userId || members.existsByEntryIdAndUserId(entry.getId(), userId);
    }

    /** Whether this person acts on the entry as its team: OWNER, MEMBER, or null. */
    @io.micronaut.core.annotation.Nullable
    TeamRole teamRoleOf(Entry entry, long userId) {
        if (entry.getApplicantId() == userId) {
            return TeamRole.OWNER;
        }
        return members.existsByEntryIdAndUserId(entry.getId(), userId) ? TeamRole.MEMBER : null;
    }

    /** The team edits the entry's content and files: its owner and its members; organizers get 403, anybody else 404. */
    Entry editableBy(long entryId, long userId) {
        Entry entry = find(entryId);
        if (onTeam(entry, userId)) {
            return entry;
        }
        throw refusal(entry, userId);
    }

    Entry find(long entryId) {
        return entries.findById(entryId).orElseThrow(() -> new EntryProblems.EntryNotFound(entryId));
    }

    /**
     * Only the owner submits, withdraws and manages the team: its members and organizers get 403,
     * anybody else 404.
     */
    Entry ownedBy(long entryId, long userId) {
        Entry entry = find(entryId);
        if (entry.getApplicantId() == userId) {
            return entry;
        }
        if (members.existsByEntryIdAndUserId(entryId, userId)) {
            throw new ProblemException.Forbidden(
                    "not-entry-owner",
                    "Only the team's owner can submit or withdraw entry " + entryId + " or change its team.");
        }
        throw refusal(entry, userId);
    }

    private ProblemException refusal(Entry entry, long userId) {
        if (entry.getStatus() != EntryStatus.DRAFT && programs.isOrganizer(entry.getProgramId(), userId)) {
            return new ProblemException.Forbidden(
                    "not-entry-owner", "Only the entry's team can change entry " + entry.getId() + ".");
        }
        return new EntryProblems.EntryNotFound(entry.getId());
    }

    /** The team's own entry, for what is personal (outcomes): 404 for anyone else, organizers included. */
    Entry ownOnly(long entryId, long userId) {
        return entries.findById(entryId)
                .filter(e -> onTeam(e, userId))
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

    /** Its team, or an organizer of the program once the entry is no longer a draft. */
    boolean seesEverything(Entry entry, long userId) {
        return onTeam(entry, userId)
                || entry.getStatus() != EntryStatus.DRAFT && programs.isOrganizer(entry.getProgramId(), userId);
    }

    /** Screening decisions: organizers of the program; the applicant gets 403, anybody else 404. */
    Entry organizedBy(long entryId, long userId) {
        Entry entry = find(entryId);
        if (entry.getStatus() != EntryStatus.DRAFT && programs.isOrganizer(entry.getProgramId(), userId)) {
            return entry;
        }
        if (onTeam(entry, userId)) {
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
