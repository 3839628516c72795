package org.laurel.live;

import jakarta.inject.Singleton;
import org.laurel.judging.LiveScoring;
import org.laurel.live.LiveParts.Slot;
import org.laurel.programs.RoundView;
import org.laurel.shared.ProblemException;

/** A live round's scorecards: accepted only while the pitch is in SCORING; each submission is an event. */
@Singleton
class LiveScoringGate implements LiveScoring {

    private final LiveParts.SlotLookup lookup;
    private final LiveParts.Slots slots;
    private final LiveParts.Sessions sessions;
    private final LiveStates states;
    private final org.laurel.events.EventLog events;

    LiveScoringGate(LiveParts.SlotLookup lookup, LiveParts.Slots slots, LiveParts.Sessions sessions, LiveStates states,
                    org.laurel.events.EventLog events) {
        this.lookup = lookup;
        this.slots = slots;
        this.sessions = sessions;
        this.states = states;
        this.events = events;
    }

    @Override
    public void requireScoringOpen(RoundView round, long entryId) {
        Slot slot = lookup.findInRound(round.id(), entryId).flatMap(s -> slots.lock(s.id()))
                .orElseThrow(() -> new ProblemException.Conflict("scoring-closed",
                        "Scoring closed", "This entry has no slot in the live session; it cannot be scored."));
        if (slot.state() != SlotState.SCORING || slot.scoringClosed()) {
            throw new ProblemException.Conflict("scoring-closed", "Scoring closed", "Scoring for this pitch is not open (the slot is "
                    + slot.state() + (slot.scoringClosed() && slot.state() == SlotState.SCORING ? ", scoring closed" : "") + ").");
        }
    }

    @Override
    public void scored(RoundView round, long entryId, long judgeId, boolean submitted) {
        if (!submitted) {
            return; // drafts change nothing anyone else sees
        }
        LiveParts.Session session = sessions.findByRoundId(round.id()).orElseThrow();
        Long slotId = lookup.findInRound(round.id(), entryId).map(Slot::id).orElse(null);
        events.append(LiveService.topic(session.id()), "SCORED",
                seq -> new LiveViews.LiveEvent("SCORED", slotId, states.build(session, round, seq)));
    }
}
