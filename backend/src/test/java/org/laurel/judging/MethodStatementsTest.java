package org.laurel.judging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.laurel.judging.MethodStatement.CardWork;
import org.laurel.judging.MethodStatement.Term;
import org.laurel.judging.MethodStatement.Worked;
import org.laurel.programs.AggregationMethod;

/**
 * Method statements on rounds worked out by hand. The two-criterion rubric: Innovation 0-10 with
 * weight 2 and Execution 0-20 with weight 1, so the span is 2*10 + 1*20 = 40 and each criterion is
 * worth 50 of the 100 points; a value v of Innovation gives 100*2*v/40 = 5v points, of Execution 2.5v.
 */
class MethodStatementsTest {

    static final List<RoundBundle.Criterion> RUBRIC = List.of(
            new RoundBundle.Criterion(1, "Innovation", 2, 0, 10), new RoundBundle.Criterion(2, "Execution", 1, 0, 20));
    static final long A = 11;
    static final long B = 12;
    static final long C = 13;

    static RoundBundle.Card card(long entry, int judge, Double innovation, Double execution) {
        Map<Long, Double> values = new java.util.TreeMap<>();
        if (innovation != null) {
            values.put(1L, innovation);
        }
        if (execution != null) {
            values.put(2L, execution);
        }
        return new RoundBundle.Card(entry, judge, values);
    }

    /**
     * A (category 5): judge 1 8/10 = 40+25 = 65; judge 2 9/18 = 45+45 = 90; judge 3 6/12 = 30+30 = 60;
     * judge 4 7/16 = 35+40 = 75. B (category 5): 50, 100, 45, 55. C (category 6): judge 2 only, 4 and
     * no Execution (counted as 0) = 20.
     */
    static List<RoundBundle.Card> cards() {
        return List.of(
                card(A, 1, 8.0, 10.0),
                card(A, 2, 9.0, 18.0),
                card(A, 3, 6.0, 12.0),
                card(A, 4, 7.0, 16.0),
                card(B, 1, 5.0, 10.0),
                card(B, 2, 10.0, 20.0),
                card(B, 3, 5.0, 8.0),
                card(B, 4, 6.0, 10.0),
                card(C, 2, 4.0, null));
    }

    static RoundBundle bundle(
            AggregationMethod method,
            List<RoundBundle.Criterion> rubric,
            List<RoundBundle.Card> cards,
            List<RoundBundle.Entry> entries) {
        return new RoundBundle(
                RoundBundle.FORMAT,
                7,
                "Final",
                new RoundBundle.Settings(method, 1, 30.0, 3, List.of(2L, 1L), 1),
                rubric,
                entries,
                cards,
                new RoundBundle.Snapshot(2, "{}", "abc123"));
    }

    static final List<RoundBundle.Entry> ENTRIES = List.of(
            new RoundBundle.Entry(A, 5L, "Alpha"),
            new RoundBundle.Entry(B, 5L, "Beta"),
            new RoundBundle.Entry(C, 6L, "Gamma"));

    static MethodStatement statement(RoundBundle bundle, boolean scoresShown) {
        return MethodStatements.of(bundle, Verifier.recompute(bundle), id -> "Category " + id, scoresShown, null);
    }

    @Test
    void theScaleMappingWeightsTieBreaksAndCountsAreStated() {
        MethodStatement s = statement(bundle(AggregationMethod.TRIMMED_MEAN, RUBRIC, cards(), ENTRIES), true);

        assertThat(s.method()).isEqualTo(AggregationMethod.TRIMMED_MEAN);
        assertThat(s.trimCount()).isEqualTo(1);
        assertThat(s.disputeThreshold()).isEqualTo(30.0);
        assertThat(s.requiredJudges()).isEqualTo(3);
        assertThat(s.advanceCount()).isEqualTo(1);
        assertThat(s.criteria()).extracting(MethodStatement.Scale::points).containsExactly(50.0, 50.0);
        assertThat(s.tieBreaks()).containsExactly("Execution", "Innovation");
        assertThat(s.entryCount()).isEqualTo(3);
        assertThat(s.cardCount()).isEqualTo(9);
        assertThat(s.judgeCount()).isEqualTo(4);
        assertThat(s.snapshotVersion()).isEqualTo(2);
        assertThat(s.sha256()).isEqualTo("abc123");
    }

    @Test
    void theTrimmedMeanWinnerIsWorkedOutCardByCard() {
        MethodStatement s = statement(bundle(AggregationMethod.TRIMMED_MEAN, RUBRIC, cards(), ENTRIES), true);

        assertThat(s.winners()).extracting(Worked::entryId).containsExactly(A, C);
        Worked a = s.winners().get(0);
        assertThat(a.categoryName()).isEqualTo("Category 5");
        assertThat(a.cards()).extracting(CardWork::judge).containsExactly(1, 2, 3, 4);
        assertThat(a.cards().get(0).terms()).extracting(Term::points).containsExactly(40.0, 25.0);
        assertThat(a.cards()).extracting(CardWork::total).containsExactly(65.0, 90.0, 60.0, 75.0);
        // Sorted 60, 65, 75, 90: the lowest (judge 3) and highest (judge 2) go; (65 + 75) / 2 = 70.
        assertThat(a.cards()).extracting(CardWork::dropped).containsExactly(false, true, true, false);
        assertThat(a.combination().trimApplied()).isTrue();
        assertThat(a.combination().unrounded()).isEqualTo(70.0);
        assertThat(a.score()).isEqualTo(70.0);
        assertThat(a.matchesSnapshot()).isTrue();
        // B: 45, 50, 55, 100 trimmed to (50 + 55) / 2.
        assertThat(a.runnerUpScore()).isEqualTo(52.5);
        assertThat(a.decidedByTieBreak()).isFalse();
        assertThat(a.sharesRank()).isFalse();

        // One card cannot lose 2k of them: plain mean, and the missing Execution counts as 0 points.
        Worked c = s.winners().get(1);
        assertThat(c.combination().trimApplied()).isFalse();
        assertThat(c.cards().get(0).terms()).containsExactly(new Term(1, 4.0, 20.0), new Term(2, null, 0.0));
        assertThat(c.score()).isEqualTo(20.0);
        assertThat(c.runnerUpScore()).isNull();
    }

    @Test
    void theMedianNamesItsMiddleValues() {
        Worked a = statement(bundle(AggregationMethod.MEDIAN, RUBRIC, cards(), ENTRIES), true)
                .winners()
                .get(0);
        assertThat(a.combination().middle()).containsExactly(65.0, 75.0);
        assertThat(a.score()).isEqualTo(70.0);
        assertThat(a.matchesSnapshot()).isTrue();
    }

    /**
     * One criterion 0-100. Judge 1: X 80, Y 60 (mean 70, sd 10); judge 2: X 70, Y 50 (mean 60, sd 10).
     * X's z-scores are +1 and +1; the round's totals 80, 60, 70, 50 have mean 65 and sd sqrt(125) =
     * 11.1803, so X scores 65 + 1 * 11.1803 = 76.18.
     */
    @Test
    void zScoresShowEachJudgesMeanSpreadAndTheMappingBack() {
        List<RoundBundle.Criterion> single = List.of(new RoundBundle.Criterion(1, "Overall", 1, 0, 100));
        List<RoundBundle.Card> cards = List.of(
                new RoundBundle.Card(A, 1, Map.of(1L, 80.0)),
                new RoundBundle.Card(B, 1, Map.of(1L, 60.0)),
                new RoundBundle.Card(A, 2, Map.of(1L, 70.0)),
                new RoundBundle.Card(B, 2, Map.of(1L, 50.0)));
        List<RoundBundle.Entry> entries =
                List.of(new RoundBundle.Entry(A, null, "X"), new RoundBundle.Entry(B, null, "Y"));
        MethodStatement s = statement(bundle(AggregationMethod.ZSCORE, single, cards, entries), true);

        Worked x = s.winners().get(0);
        assertThat(x.entryId()).isEqualTo(A);
        assertThat(x.categoryName()).isNull();
        assertThat(x.cards()).extracting(CardWork::judgeMean).containsExactly(70.0, 60.0);
        assertThat(x.cards()).extracting(CardWork::judgeSd).containsExactly(10.0, 10.0);
        assertThat(x.cards()).extracting(CardWork::z).containsExactly(1.0, 1.0);
        assertThat(x.combination().meanZ()).isEqualTo(1.0);
        assertThat(x.combination().roundMean()).isEqualTo(65.0);
        assertThat(x.combination().roundSd()).isEqualTo(11.1803);
        assertThat(x.score()).isEqualTo(76.18);
        assertThat(x.runnerUpScore()).isEqualTo(53.82);
        assertThat(x.matchesSnapshot()).isTrue();
    }

    /** X 80 and 60, Y 70 and 70: both mean 70, and head-to-head is one judge each, so they share first place. */
    @Test
    void aTieTheTieBreaksCannotSeparateIsStatedAsShared() {
        List<RoundBundle.Criterion> single = List.of(new RoundBundle.Criterion(1, "Overall", 1, 0, 100));
        List<RoundBundle.Card> cards = List.of(
                new RoundBundle.Card(A, 1, Map.of(1L, 80.0)),
                new RoundBundle.Card(A, 2, Map.of(1L, 60.0)),
                new RoundBundle.Card(B, 1, Map.of(1L, 70.0)),
                new RoundBundle.Card(B, 2, Map.of(1L, 70.0)));
        List<RoundBundle.Entry> entries =
                List.of(new RoundBundle.Entry(A, null, "X"), new RoundBundle.Entry(B, null, "Y"));
        RoundBundle b = new RoundBundle(
                RoundBundle.FORMAT,
                7,
                "Final",
                new RoundBundle.Settings(AggregationMethod.MEAN, 0, null, 0, List.of(), null),
                single,
                entries,
                cards,
                new RoundBundle.Snapshot(1, "{}", "abc"));
        Worked x = statement(b, true).winners().get(0);
        assertThat(x.sharesRank()).isTrue();
        assertThat(x.decidedByTieBreak()).isFalse();
        assertThat(x.runnerUpScore()).isEqualTo(70.0);
    }

    /** A published result works out its own winners, whatever their rank: here B, second in its category. */
    @Test
    void aPublishedResultWorksOutThePublishedWinnersOnly() {
        RoundBundle b = bundle(AggregationMethod.TRIMMED_MEAN, RUBRIC, cards(), ENTRIES);
        MethodStatement s = MethodStatements.of(b, Verifier.recompute(b), id -> "Category " + id, true, Set.of(B));
        assertThat(s.winners()).singleElement().satisfies(w -> {
            assertThat(w.entryId()).isEqualTo(B);
            assertThat(w.score()).isEqualTo(52.5);
            assertThat(w.runnerUpScore()).isNull();
            assertThat(w.matchesSnapshot()).isTrue();
        });
    }

    @Test
    void withoutPublishedScoresTheMethodIsStatedButNoScoreIsWorked() {
        MethodStatement s = statement(bundle(AggregationMethod.TRIMMED_MEAN, RUBRIC, cards(), ENTRIES), false);
        assertThat(s.scoresShown()).isFalse();
        assertThat(s.winners()).isEmpty();
        assertThat(s.criteria()).hasSize(2);
    }
}
