package org.laurel.live;

import org.laurel.shared.ProblemException;

/** A pitch slot's progress through the event, driven by the host. */
public enum SlotState {
    WAITING,
    PITCH,
    QA,
    SCORING,
    REVEALED,
    DONE,
    SKIPPED;

    /** A slot the hall is busy with: only one at a time. */
    boolean active() {
        return this == PITCH || this == QA || this == SCORING;
    }

    /**
     * The slot table: the state an action moves a slot to; {@code scoringClosed} matters for
     * CLOSE_SCORING and REOPEN_SCORING. Anything else is a 409 that names the state and what the action needs.
     */
    static SlotState next(SlotState from, boolean scoringClosed, LiveAction action) {
        SlotState to = switch (action) {
            case START_PITCH -> from == WAITING ? PITCH : null;
            case START_QA -> from == PITCH ? QA : null;
            case OPEN_SCORING -> from == PITCH || from == QA ? SCORING : null;
            case CLOSE_SCORING -> from == SCORING && !scoringClosed ? SCORING : null;
            case REVEAL -> from == SCORING ? REVEALED : null;
            case NEXT -> from == REVEALED ? DONE : null;
            case REOPEN_SCORING ->
                from == REVEALED || from == DONE || (from == SCORING && scoringClosed) ? SCORING : null;
            case SKIP -> from == WAITING ? SKIPPED : null;
            case PAUSE, RESUME, END -> throw new IllegalArgumentException(action + " is a session action");
        };
        if (to == null) {
            throw new ProblemException.Conflict(
                    "slot-state",
                    "Not possible now",
                    action + " is not possible while the slot is " + from
                            + (from == SCORING && scoringClosed ? " (scoring closed)" : "") + "; it needs "
                            + needs(action) + ".");
        }
        return to;
    }

    private static String needs(LiveAction action) {
        return switch (action) {
            case START_PITCH, SKIP -> "a WAITING slot";
            case START_QA -> "a slot in PITCH";
            case OPEN_SCORING -> "a slot in PITCH or QA";
            case CLOSE_SCORING -> "a slot in SCORING with scoring open";
            case REVEAL -> "a slot in SCORING";
            case NEXT -> "a REVEALED slot";
            case REOPEN_SCORING -> "a REVEALED or DONE slot, or one whose scoring was closed";
            default -> "a running session";
        };
    }
}
