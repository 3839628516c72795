package org.laurel.judging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.laurel.judging.Aggregation.Card;
import org.laurel.judging.Aggregation.Criterion;
import org.laurel.judging.Aggregation.EntryRef;
import org.laurel.judging.Aggregation.Flag;
import org.laurel.judging.Aggregation.Result;
import org.laurel.judging.Aggregation.Settings;
import org.laurel.programs.AggregationMethod;

/** Every expectation here was worked out by hand; the comments show the arithmetic. */
class AggregationTest {

    /** One criterion scored 0-100 with weight 1: a card's total is simply its value. */
    static final List<Criterion> SINGLE = List.of(new Criterion(1, 1, 0, 100));

    static Settings settings(AggregationMethod method) {
        return new Settings(method, 1, null, 0, List.of());
    }

    static Card card(long entry, long judge, double value) {
        return new Card(entry, judge, Map.of(1L, value));
    }

    static List<Card> roadshow() {
        // Five judges score one pitch: 91, 88, 95, 79, 90.
        return List.of(card(1, 1, 91), card(1, 2, 88), card(1, 3, 95), card(1, 4, 79), card(1, 5, 90));
    }

    static Result only(List<Result> results, long entryId) {
        return results.stream().filter(r -> r.entryId() == entryId).findFirst().orElseThrow();
    }

    static List<Result> rank(Settings s, List<Card> cards, long... entries) {
        List<EntryRef> refs = new ArrayList<>();
        for (long e : entries) {
            refs.add(new EntryRef(e, 10L));
        }
        return Aggregation.rank(SINGLE, s, refs, cards, Set.of());
    }

    @Test
    void trimmedMeanDropsTheHighestAndLowest() {
        // Drop 95 and 79: (91 + 88 + 90) / 3 = 269 / 3 = 89.666... -> 89.67 as shown.
        Result r = only(rank(settings(AggregationMethod.TRIMMED_MEAN), roadshow(), 1), 1);

        assertThat(r.score()).isEqualTo(89.67);
        assertThat(r.totals())
                .extracting(Aggregation.JudgeTotal::dropped)
                .containsExactly(false, false, true, true, false);
        assertThat(r.judgeCount()).isEqualTo(5);
        assertThat(r.spread()).isEqualTo(16.0); // 95 - 79
    }

    @Test
    void meanAndMedianOfTheSameScores() {
        // Mean: 443 / 5 = 88.6. Median of 79, 88, 90, 91, 95: 90.
        assertThat(only(rank(settings(AggregationMethod.MEAN), roadshow(), 1), 1)
                        .score())
                .isEqualTo(88.6);
        assertThat(only(rank(settings(AggregationMethod.MEDIAN), roadshow(), 1), 1)
                        .score())
                .isEqualTo(90.0);
        // Even count: median of 80 and 90 is 85.
        assertThat(only(rank(settings(AggregationMethod.MEDIAN), List.of(card(1, 1, 80), card(1, 2, 90)), 1), 1)
                        .score())
                .isEqualTo(85.0);
    }

    @Test
    void trimmedMeanFallsBackToTheMeanBelow2kPlus1Scores() {
        // k = 1 needs 3 scores; with 80 and 90 it is the plain mean 85 and nothing is dropped.
        Result r = only(rank(settings(AggregationMethod.TRIMMED_MEAN), List.of(card(1, 1, 80), card(1, 2, 90)), 1), 1);

        assertThat(r.score()).isEqualTo(85.0);
        assertThat(r.totals()).noneMatch(Aggregation.JudgeTotal::dropped);
    }

    @Test
    void weightedTotalIsNormalisedToHundred() {
        // A: weight 0.6 on 0-10, B: weight 0.4 on 0-5; values 8 and 4:
        // 100 * (0.6*8 + 0.4*4) / (0.6*10 + 0.4*5) = 100 * 6.4 / 8 = 80.
        List<Criterion> rubric = List.of(new Criterion(1, 0.6, 0, 10), new Criterion(2, 0.4, 0, 5));

        assertThat(Aggregation.total(rubric, new Card(1, 1, Map.of(1L, 8.0, 2L, 4.0))))
                .isCloseTo(80.0, within(1e-9));
        // Points that add up to 100 (30 + 30 + 40) with weight 1: the total is the sum of the points.
        List<Criterion> points =
                List.of(new Criterion(1, 1, 0, 30), new Criterion(2, 1, 0, 30), new Criterion(3, 1, 0, 40));
        assertThat(Aggregation.total(points, new Card(1, 1, Map.of(1L, 25.0, 2L, 20.0, 3L, 33.0))))
                .isCloseTo(78.0, within(1e-9));
    }

    @Test
    void zScoreEvensOutALenientAndASevereJudge() {
        // Judge A (lenient) scores E1 90, E2 80; judge B (severe) scores E2 60, E3 50.
        // Within each judge the two totals are mean +/- 1 sd, so z: E1 +1; E2 (-1 + 1) / 2 = 0; E3 -1.
        // All totals 90, 80, 60, 50: mean 70, population sd sqrt((400+100+100+400)/4) = sqrt(250) = 15.8114.
        // Mapped back: E1 70 + 15.8114 = 85.8114; E2 70; E3 70 - 15.8114 = 54.1886.
        List<Card> cards = List.of(card(1, 1, 90), card(2, 1, 80), card(2, 2, 60), card(3, 2, 50));

        List<Result> z = rank(settings(AggregationMethod.ZSCORE), cards, 1, 2, 3);

        assertThat(only(z, 1).score()).isEqualTo(85.81);
        assertThat(only(z, 2).score()).isEqualTo(70.0);
        assertThat(only(z, 3).score()).isEqualTo(54.19);
        // The plain mean would put E2 (70) level with... nothing: E1 90, E2 70, E3 50 - same order, wider gaps.
        assertThat(rank(settings(AggregationMethod.MEAN), cards, 1, 2, 3))
                .extracting(Result::rank)
                .containsExactly(1, 2, 3);
    }

    @Test
    void zScoreIgnoresAJudgeWhoGaveEveryoneTheSameTotal() {
        // Judge 2 gives 70 to both: sd 0, z 0. Judge 1: 90 / 70 -> z +1 / -1.
        // Totals 90, 70, 70, 70: mean 75, sd sqrt((225+25+25+25)/4) = sqrt(75) = 8.6603.
        // E1 z (1 + 0) / 2 = 0.5 -> 75 + 4.3301 = 79.3301; E2 z -0.5 -> 70.6699.
        List<Card> cards = List.of(card(1, 1, 90), card(2, 1, 70), card(1, 2, 70), card(2, 2, 70));

        List<Result> z = rank(settings(AggregationMethod.ZSCORE), cards, 1, 2);

        assertThat(only(z, 1).score()).isEqualTo(79.33);
        assertThat(only(z, 2).score()).isEqualTo(70.67);
    }

    @Test
    void levelEntriesShareARankAndTheNextRankIsSkipped() {
        // E1: 90 and 80; E2: 80 and 90 -> both 85; each is preferred by one judge: shared rank 1. E3 (70) is 3rd.
        List<Card> cards =
                List.of(card(1, 1, 90), card(1, 2, 80), card(2, 1, 80), card(2, 2, 90), card(3, 1, 70), card(3, 2, 70));

        List<Result> r = rank(settings(AggregationMethod.MEAN), cards, 1, 2, 3);

        assertThat(r)
                .extracting(Result::entryId, Result::rank)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1L, 1),
                        org.assertj.core.groups.Tuple.tuple(2L, 1),
                        org.assertj.core.groups.Tuple.tuple(3L, 3));
    }

    @Test
    void tiesBreakByTheConfiguredCriteriaFirst() {
        // Innovation (id 1) and Market (id 2), both 0-50, weight 1. E1 = 40 + 30, E2 = 30 + 40: both total 70.
        // Innovation is the first tie-break criterion, so E1 (40) ranks above E2 (30).
        List<Criterion> rubric = List.of(new Criterion(1, 1, 0, 50), new Criterion(2, 1, 0, 50));
        List<Card> cards =
                List.of(new Card(1, 1, Map.of(1L, 40.0, 2L, 30.0)), new Card(2, 1, Map.of(1L, 30.0, 2L, 40.0)));
        Settings byInnovation = new Settings(AggregationMethod.MEAN, 1, null, 0, List.of(1L));
        Settings byMarket = new Settings(AggregationMethod.MEAN, 1, null, 0, List.of(2L));
        List<EntryRef> refs = List.of(new EntryRef(1, null), new EntryRef(2, null));

        assertThat(Aggregation.rank(rubric, byInnovation, refs, cards, Set.of()))
                .extracting(Result::entryId)
                .containsExactly(1L, 2L);
        assertThat(Aggregation.rank(rubric, byMarket, refs, cards, Set.of()))
                .extracting(Result::entryId)
                .containsExactly(2L, 1L);
    }

    @Test
    void thenByHowManyJudgesPreferredTheEntry() {
        // E1: 90, 81, 69 and E2: 85, 80, 75 - both mean 80. Judges 1 and 2 prefer E1, judge 3 prefers E2: E1 first.
        List<Card> cards =
                List.of(card(1, 1, 90), card(1, 2, 81), card(1, 3, 69), card(2, 1, 85), card(2, 2, 80), card(2, 3, 75));

        List<Result> r = rank(settings(AggregationMethod.MEAN), cards, 1, 2);

        assertThat(r).extracting(Result::entryId).containsExactly(1L, 2L);
        assertThat(r).extracting(Result::rank).containsExactly(1, 2);
    }

    @Test
    void aConflictedJudgeIsLeftOut() {
        // Judge 2 is conflicted on E1: only judge 1's 90 counts.
        List<Card> cards = List.of(card(1, 1, 90), card(1, 2, 50));

        Result r = only(
                Aggregation.rank(
                        SINGLE, settings(AggregationMethod.MEAN), List.of(new EntryRef(1, null)), cards, Set.of("2:1")),
                1);

        assertThat(r.score()).isEqualTo(90.0);
        assertThat(r.judgeCount()).isEqualTo(1);
    }

    @Test
    void incompleteAndDisputedEntriesAreFlagged() {
        // Three judges required. E1 has two scores 60 and 90: spread 30 > threshold 15. E2 has none.
        Settings s = new Settings(AggregationMethod.MEAN, 1, 15.0, 3, List.of());
        List<Card> cards = List.of(card(1, 1, 60), card(1, 2, 90));

        List<Result> r = rank(s, cards, 1, 2);

        assertThat(only(r, 1).flags()).containsExactly(Flag.DISPUTED, Flag.INCOMPLETE);
        assertThat(only(r, 1).stdDev()).isEqualTo(15.0);
        assertThat(only(r, 2).flags()).containsExactly(Flag.INCOMPLETE);
        assertThat(only(r, 2).score()).isNull();
        assertThat(only(r, 2).rank()).isNull();
    }

    @Test
    void ranksAreCountedWithinEachCategory() {
        List<EntryRef> refs = List.of(new EntryRef(1, 1L), new EntryRef(2, 1L), new EntryRef(3, 2L));
        List<Card> cards = List.of(card(1, 1, 70), card(2, 1, 80), card(3, 1, 60));

        List<Result> r = Aggregation.rank(SINGLE, settings(AggregationMethod.MEAN), refs, cards, Set.of());

        assertThat(only(r, 2).rank()).isEqualTo(1);
        assertThat(only(r, 1).rank()).isEqualTo(2);
        assertThat(only(r, 3).rank()).isEqualTo(1);
    }

    @Test
    void perCriterionMeansAreReported() {
        List<Criterion> rubric = List.of(new Criterion(1, 1, 0, 10), new Criterion(2, 1, 0, 10));
        List<Card> cards = List.of(new Card(1, 1, Map.of(1L, 8.0, 2L, 6.0)), new Card(1, 2, Map.of(1L, 7.0, 2L, 3.0)));

        Result r = Aggregation.rank(
                        rubric, settings(AggregationMethod.MEAN), List.of(new EntryRef(1, null)), cards, Set.of())
                .get(0);

        assertThat(r.perCriterion()).containsEntry(1L, 7.5).containsEntry(2L, 4.5);
        // Totals: (8 + 6) / 20 = 70 and (7 + 3) / 20 = 50 -> mean 60.
        assertThat(r.score()).isEqualTo(60.0);
    }

    @Test
    void comparisonRanksUnderEveryMethod() {
        var all = Aggregation.compare(
                SINGLE, settings(AggregationMethod.MEAN), List.of(new EntryRef(1, null)), roadshow(), Set.of());

        assertThat(all).containsOnlyKeys(AggregationMethod.values());
        assertThat(all.get(AggregationMethod.TRIMMED_MEAN).get(0).score()).isEqualTo(89.67);
    }
}
