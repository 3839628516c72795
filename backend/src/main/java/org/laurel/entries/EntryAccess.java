package org.laurel.entries;

/**
 * Lets another module grant read access to entries without the entries module knowing it:
 * judging implements it so that assigned, non-conflicted judges can open an entry's files.
 */
public interface EntryAccess {

    boolean mayRead(long entryId, long userId);
}
