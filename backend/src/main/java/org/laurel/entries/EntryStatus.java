package org.laurel.entries;

public enum EntryStatus {
    DRAFT,
    SUBMITTED,
    ELIGIBLE,
    INELIGIBLE,
    WITHDRAWN,
    AWARDED,
    NOT_AWARDED;

    /** The applicant may still change the entry (while the window is open). */
    public boolean isEditable() {
        return this == DRAFT || this == SUBMITTED;
    }

    /** Results are out: nothing about the entry changes any more. */
    public boolean isFinal() {
        return this == AWARDED || this == NOT_AWARDED || this == WITHDRAWN;
    }
}
