package org.laurel.live;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.laurel.judging.LiveScoring;
import org.laurel.judging.ScorecardSubmitted;
import org.laurel.live.LiveParts.Slot;
import org.laurel.programs.RoundMode;

/**
 * A live round's side of scoring: tells judging's policy where a pitch stands (whether it takes
 * scores is decided by {@link org.laurel.judging.JudgingPolicy}), and announces each submission
 * to the host and the screen.
 */
@Singleton
class LiveScoringGate implements LiveScoring {

    private final LiveParts.SlotLookup lookup;
    private final LiveParts.Slots slots;
    private final LiveParts.Sessions sessions;
    private final LiveStates states;
    private final org.laurel.events.EventLog events;

    LiveScoringGate(
            LiveParts.SlotLookup lookup,
            LiveParts.Slots slots,
            LiveParts.Sessions sessions,
            LiveStates states,
            org.laurel.events.EventLog events) {
        this.lookup = lookup;
        this.slots = slots;
        this.sessions = sessions;
        this.states = states;
        this.events = events;
    }

    @Override
    public Optional<Pitch> lockPitch(long roundId, long entryId) {
        return lookup.findInRound(roundId, entryId)
                .flatMap(s -> slots.lock(s.id()))
                .map(slot -> new Pitch(slot.state().name(), slot.state() == SlotState.SCORING, slot.scoringClosed()));
    }

    /** In the save's transaction: the host's counts and the screen move with the submission. Drafts change nothing anyone else sees. */
    @EventListener
    void on(ScorecardSubmitted submitted) {
        if (submitted.round().mode() != RoundMode.LIVE) {
            return;
        }
        LiveParts.Session session =
                sessions.findByRoundId(submitted.round().id()).orElseThrow();
        Long slotId = lookup.findInRound(submitted.round().id(), submitted.entryId())
                .map(Slot::id)
                .orElse(null);
        events.append(
                LiveService.topic(session.id()),
                "SCORED",
                seq -> new LiveViews.LiveEvent("SCORED", slotId, states.build(session, submitted.round(), seq)));
    }
}
