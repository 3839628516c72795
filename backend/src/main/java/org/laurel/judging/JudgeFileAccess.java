package org.laurel.judging;

import jakarta.inject.Singleton;
import org.laurel.entries.EntryAccess;

/**
 * Judges may open the files of entries they are assigned to in a started round, unless
 * conflicted; when any of those rounds is blind, they see the entry as a blind judge does.
 */
@Singleton
class JudgeFileAccess implements EntryAccess {

    private final JudgingRepositories.Access access;

    JudgeFileAccess(JudgingRepositories.Access access) {
        this.access = access;
    }

    @Override
    public Sight sight(long entryId, long userId) {
        if (access.countStartedAssignments(entryId, userId) == 0) {
            return Sight.NONE;
        }
        return access.countStartedBlindAssignments(entryId, userId) > 0 ? Sight.BLIND : Sight.OPEN;
    }
}
