package org.laurel.entries;

import io.micronaut.http.HttpStatus;
import org.laurel.shared.ProblemException;

/** What team changes are refused for. */
final class TeamProblems {

    private TeamProblems() {}

    static final class InvitationInvalid extends ProblemException {
        InvitationInvalid() {
            super(
                    HttpStatus.BAD_REQUEST,
                    "invitation-invalid",
                    "Invitation not valid",
                    "This invitation link is not valid. Check that you opened the whole link, or ask the team's owner"
                            + " for a new one.",
                    null);
        }
    }

    static final class InvitationGone extends ProblemException {
        InvitationGone(String detail) {
            super(HttpStatus.GONE, "invitation-gone", "Invitation no longer valid", detail, null);
        }
    }

    static final class InvitationForSomeoneElse extends ProblemException.Forbidden {
        InvitationForSomeoneElse(String invited) {
            super(
                    "invitation-other-account",
                    "This invitation was sent to " + invited + ". Sign in with that address to accept it.");
        }
    }

    static final class InvitationNotFound extends ProblemException.NotFound {
        InvitationNotFound(long id) {
            super("invitation-not-found", "No pending invitation " + id + " on this entry.");
        }
    }

    static final class MemberNotFound extends ProblemException.NotFound {
        MemberNotFound(long userId) {
            super("member-not-found", "Person " + userId + " is not a member of this team.");
        }
    }

    static final class TeamFull extends ProblemException.Conflict {
        TeamFull(int maxSize) {
            super(
                    "team-full",
                    "Team is full",
                    "A team of this program has at most " + maxSize + " people, its owner and pending invitations"
                            + " included.");
            with("maxSize", maxSize);
        }
    }

    static final class AlreadyOnTeam extends ProblemException.Conflict {
        AlreadyOnTeam(String detail) {
            super("already-on-team", "Already on a team", detail);
        }
    }

    static final class OwnerStays extends ProblemException.Conflict {
        OwnerStays() {
            super(
                    "owner-cannot-leave",
                    "The owner stays on the team",
                    "The team's owner cannot leave or be removed: transfer the ownership to a member first.");
        }
    }
}
