package org.laurel.judging;

import jakarta.inject.Singleton;
import org.laurel.entries.EntryAccess;

/** Judges may open the files of entries they are assigned to in a started round, unless conflicted. */
@Singleton
class JudgeFileAccess implements EntryAccess {

    private final JudgingRepositories.Access access;

    JudgeFileAccess(JudgingRepositories.Access access) {
        this.access = access;
    }

    @Override
    public boolean mayRead(long entryId, long userId) {
        return access.countStartedAssignments(entryId, userId) > 0;
    }
}
