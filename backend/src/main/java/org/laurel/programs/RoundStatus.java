package org.laurel.programs;

/** DRAFT -> OPEN -> CLOSED -> FINALIZED; a CLOSED round may be reopened (with a recorded reason). */
public enum RoundStatus {
    DRAFT,
    OPEN,
    CLOSED,
    FINALIZED
}
