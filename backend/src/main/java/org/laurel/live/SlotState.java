package org.laurel.live;

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
}
