package org.laurel.judging;

import org.laurel.programs.RoundView;

/**
 * What a LIVE round adds to scoring, implemented by the live module: a card is accepted only
 * while its pitch slot is in SCORING, and a submission is announced to the host and the screen.
 * Judging defines the hook so it does not depend on the live module.
 */
public interface LiveScoring {

    /** Throws a 409 problem unless the entry's slot accepts scores now. */
    void requireScoringOpen(RoundView round, long entryId);

    /** Called inside the save's transaction after the card is written. */
    void scored(RoundView round, long entryId, long judgeId, boolean submitted);
}
