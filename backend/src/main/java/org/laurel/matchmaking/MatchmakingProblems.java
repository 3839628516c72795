package org.laurel.matchmaking;

import org.laurel.shared.ProblemException;

/** Matchmaking's refusals; their types are in the catalogue (ProblemType). */
final class MatchmakingProblems {

    private MatchmakingProblems() {}

    static final class NotInvited extends ProblemException.Forbidden {
        NotInvited(long programId) {
            super("investor-not-invited", "You are not invited to the matchmaking of program " + programId + ".");
        }
    }

    static final class ProjectNotFound extends ProblemException.NotFound {
        ProjectNotFound(long entryId) {
            super("project-not-found", "No project shared with investors has id " + entryId + ".");
        }
    }

    static final class MeetingNotFound extends ProblemException.NotFound {
        MeetingNotFound(long meetingId) {
            super("meeting-not-found", "No meeting of yours has id " + meetingId + ".");
        }
    }

    static final class MeetingOpen extends ProblemException.Conflict {
        MeetingOpen(long meetingId) {
            super(
                    "meeting-open",
                    "Meeting already requested",
                    "You already have an open request or meeting with this team (meeting " + meetingId
                            + "); wait for its answer or cancel it first.");
        }
    }

    static final class StepNotAllowed extends ProblemException.Conflict {
        StepNotAllowed(MeetingStatus status, MeetingStatus.Step step) {
            super(
                    "meeting-step-not-allowed",
                    "Not possible now",
                    "A " + status.name().toLowerCase(java.util.Locale.ROOT) + " meeting cannot be "
                            + switch (step) {
                                case ACCEPT -> "accepted";
                                case DECLINE -> "declined";
                                case CANCEL -> "cancelled";
                            }
                            + " by you.");
        }
    }
}
