package org.laurel.entries;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.laurel.entries.EntryParts.TimelineStep;
import org.laurel.entries.SaveEntryRequest.TeamMember;
import org.laurel.entries.TeamEvents.InvitationIssued;
import org.laurel.entries.TeamEvents.InvitationRevoked;
import org.laurel.entries.TeamEvents.InvitationSent;
import org.laurel.entries.TeamEvents.MemberJoined;
import org.laurel.entries.TeamEvents.MemberLeft;
import org.laurel.entries.TeamEvents.OwnershipTransferred;
import org.laurel.entries.TeamParts.Invitation;
import org.laurel.entries.TeamParts.Member;
import org.laurel.entries.TeamViews.InvitationPreview;
import org.laurel.entries.TeamViews.InvitationState;
import org.laurel.entries.TeamViews.InviteRequest;
import org.laurel.entries.TeamViews.TeamView;
import org.laurel.identity.IdentityService;
import org.laurel.identity.Role;
import org.laurel.identity.UserView;
import org.laurel.programs.ProgramService;
import org.laurel.programs.ProgramView;
import org.laurel.programs.TeamRules;
import org.laurel.shared.ReadableTime;
import org.laurel.shared.Sha256;

/**
 * An entry's team: the owner invites people by email (a single-use link that expires), they sign
 * in with that address and accept, and then read and edit the entry; the owner removes members,
 * revokes invitations and hands the ownership over; a member may leave. The program's
 * {@link TeamRules} bound the team's size (pending invitations count) and, when exclusive, keep a
 * person on one team of the program. Who may act is {@link EntryPolicy}'s; each change is noted
 * on the entry's timeline and announced as one of the {@link TeamEvents}.
 */
@Singleton
public class EntryTeams {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final EntryRepositories.Entries entries;
    private final EntryRepositories.Timeline timeline;
    private final TeamRepositories.Members members;
    private final TeamRepositories.Invitations invitations;
    private final EntryPolicy policy;
    private final EntryJson json;
    private final ProgramService programs;
    private final IdentityService identity;
    private final TeamViewer viewer;
    private final EntriesConfig config;
    private final Clock clock;
    private final ApplicationEventPublisher<Object> events;

    EntryTeams(
            EntryRepositories.Entries entries,
            EntryRepositories.Timeline timeline,
            TeamRepositories.Members members,
            TeamRepositories.Invitations invitations,
            EntryPolicy policy,
            EntryJson json,
            ProgramService programs,
            IdentityService identity,
            TeamViewer viewer,
            EntriesConfig config,
            Clock clock,
            ApplicationEventPublisher<Object> events) {
        this.entries = entries;
        this.timeline = timeline;
        this.members = members;
        this.invitations = invitations;
        this.policy = policy;
        this.json = json;
        this.programs = programs;
        this.identity = identity;
        this.viewer = viewer;
        this.config = config;
        this.clock = clock;
        this.events = events;
    }

    /** The team as its owner, a member or (once submitted) an organizer reads it. */
    public TeamView team(long entryId, long userId) {
        Entry entry = policy.readableBy(entryId, userId);
        return viewer.view(entry, programs.find(entry.getProgramId()), userId);
    }

    @Transactional
    public TeamView invite(long entryId, InviteRequest request, long ownerId) {
        Entry entry = locked(policy.ownedBy(entryId, ownerId));
        if (entry.getStatus().isFinal() || entry.getStatus() == EntryStatus.INELIGIBLE) {
            throw new EntryProblems.IllegalTransition("invite people to", entry.getStatus());
        }
        ProgramView program = programs.find(entry.getProgramId());
        String email = request.email().strip().toLowerCase(Locale.ROOT);
        requireNotOnTeam(entry, email);
        Instant now = clock.instant();
        int pendingOthers = 0;
        for (Invitation i : invitations.findByEntryIdOrderById(entryId)) {
            if (!i.pending(now)) {
                continue;
            }
            if (i.email().equals(email)) {
                invitations.markRevoked(i.id(), now); // inviting again replaces the earlier link: a resend
            } else {
                pendingOthers++;
            }
        }
        int people = 1 + (int) members.countByEntryId(entryId) + pendingOthers;
        if (people + 1 > program.team().maxSize()) {
            throw new TeamProblems.TeamFull(program.team().maxSize());
        }
        String token = newToken();
        invitations.save(new Invitation(
                null,
                entryId,
                email,
                blankToNull(request.role()),
                Sha256.hex(token),
                ownerId,
                now,
                now.plus(config.teamInvitationLifetime()),
                null,
                null,
                null));
        record(entry, "MEMBER_INVITED", ownerId, email);
        UserView owner = identity.get(ownerId);
        events.publishEvent(new InvitationSent(ownerId, entry.getProgramId(), entryId, entry.getStatus(), email));
        events.publishEvent(new InvitationIssued(
                entryId,
                entry.getProgramId(),
                entry.getTitle(),
                email,
                owner.displayName(),
                owner.locale(),
                "/invitations/" + token));
        return viewer.view(entry, program, ownerId);
    }

    /** What a link is about, for the signed-in person deciding whether to accept it. */
    public InvitationPreview preview(String token, long userId) {
        Invitation i = byToken(token);
        Entry entry = policy.find(i.entryId());
        ProgramView program = programs.find(entry.getProgramId());
        Instant now = clock.instant();
        InvitationState state = i.acceptedAt() != null
                ? InvitationState.ACCEPTED
                : i.revokedAt() != null
                        ? InvitationState.REVOKED
                        : now.isBefore(i.expiresAt()) ? InvitationState.PENDING : InvitationState.EXPIRED;
        return new InvitationPreview(
                entry.getId(),
                entry.getTitle(),
                program.title(),
                identity.get(i.invitedBy()).displayName(),
                i.email(),
                i.role(),
                i.expiresAt(),
                state,
                identity.get(userId).email().equalsIgnoreCase(i.email()));
    }

    @Transactional
    public TeamView accept(String token, long userId) {
        Invitation i = byToken(token);
        Instant now = clock.instant();
        if (i.acceptedAt() != null) {
            Entry entry = policy.find(i.entryId());
            if (i.acceptedBy() != null && i.acceptedBy() == userId && policy.onTeam(entry, userId)) {
                return team(i.entryId(), userId); // a repeated click: harmless
            }
            throw new TeamProblems.InvitationGone("This invitation has already been used.");
        }
        if (i.revokedAt() != null) {
            throw new TeamProblems.InvitationGone("The team's owner has withdrawn this invitation.");
        }
        ProgramView program = programs.find(policy.find(i.entryId()).getProgramId());
        if (!now.isBefore(i.expiresAt())) {
            throw new TeamProblems.InvitationGone("This invitation expired on "
                    + ReadableTime.of(i.expiresAt(), program.timeZone()) + ". Ask the team's owner for a new one.");
        }
        UserView me = identity.get(userId);
        if (!me.email().equalsIgnoreCase(i.email())) {
            throw new TeamProblems.InvitationForSomeoneElse(i.email());
        }
        Entry entry = locked(policy.find(i.entryId()));
        if (entry.getStatus() == EntryStatus.WITHDRAWN) {
            throw new TeamProblems.InvitationGone("The entry this invitation was for has been withdrawn.");
        }
        if (policy.onTeam(entry, userId)) {
            throw new TeamProblems.AlreadyOnTeam("You are already on this entry's team.");
        }
        TeamRules rules = program.team();
        if (2 + members.countByEntryId(entry.getId()) > rules.maxSize()) {
            throw new TeamProblems.TeamFull(rules.maxSize());
        }
        if (rules.exclusive() && members.countOtherTeamsOf(entry.getProgramId(), entry.getId(), userId) > 0) {
            throw new TeamProblems.AlreadyOnTeam(
                    "In this program a person may be on one team only, and you are already on another.");
        }
        if (invitations.markAccepted(i.id(), userId, now) == 0) {
            throw new TeamProblems.InvitationGone("This invitation has already been used.");
        }
        members.save(new Member(null, entry.getId(), userId, i.role(), now));
        identity.grantRole(userId, userId, Role.APPLICANT); // a member works on entries as applicants do
        entry = addToRoster(entry, program, me, i.role());
        record(entry, "MEMBER_JOINED", userId, me.displayName());
        events.publishEvent(new MemberJoined(userId, entry.getProgramId(), entry.getId(), entry.getStatus(), userId));
        return viewer.view(entry, program, userId);
    }

    @Transactional
    public void revoke(long entryId, long invitationId, long ownerId) {
        Entry entry = policy.ownedBy(entryId, ownerId);
        Invitation i = invitations
                .findById(invitationId)
                .filter(x -> x.entryId() == entryId && x.pending(clock.instant()))
                .orElseThrow(() -> new TeamProblems.InvitationNotFound(invitationId));
        if (invitations.markRevoked(i.id(), clock.instant()) == 0) {
            throw new TeamProblems.InvitationNotFound(invitationId);
        }
        record(entry, "INVITATION_REVOKED", ownerId, i.email());
        events.publishEvent(
                new InvitationRevoked(ownerId, entry.getProgramId(), entryId, entry.getStatus(), i.email()));
    }

    /** The owner removes a member, or a member leaves (then {@code memberId} is the caller). */
    @Transactional
    public void remove(long entryId, long memberId, long userId) {
        Entry entry = memberId == userId ? policy.editableBy(entryId, userId) : policy.ownedBy(entryId, userId);
        if (memberId == entry.getApplicantId()) {
            throw new TeamProblems.OwnerStays();
        }
        Member m = members.findByEntryIdAndUserId(entryId, memberId)
                .orElseThrow(() -> new TeamProblems.MemberNotFound(memberId));
        members.delete(m);
        record(
                entry,
                memberId == userId ? "MEMBER_LEFT" : "MEMBER_REMOVED",
                userId,
                identity.get(memberId).displayName());
        events.publishEvent(new MemberLeft(userId, entry.getProgramId(), entryId, entry.getStatus(), memberId));
    }

    /** The owner hands the entry to a member, and stays on the team as a member. */
    @Transactional
    public TeamView transfer(long entryId, long newOwnerId, long ownerId) {
        Entry entry = locked(policy.ownedBy(entryId, ownerId));
        ProgramView program = programs.find(entry.getProgramId());
        if (newOwnerId == ownerId) {
            return viewer.view(entry, program, ownerId);
        }
        Member m = members.findByEntryIdAndUserId(entryId, newOwnerId)
                .orElseThrow(() -> new TeamProblems.MemberNotFound(newOwnerId));
        Instant now = clock.instant();
        members.delete(m);
        members.save(new Member(null, entryId, ownerId, null, now));
        entry.transferTo(newOwnerId, now);
        entry = save(entry);
        record(entry, "OWNERSHIP_TRANSFERRED", ownerId, identity.get(newOwnerId).displayName());
        events.publishEvent(new OwnershipTransferred(
                ownerId, entry.getProgramId(), entryId, entry.getStatus(), ownerId, newOwnerId));
        return viewer.view(entry, program, ownerId);
    }

    // ---- plumbing -----------------------------------------------------------------------

    /** Who is on the team already (by account email) cannot be invited again. */
    private void requireNotOnTeam(Entry entry, String email) {
        List<Long> people = new ArrayList<>();
        people.add(entry.getApplicantId());
        members.findByEntryIdOrderById(entry.getId()).forEach(m -> people.add(m.userId()));
        Map<Long, UserView> users = identity.getAll(people);
        for (UserView u : users.values()) {
            if (u.email().equalsIgnoreCase(email)) {
                throw new TeamProblems.AlreadyOnTeam(u.displayName() + " (" + email + ") is already on this team.");
            }
        }
    }

    /**
     * The new member also appears in the entry's roster (what it declares about its people) while
     * the entry can still be edited; a roster row with their email already stands for them.
     */
    private Entry addToRoster(Entry entry, ProgramView program, UserView me, @Nullable String role) {
        Deadline deadline = Deadline.of(program, clock.instant());
        List<TeamMember> roster = new ArrayList<>(json.team(entry));
        boolean listed =
                roster.stream().anyMatch(m -> m.email() != null && m.email().equalsIgnoreCase(me.email()));
        if (listed
                || !entry.isEditable(deadline)
                || roster.size() >= program.team().maxSize()) {
            return entry;
        }
        roster.add(new TeamMember(me.displayName(), me.email(), role, me.organization(), null, null));
        entry.replaceRoster(json.write(roster), TeamSearch.of(roster.toArray(TeamMember[]::new)), deadline);
        return save(entry);
    }

    private Entry locked(Entry entry) {
        entries.lockById(entry.getId());
        return entries.findById(entry.getId()).orElseThrow(() -> new EntryProblems.EntryNotFound(entry.getId()));
    }

    private Invitation byToken(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new TeamProblems.InvitationInvalid();
        }
        return invitations.findByTokenSha256(Sha256.hex(token)).orElseThrow(TeamProblems.InvitationInvalid::new);
    }

    private Entry save(Entry entry) {
        try {
            return entries.update(entry);
        } catch (io.micronaut.data.exceptions.OptimisticLockException e) {
            throw new EntryProblems.ConcurrentEdit();
        }
    }

    private void record(Entry entry, String type, long actorId, @Nullable String note) {
        timeline.save(new TimelineStep(null, entry.getId(), clock.instant(), type, actorId, note));
    }

    private static String newToken() {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    @Nullable
    private static String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
