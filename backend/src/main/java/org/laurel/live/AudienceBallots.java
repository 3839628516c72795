package org.laurel.live;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.laurel.audience.AudiencePass;
import org.laurel.audience.AudienceProblems;
import org.laurel.live.AudienceVoteViews.Ballot;
import org.laurel.live.AudienceVoteViews.BallotSlot;
import org.laurel.live.LiveViews.LiveState;
import org.laurel.live.LiveViews.SlotView;

/** The phone page's view of a session's vote, and a ticket holder's pass for it. */
@Singleton
class AudienceBallots {

    private final AudienceVotes votes;
    private final LiveService live;
    private final AudiencePass pass;

    AudienceBallots(AudienceVotes votes, LiveService live, AudiencePass pass) {
        this.votes = votes;
        this.live = live;
        this.pass = pass;
    }

    /** What a phone shows: the pitch open for votes (or the one coming), and this person's votes. */
    Ballot ballot(long sessionId, @Nullable String token) {
        AudienceVotes.Voting voting = votes.voting(sessionId);
        LiveState state = live.state(sessionId);
        Long open = state.audience() == null ? null : state.audience().votingSlotId();
        BallotSlot openSlot = slot(state, open).orElse(null);
        BallotSlot next = openSlot != null
                ? null
                : slot(
                                state,
                                state.currentSlotId() != null && state.phase() == SlotState.PITCH
                                        ? state.currentSlotId()
                                        : state.upNextSlotId())
                        .orElse(null);
        boolean signedIn = pass.voter(token).isPresent();
        return new Ballot(
                sessionId,
                state.programTitle(),
                state.roundName(),
                state.stage(),
                voting.config().mode(),
                voting.config().weight(),
                openSlot,
                next,
                signedIn,
                signedIn ? votes.mine(sessionId, token) : java.util.List.of());
    }

    /** A pass from an expo ticket of the session's program. */
    AudiencePass.Pass ticket(long sessionId, String code, String address) {
        AudienceVotes.Voting voting = votes.voting(sessionId);
        return pass.ticket(voting.round().programId(), code, address).orElseThrow(AudienceProblems.TicketInvalid::new);
    }

    private static Optional<BallotSlot> slot(LiveState state, @Nullable Long slotId) {
        if (slotId == null) {
            return Optional.empty();
        }
        return state.slots().stream().filter(s -> s.id() == slotId).findFirst().map(AudienceBallots::view);
    }

    private static BallotSlot view(SlotView s) {
        return new BallotSlot(s.id(), s.title(), s.organization(), s.order());
    }
}
