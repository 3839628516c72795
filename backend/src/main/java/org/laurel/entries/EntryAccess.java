package org.laurel.entries;

/**
 * Lets another module grant read access to entries without the entries module knowing it:
 * judging implements it so that assigned, non-conflicted judges can open an entry's files.
 */
public interface EntryAccess {

    /** How much of an entry a grant lets someone see. */
    enum Sight {
        /** Nothing: the entry stays unknown (404). */
        NONE,
        /** What a judge of a blind round may see: see {@link BlindFiles}. */
        BLIND,
        /** Everything that is shown to judges. */
        OPEN
    }

    Sight sight(long entryId, long userId);
}
