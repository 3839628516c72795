package org.laurel.judging;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.laurel.programs.AggregationMethod;

/**
 * A finalized round's method in numbers, with each category winner's score worked out from its
 * anonymised cards (judges numbered as in the round's bundle). Screens put it into words; every
 * figure here is the engine's own ({@link MethodStatements}), so the worked score is the snapshot's.
 *
 * @param criteria     the scale mapping: each criterion's range and the points it is worth out of 100
 * @param tieBreaks    criterion names compared in order when shown scores tie (head-to-head follows)
 * @param scoresShown  false on a public statement whose winners were published without scores:
 *                     the method is stated, the worked scores are left out
 * @param pairwise     for a PAIRWISE round (no rubric, no cards): how comparisons became the
 *                     ranking; {@code criteria}, {@code cardCount} and {@code winners} are then empty
 */
@Serdeable
public record MethodStatement(
        long roundId,
        String roundName,
        int snapshotVersion,
        String sha256,
        AggregationMethod method,
        int trimCount,
        @Nullable Double disputeThreshold,
        int requiredJudges,
        @Nullable Integer advanceCount,
        List<Scale> criteria,
        List<String> tieBreaks,
        int entryCount,
        int cardCount,
        int judgeCount,
        boolean scoresShown,
        List<Worked> winners,
        @Nullable PairwiseMethod pairwise) {

    /** {@code points}: what the criterion's full range is worth on the 0-100 total, {@code 100 * w * (max - min) / span}. */
    @Serdeable
    public record Scale(long criterionId, String name, double min, double max, double weight, double points) {}

    /**
     * One winner worked out (each category's first in the snapshot, or a published result's winners): each card's total, how the method
     * combines them, the result rounded as shown, and whether that is the snapshot's score.
     * {@code runnerUpScore}: the category's next entry's; {@code decidedByTieBreak} when the scores are
     * equal as shown and the tie-breaks put this entry ahead, {@code sharesRank} when even they could
     * not separate the two.
     */
    @Serdeable
    public record Worked(
            long entryId,
            String title,
            @Nullable Long categoryId,
            @Nullable String categoryName,
            double score,
            List<CardWork> cards,
            Combination combination,
            @Nullable Double runnerUpScore,
            boolean decidedByTieBreak,
            boolean sharesRank,
            boolean matchesSnapshot) {}

    /**
     * One card: per criterion the value and its points ({@code 100 * w * (v - min) / span}; a missing
     * value counts as the minimum), their sum the total. For ZSCORE the judge's own mean and
     * standard deviation over the round and the card's z.
     */
    @Serdeable
    public record CardWork(
            int judge,
            List<Term> terms,
            double total,
            boolean dropped,
            @Nullable Double judgeMean,
            @Nullable Double judgeSd,
            @Nullable Double z) {}

    @Serdeable
    public record Term(long criterionId, @Nullable Double value, double points) {}

    /**
     * How the cards become one score. {@code middle}: MEDIAN's middle value(s) in sorted order;
     * {@code trimApplied}: whether TRIMMED_MEAN had enough cards (2k + 1) to drop any; for ZSCORE
     * the mean z, the round's mean and standard deviation it is mapped back with, and {@code mapped}
     * the result before it is kept within 0-100 ({@code unrounded} after).
     */
    @Serdeable
    public record Combination(
            List<Double> inputs,
            List<Double> middle,
            boolean trimApplied,
            @Nullable Double meanZ,
            @Nullable Double roundMean,
            @Nullable Double roundSd,
            @Nullable Double mapped,
            double unrounded) {}

    /**
     * A PAIRWISE round's method: CrowdBT (Bradley-Terry with a reliability per judge), applied to
     * each comparison in the order they were recorded. Every entry starts at strength {@code muPrior}
     * with variance {@code sigmaSqPrior}; every judge's reliability starts at Beta({@code alphaPrior},
     * {@code betaPrior}), i.e. alpha / (alpha + beta) = 10/11 likely to prefer the better entry, and
     * moves with how their answers agree with everyone else's.
     */
    @Serdeable
    public record PairwiseMethod(
            int comparisonCount,
            int judgeCount,
            double muPrior,
            double sigmaSqPrior,
            double alphaPrior,
            double betaPrior,
            List<PairwiseWorked> winners) {}

    /**
     * A pairwise winner replayed from the bundle's comparisons: strength (the score), uncertainty
     * (its standard deviation), comparisons won and lost, and whether the replay gives the snapshot's score.
     */
    @Serdeable
    public record PairwiseWorked(
            long entryId,
            String title,
            @Nullable Long categoryId,
            @Nullable String categoryName,
            double strength,
            double uncertainty,
            int won,
            int lost,
            boolean matchesSnapshot) {}
}
