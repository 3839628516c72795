package org.laurel.live;

import org.laurel.shared.ProblemException;

/**
 * The slot state machine, pure: WAITING -> PITCH -> QA -> SCORING -> REVEALED -> DONE, with
 * SKIPPED for a team that does not show and REOPEN_SCORING back to SCORING. Anything else is a
 * 409 that says what state the slot is in and what the action needs.
 */
final class SlotMachine {

    private SlotMachine() {
    }

    /** The state a slot moves to; {@code scoringClosed} matters for CLOSE_SCORING and REOPEN_SCORING. */
    static SlotState next(SlotState from, boolean scoringClosed, LiveAction action) {
        SlotState to = switch (action) {
            case START_PITCH -> from == SlotState.WAITING ? SlotState.PITCH : null;
            case START_QA -> from == SlotState.PITCH ? SlotState.QA : null;
            case OPEN_SCORING -> from == SlotState.PITCH || from == SlotState.QA ? SlotState.SCORING : null;
            case CLOSE_SCORING -> from == SlotState.SCORING && !scoringClosed ? SlotState.SCORING : null;
            case REVEAL -> from == SlotState.SCORING ? SlotState.REVEALED : null;
            case NEXT -> from == SlotState.REVEALED ? SlotState.DONE : null;
            case REOPEN_SCORING -> from == SlotState.REVEALED || from == SlotState.DONE
                    || (from == SlotState.SCORING && scoringClosed) ? SlotState.SCORING : null;
            case SKIP -> from == SlotState.WAITING ? SlotState.SKIPPED : null;
            case PAUSE, RESUME, END -> throw new IllegalArgumentException(action + " is a session action");
        };
        if (to == null) {
            throw new ProblemException.Conflict("slot-state", "Not possible now", action + " is not possible while the slot is "
                    + from + (from == SlotState.SCORING && scoringClosed ? " (scoring closed)" : "") + "; it needs " + needs(action) + ".");
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
