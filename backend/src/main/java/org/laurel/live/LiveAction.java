package org.laurel.live;

/** What the host can do. Slot actions act on the current slot unless a slot id is given. */
public enum LiveAction {
    START_PITCH,
    START_QA,
    OPEN_SCORING,
    CLOSE_SCORING,
    REVEAL,
    NEXT,
    PAUSE,
    RESUME,
    REOPEN_SCORING,
    SKIP,
    END
}
