package org.laurel.judging;

import java.util.Optional;

/**
 * What a LIVE round adds to scoring, implemented by the live module: where the entry's pitch
 * stands. {@link JudgingPolicy} decides from it whether a card is accepted; the live module
 * hears of submissions through {@link ScorecardSubmitted}. Judging defines the hook so it does
 * not depend on the live module.
 */
public interface LiveScoring {

    /** A pitch slot as scoring sees it: its state's name, whether that state is SCORING, whether the host closed scoring. */
    record Pitch(String state, boolean inScoring, boolean scoringClosed) {}

    /**
     * The entry's pitch in the round's live session, its slot locked until the calling transaction
     * ends (so closing scoring waits for a save in progress); empty when the entry has no slot.
     */
    Optional<Pitch> lockPitch(long roundId, long entryId);
}
