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
import org.laurel.judging.Aggregation.Settings;
import org.laurel.judging.Stability.Effect;
import org.laurel.judging.Stability.EntryStability;
import org.laurel.judging.Stability.Pivot;
import org.laurel.programs.AggregationMethod;

/**
 * Rank intervals and pivotal judges on rounds small enough to work out by hand: one criterion
 * scored 0-100 with weight 1, so a card's total is its value; one category; the line is the top 1.
 */
class StabilityTest {

    static final List<Criterion> SINGLE = List.of(new Criterion(1, 1, 0, 100));
    static final long A = 1;
    static final long B = 2;
    static final long C = 3;

    static Card card(long entry, long judge, double value) {
        return new Card(entry, judge, Map.of(1L, value));
    }

    static Settings settings(AggregationMethod method) {
        return new Settings(method, 1, null, 0, List.of());
    }

    static List<EntryStability> analyse(Settings s, List<Card> cards, Set<String> conflicts, long... entries) {
        List<EntryRef> refs = new ArrayList<>();
        for (long e : entries) {
            refs.add(new EntryRef(e, 10L));
        }
        var official = Aggregation.rank(SINGLE, s, refs, cards, conflicts);
        return Stability.analyse(s, SINGLE, refs, cards, conflicts, official, 1, Stability.RESAMPLES, Stability.SEED);
    }

    static EntryStability of(List<EntryStability> all, long entry) {
        return all.stream().filter(e -> e.entryId() == entry).findFirst().orElseThrow();
    }

    /** A: 90, 60, 60 (mean 70); B: 60, 70, 75 (mean 68.33). A leads only thanks to judge 1's 90. */
    static List<Card> close() {
        return List.of(card(A, 1, 90), card(A, 2, 60), card(A, 3, 60), card(B, 1, 60), card(B, 2, 70), card(B, 3, 75));
    }

    @Test
    void anEntryWhoseAdvancementHangsOnOneJudgeNamesThatJudgeAndOnlyThatOne() {
        List<EntryStability> all = analyse(settings(AggregationMethod.MEAN), close(), Set.of(), A, B);

        // Without judge 1: A (60 + 60) / 2 = 60, B (70 + 75) / 2 = 72.5: B takes the place.
        // Without judge 2: A 75, B 67.5; without judge 3: A 75, B 65: A keeps it.
        assertThat(of(all, A).rank()).isEqualTo(1);
        assertThat(of(all, A).advances()).isTrue();
        assertThat(of(all, A).pivots()).containsExactly(new Pivot(1, Effect.DROPS_OUT));
        assertThat(of(all, B).pivots()).containsExactly(new Pivot(1, Effect.GETS_IN));
    }

    @Test
    void aClearRoundHangsOnNobodyAndItsIntervalsAreSinglePlaces() {
        List<Card> cards =
                List.of(card(A, 1, 90), card(A, 2, 90), card(A, 3, 90), card(B, 1, 50), card(B, 2, 50), card(B, 3, 50));
        List<EntryStability> all = analyse(settings(AggregationMethod.MEAN), cards, Set.of(), A, B);

        assertThat(all).allSatisfy(e -> assertThat(e.pivots()).isEmpty());
        // Every resample of 90, 90, 90 is 90 and of 50, 50, 50 is 50: A is always first.
        assertThat(of(all, A))
                .extracting(EntryStability::low, EntryStability::high)
                .containsExactly(1, 1);
        assertThat(of(all, B))
                .extracting(EntryStability::low, EntryStability::high)
                .containsExactly(2, 2);
        assertThat(of(all, A).advanceShare()).isEqualTo(1.0);
        assertThat(of(all, B).advanceShare()).isEqualTo(0.0);
    }

    @Test
    void theShareOfResamplesInWhichAnEntryAdvancesMatchesTheExactBootstrapProbability() {
        List<EntryStability> all = analyse(settings(AggregationMethod.MEAN), close(), Set.of(), A, B);

        // Enumerating all 27 x 27 equally likely redraws of A's and B's cards, A's mean is at least
        // B's (a shared first place counts) in 437 of 729: 0.5995. 1,000 resamples land within a
        // few hundredths (standard error 0.015).
        assertThat(of(all, A).advanceShare()).isCloseTo(437.0 / 729, within(0.05));
        // Either can come first or second.
        assertThat(of(all, A))
                .extracting(EntryStability::low, EntryStability::high)
                .containsExactly(1, 2);
        assertThat(of(all, B))
                .extracting(EntryStability::low, EntryStability::high)
                .containsExactly(1, 2);
    }

    @Test
    void theFixedSeedMakesTheFiguresReproducible() {
        assertThat(analyse(settings(AggregationMethod.MEAN), close(), Set.of(), A, B))
                .isEqualTo(analyse(settings(AggregationMethod.MEAN), close(), Set.of(), A, B));
    }

    @Test
    void leavingAJudgeOutFollowsTheRoundsMethod() {
        // Trimmed mean (k = 1) of three cards is the middle one: A 90, 80, 10 -> 80; B 75, 75, 75 -> 75.
        // With two cards left nothing is trimmed: without judge 1, A (80 + 10) / 2 = 45; without
        // judge 2, (90 + 10) / 2 = 50; without judge 3, (90 + 80) / 2 = 85. B stays 75.
        List<Card> cards =
                List.of(card(A, 1, 90), card(A, 2, 80), card(A, 3, 10), card(B, 1, 75), card(B, 2, 75), card(B, 3, 75));
        List<EntryStability> all = analyse(settings(AggregationMethod.TRIMMED_MEAN), cards, Set.of(), A, B);

        assertThat(of(all, A).pivots()).containsExactly(new Pivot(1, Effect.DROPS_OUT), new Pivot(2, Effect.DROPS_OUT));
        assertThat(of(all, B).pivots()).containsExactly(new Pivot(1, Effect.GETS_IN), new Pivot(2, Effect.GETS_IN));
    }

    @Test
    void conflictedCardsDoNotCountAndAnUnscoredEntryHasNoInterval() {
        // Judge 1 is conflicted on A: A is (60 + 60) / 2 = 60 and B 68.33 leads. C has no cards.
        List<EntryStability> all = analyse(settings(AggregationMethod.MEAN), close(), Set.of("1:" + A), A, B, C);

        assertThat(of(all, B).rank()).isEqualTo(1);
        assertThat(of(all, A).pivots()).isEmpty();
        assertThat(of(all, C))
                .extracting(EntryStability::rank, EntryStability::low, EntryStability::high)
                .containsExactly(null, null, null);
        assertThat(of(all, C).advanceShare()).isEqualTo(0.0);
    }

    @Test
    void underZScoresEveryIntervalHoldsTheOfficialRank() {
        List<Card> cards = new ArrayList<>(close());
        cards.addAll(List.of(card(C, 1, 40), card(C, 2, 65), card(C, 3, 70)));
        List<EntryStability> all = analyse(settings(AggregationMethod.ZSCORE), cards, Set.of(), A, B, C);

        assertThat(all)
                .allSatisfy(e -> assertThat(e.rank()).isBetween(e.low(), e.high()))
                .allSatisfy(e -> assertThat(e.advanceShare()).isBetween(0.0, 1.0));
    }
}
