package org.laurel.judging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The CrowdBT arithmetic with hand-worked numbers, the next-table rule and the replayed ranking. */
class CrowdBTTest {

    static final CrowdBT.Judge PRIOR_JUDGE = CrowdBT.Judge.PRIOR;
    static final CrowdBT.Entry PRIOR = CrowdBT.Entry.PRIOR;

    /**
     * Two new entries (mu 0, sigma squared 1) and a new judge (alpha 10, beta 1). By hand: the
     * answer was a coin toss to the model (probability 1/2), so the judge's belief is unchanged
     * (mean 10/11, second moment 5/6, variance 5/726, back to alpha 10, beta 1); the step is
     * 10/11 - 1/2 = 9/22 each way; the curvature 10/121 - 1/4 = -81/484 shrinks both variances
     * to 1 - 81/484 = 403/484.
     */
    @Test
    void theFirstComparisonMovesBothEntriesByNineTwentySecondsAndKeepsTheJudge() {
        CrowdBT.Update u = CrowdBT.update(PRIOR_JUDGE, PRIOR, PRIOR);

        assertThat(u.probability()).isCloseTo(0.5, within(1e-12));
        assertThat(u.winner().mu()).isCloseTo(9.0 / 22, within(1e-12));
        assertThat(u.loser().mu()).isCloseTo(-9.0 / 22, within(1e-12));
        assertThat(u.winner().sigmaSq()).isCloseTo(403.0 / 484, within(1e-12));
        assertThat(u.loser().sigmaSq()).isCloseTo(403.0 / 484, within(1e-12));
        assertThat(u.judge().alpha()).isCloseTo(10, within(1e-9));
        assertThat(u.judge().beta()).isCloseTo(1, within(1e-9));
    }

    @Test
    void aJudgeWhoContradictsTheConsensusLosesReliabilityAndMovesTheRankingLess() {
        // Entry 1 is clearly ahead of entry 2 after five consistent answers by one judge.
        List<PairwiseRanking.Answer> answers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            answers.add(new PairwiseRanking.Answer(100, 1, 2));
        }
        PairwiseRanking.Beliefs before = PairwiseRanking.replay(answers);
        // A second judge says the opposite, again and again.
        for (int i = 0; i < 5; i++) {
            answers.add(new PairwiseRanking.Answer(200, 2, 1));
        }
        PairwiseRanking.Beliefs after = PairwiseRanking.replay(answers);

        assertThat(after.judges().get(200L).reliability()).isLessThan(PRIOR_JUDGE.reliability());
        assertThat(after.judges().get(100L).reliability())
                .isGreaterThan(after.judges().get(200L).reliability());
        assertThat(before.entries().get(1L).mu())
                .isGreaterThan(before.entries().get(2L).mu());
    }

    @Test
    void anUncertainCloseMatchTeachesMoreThanAForegoneOne() {
        CrowdBT.Entry strong = new CrowdBT.Entry(3, 0.1);
        CrowdBT.Entry weak = new CrowdBT.Entry(-3, 0.1);

        double close = CrowdBT.expectedGain(PRIOR_JUDGE, PRIOR, PRIOR);
        double foregone = CrowdBT.expectedGain(PRIOR_JUDGE, strong, weak);

        assertThat(close).isGreaterThan(foregone).isPositive();
        assertThat(foregone).isGreaterThanOrEqualTo(0);
    }

    @Test
    void theJudgeTermsSecondOrderDivergenceMatchesTheExactOneForAnAnswersStep() {
        CrowdBT.Judge judge = new CrowdBT.Judge(12.4, 2.1);
        CrowdBT.Update u = CrowdBT.update(judge, new CrowdBT.Entry(1.2, 0.4), new CrowdBT.Entry(-0.3, 0.5));
        double exact = CrowdBT.divergence(u.judge(), judge);
        double approx = CrowdBT.Curvature.of(judge).divergence(u.judge(), judge);

        assertThat(exact).isPositive();
        // Within a tenth: the judge term weighs a tenth of the entries' terms in the gain.
        assertThat(approx).isCloseTo(exact, within(exact * 0.1));
    }

    static PairwiseChooser.Table table(long id, double mu, double sigmaSq, int comparisons) {
        return new PairwiseChooser.Table(id, new CrowdBT.Entry(mu, sigmaSq), comparisons, true);
    }

    @Test
    void theNextTableIsNeverSeenConflictedAbsentOrTheLastOne() {
        List<PairwiseChooser.Table> tables = List.of(
                table(1, 0, 1, 5),
                table(2, 0, 1, 5),
                new PairwiseChooser.Table(3, PRIOR, 5, false),
                table(4, 0, 1, 5),
                table(5, 0, 1, 5));

        Optional<Long> next = PairwiseChooser.next(PRIOR_JUDGE, tables, 1L, Set.of(2L, 4L), Set.of());

        assertThat(next).contains(5L);
        assertThat(PairwiseChooser.next(PRIOR_JUDGE, tables, 1L, Set.of(2L, 4L, 5L), Set.of()))
                .isEmpty();
    }

    @Test
    void aBusyTableOnlyWhenNothingElseIsLeft() {
        List<PairwiseChooser.Table> tables = List.of(table(1, 0, 1, 5), table(2, 0, 1, 5), table(3, 0, 1, 5));

        assertThat(PairwiseChooser.next(PRIOR_JUDGE, tables, 1L, Set.of(), Set.of(2L)))
                .contains(3L);
        assertThat(PairwiseChooser.next(PRIOR_JUDGE, tables, 1L, Set.of(3L), Set.of(2L)))
                .contains(2L);
    }

    @Test
    void tablesShortOfTheMinimumComeFirstThenTheMostInformative() {
        // Table 4 has one comparison (short of 2): it goes first, however little it may teach.
        List<PairwiseChooser.Table> tables =
                List.of(table(1, 0, 1, 3), table(2, 0.1, 1, 3), table(3, 5, 0.05, 3), table(4, 6, 0.05, 1));
        assertThat(PairwiseChooser.next(PRIOR_JUDGE, tables, 1L, Set.of(), Set.of()))
                .contains(4L);

        // Everyone covered: the close, uncertain table 2 beats the far, settled table 3.
        List<PairwiseChooser.Table> covered = List.of(table(1, 0, 1, 3), table(2, 0.1, 1, 3), table(3, 5, 0.05, 3));
        assertThat(PairwiseChooser.next(PRIOR_JUDGE, covered, 1L, Set.of(), Set.of()))
                .contains(2L);
    }

    @Test
    void withoutALastTableTheLeastComparedLowestIdIsNext() {
        List<PairwiseChooser.Table> tables = List.of(table(7, 0, 1, 3), table(3, 0, 1, 2), table(5, 0, 1, 2));

        assertThat(PairwiseChooser.next(PRIOR_JUDGE, tables, null, Set.of(), Set.of()))
                .contains(3L);
    }

    @Test
    void theRankingRanksWithinCategoriesAndLeavesUncomparedEntriesUnranked() {
        List<Aggregation.EntryRef> refs = List.of(
                new Aggregation.EntryRef(1, 10L),
                new Aggregation.EntryRef(2, 10L),
                new Aggregation.EntryRef(3, 20L),
                new Aggregation.EntryRef(4, 20L),
                new Aggregation.EntryRef(5, 20L));
        List<PairwiseRanking.Answer> answers =
                List.of(new PairwiseRanking.Answer(9, 2, 1), new PairwiseRanking.Answer(9, 4, 3));

        List<JudgingViews.ResultItem> items = PairwiseRanking.items(refs, answers, Map.of(2L, "Two"));

        assertThat(items).extracting(JudgingViews.ResultItem::entryId).containsExactly(2L, 4L, 1L, 3L, 5L);
        assertThat(items).extracting(JudgingViews.ResultItem::rank).containsExactly(1, 1, 2, 2, null);
        assertThat(items.get(0).title()).isEqualTo("Two");
        assertThat(items.get(0).score()).isCloseTo(9.0 / 22, within(1e-6));
        assertThat(items.get(0).judgeCount()).isEqualTo(1);
        assertThat(items.get(0).stdDev()).isCloseTo(Math.sqrt(403.0 / 484), within(1e-6));
        assertThat(items.get(4).score()).isNull();
    }

    @Test
    void theRuleOfWhatAJudgeMaySay() {
        assertThat(PairwiseService.allowed(false, 1L, 2L, 5)).isEmpty();
        assertThat(PairwiseService.allowed(true, null, null, 5)).containsExactly(PairwiseViews.Decision.START);
        assertThat(PairwiseService.allowed(true, null, 2L, 0)).isEmpty();
        assertThat(PairwiseService.allowed(true, 1L, null, 5))
                .containsExactly(PairwiseViews.Decision.NEXT, PairwiseViews.Decision.SKIP);
        assertThat(PairwiseService.allowed(true, 1L, 2L, 0))
                .containsExactly(
                        PairwiseViews.Decision.CURRENT_BETTER,
                        PairwiseViews.Decision.PREVIOUS_BETTER,
                        PairwiseViews.Decision.SKIP);
    }
}
