package org.laurel.entries;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.laurel.entries.TeamParts.Member;
import org.laurel.entries.TeamViews.InvitationView;
import org.laurel.entries.TeamViews.MemberView;
import org.laurel.entries.TeamViews.Person;
import org.laurel.entries.TeamViews.TeamAction;
import org.laurel.entries.TeamViews.TeamView;
import org.laurel.identity.IdentityService;
import org.laurel.identity.UserView;
import org.laurel.programs.ProgramView;

/** An entry's team as one reader sees it: pending invitations are the owner's to see. */
@Singleton
class TeamViewer {

    private final TeamRepositories.Members members;
    private final TeamRepositories.Invitations invitations;
    private final EntryPolicy policy;
    private final IdentityService identity;
    private final Clock clock;

    TeamViewer(
            TeamRepositories.Members members,
            TeamRepositories.Invitations invitations,
            EntryPolicy policy,
            IdentityService identity,
            Clock clock) {
        this.members = members;
        this.invitations = invitations;
        this.policy = policy;
        this.identity = identity;
        this.clock = clock;
    }

    TeamView view(Entry entry, ProgramView program, long readerId) {
        List<Member> joined = members.findByEntryIdOrderById(entry.getId());
        List<Long> ids = new ArrayList<>();
        ids.add(entry.getApplicantId());
        joined.forEach(m -> ids.add(m.userId()));
        Map<Long, UserView> people = identity.getAll(ids);
        TeamRole role = policy.teamRoleOf(entry, readerId);
        Instant now = clock.instant();
        UserView owner = people.get(entry.getApplicantId());
        return new TeamView(
                entry.getId(),
                entry.getTitle(),
                program.team(),
                new Person(owner.id(), owner.displayName(), owner.email()),
                joined.stream()
                        .filter(m -> people.containsKey(m.userId()))
                        .map(m -> {
                            UserView u = people.get(m.userId());
                            return new MemberView(u.id(), u.displayName(), u.email(), m.role(), m.joinedAt());
                        })
                        .toList(),
                role != TeamRole.OWNER
                        ? List.of()
                        : invitations.findByEntryIdOrderById(entry.getId()).stream()
                                .filter(i -> i.pending(now))
                                .map(i -> new InvitationView(i.id(), i.email(), i.role(), i.createdAt(), i.expiresAt()))
                                .toList(),
                role,
                role == TeamRole.OWNER
                        ? List.of(TeamAction.MANAGE)
                        : role == TeamRole.MEMBER ? List.of(TeamAction.LEAVE) : List.of());
    }
}
