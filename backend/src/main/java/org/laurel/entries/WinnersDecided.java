package org.laurel.entries;

import io.micronaut.core.annotation.Nullable;
import java.util.Map;

/**
 * Winners of a program were announced: the tier of each winning entry; every other entry that
 * competed did not win. The entries module reacts by setting each one's outcome (see
 * {@link EntryOutcomes}). Like {@link EntryAccess}, it is declared here and implemented by the
 * module that announces winners (awards' {@code WinnersPublished}): awards reads entries, so
 * entries may not depend on awards.
 */
public interface WinnersDecided {

    long programId();

    /** Winning entry id to the name of its prize tier. */
    Map<Long, String> tierByWinner();

    @Nullable
    Long actorId();
}
