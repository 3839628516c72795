package org.laurel.judging;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;
import org.laurel.programs.AggregationMethod;

/**
 * Everything needed to recompute a finalized round's snapshot without Laurel's server or
 * database: the rubric, the method and its settings, the entries, the counted scorecards with
 * judges numbered 1..n (in the order of their ids, so the engine's judge order is kept, but with no
 * name or id), and the snapshot as frozen, with its SHA-256. {@code java -jar laurel.jar verify}
 * reads it ({@link Verifier}). A pairwise round carries its comparisons instead of scorecards.
 */
@Serdeable
public record RoundBundle(
        String format,
        long roundId,
        String roundName,
        Settings settings,
        List<Criterion> criteria,
        List<Entry> entries,
        List<Card> cards,
        Snapshot snapshot,
        // A PAIRWISE round's answers in commit order (judges numbered as for cards); null otherwise.
        @Nullable List<Comparison> comparisons) {

    public static final String FORMAT = "laurel-round-bundle/1";

    /** A scored round's bundle (no comparisons). */
    public RoundBundle(
            String format,
            long roundId,
            String roundName,
            Settings settings,
            List<Criterion> criteria,
            List<Entry> entries,
            List<Card> cards,
            Snapshot snapshot) {
        this(format, roundId, roundName, settings, criteria, entries, cards, snapshot, null);
    }

    @Serdeable
    public record Settings(
            AggregationMethod method,
            int trimCount,
            @Nullable Double disputeThreshold,
            int requiredJudges,
            List<Long> tieBreakCriteria,
            @Nullable Integer advanceCount) {}

    @Serdeable
    public record Criterion(long id, String name, double weight, double min, double max) {}

    @Serdeable
    public record Entry(long entryId, @Nullable Long categoryId, String title) {}

    /** One counted scorecard: {@code judge} is the judge's number in this bundle, not an account id. */
    @Serdeable
    public record Card(long entryId, int judge, Map<Long, Double> values) {}

    /** One answer of a pairwise round: {@code judge} said {@code winner} was better than {@code loser}. */
    @Serdeable
    public record Comparison(int judge, long winner, long loser) {}

    @Serdeable
    public record Snapshot(int version, String content, String sha256) {}
}
