package org.laurel.programs;

/** The types of application form fields an organizer can define. */
public enum FieldType {
    TEXT,
    LONG_TEXT,
    NUMBER,
    SELECT,
    MULTI_SELECT,
    URL,
    EMAIL,
    DATE,
    FILE;

    public boolean hasOptions() {
        return this == SELECT || this == MULTI_SELECT;
    }

    public boolean isText() {
        return this == TEXT || this == LONG_TEXT;
    }

    /** Longest answer accepted when the organizer sets no maximum. */
    public int defaultMaxLength() {
        return switch (this) {
            case LONG_TEXT -> 10_000;
            case URL -> 2_000;
            default -> 500;
        };
    }
}
