package org.laurel.judging;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.laurel.programs.AggregationMethod;

/**
 * How stable a round's ranking is: each entry's rank interval and the judges its side of the line
 * hangs on ({@link Stability}). {@code line} is the round's advance count, or the podium (3) when
 * the round advances nobody ({@code lineKind} says which).
 */
@Serdeable
public record StabilityView(
        long roundId,
        AggregationMethod method,
        int resamples,
        long seed,
        int line,
        LineKind lineKind,
        int pivotalCount,
        List<Item> items) {

    public enum LineKind {
        ADVANCE,
        PODIUM
    }

    @Serdeable
    public record Item(
            long entryId,
            String title,
            @Nullable Long categoryId,
            @Nullable Integer rank,
            @Nullable Integer low,
            @Nullable Integer high,
            double advanceShare,
            boolean advances,
            List<PivotalJudge> pivotalJudges) {}

    /** A judge without whom the entry would cross the line: DROPS_OUT or GETS_IN. */
    @Serdeable
    public record PivotalJudge(long judgeId, String displayName, Stability.Effect effect) {}
}
