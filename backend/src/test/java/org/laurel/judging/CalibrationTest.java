package org.laurel.judging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.laurel.judging.Aggregation.Card;
import org.laurel.judging.Aggregation.Criterion;
import org.laurel.judging.Calibration.JudgeCalibration;

/** Judge calibration on panels worked out by hand; one criterion 0-100, weight 1: a total is its value. */
class CalibrationTest {

    static final List<Criterion> SINGLE = List.of(new Criterion(1, 1, 0, 100));

    /** Cards of one judge on entries 1, 2, 3... in order. */
    static List<Card> judge(long judge, double... values) {
        List<Card> cards = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            cards.add(new Card(i + 1, judge, Map.of(1L, values[i])));
        }
        return cards;
    }

    static JudgeCalibration of(List<JudgeCalibration> all, long judge) {
        return all.stream().filter(c -> c.judgeId() == judge).findFirst().orElseThrow();
    }

    static List<Card> cards(List<Card> a, List<Card> b) {
        List<Card> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Test
    void aHarshJudgeWhoOrdersEntriesLikeThePanelIsFlaggedForLeniencyOnly() {
        // Judge 1: 80, 70, 60, 50; judge 2: 65, 55, 45, 35, fifteen points below on every entry.
        List<JudgeCalibration> all = Calibration.of(SINGLE, cards(judge(1, 80, 70, 60, 50), judge(2, 65, 55, 45, 35)));

        JudgeCalibration harsh = of(all, 2);
        assertThat(harsh.shared()).isEqualTo(4);
        assertThat(harsh.leniency()).isEqualTo(-15.0);
        assertThat(harsh.agreement()).isEqualTo(1.0); // every pair in the same order
        assertThat(harsh.outlier()).isTrue(); // |-15| >= 10
        assertThat(harsh.mean()).isEqualTo(50.0); // (65 + 55 + 45 + 35) / 4
        assertThat(of(all, 1).leniency()).isEqualTo(15.0);
    }

    @Test
    void aJudgeWhoReversesThePanelsOrderIsFlaggedEvenWithNoLeniency() {
        // Differences 80-50, 70-60, 60-70, 50-80: +30, +10, -10, -30, mean 0; all six pairs reversed.
        List<JudgeCalibration> all = Calibration.of(SINGLE, cards(judge(1, 80, 70, 60, 50), judge(2, 50, 60, 70, 80)));

        assertThat(of(all, 1).leniency()).isEqualTo(0.0);
        assertThat(of(all, 1).agreement()).isEqualTo(-1.0);
        assertThat(of(all, 1).outlier()).isTrue();
    }

    @Test
    void aJudgeCloseToThePanelIsNotFlaggedAndTiesCountAsTauB() {
        // Judge 1: 80, 80, 60, 50; judge 2: 70, 60, 50, 40. Judge 1's tie (entries 1 and 2) is
        // neither concordant nor discordant; the other 5 pairs agree. tau-b = (5 - 0) / sqrt((6 - 1) * (6 - 0))
        // = 5 / sqrt(30) = 0.913.
        List<JudgeCalibration> all = Calibration.of(SINGLE, cards(judge(1, 80, 80, 60, 50), judge(2, 70, 60, 50, 40)));
        assertThat(of(all, 1).agreement()).isEqualTo(0.913);

        // Judge 3 scores 72, 66, 57, 43 beside judges 1 and 2: the others' means are 75, 70, 55, 45,
        // differences -3, -4, +2, -2: leniency -1.75, same order as the panel: tau 1.
        List<Card> three = cards(cards(judge(1, 80, 80, 60, 50), judge(2, 70, 60, 50, 40)), judge(3, 72, 66, 57, 43));
        JudgeCalibration close = of(Calibration.of(SINGLE, three), 3);
        assertThat(close.leniency()).isEqualTo(-1.75);
        assertThat(close.agreement()).isEqualTo(1.0);
        assertThat(close.outlier()).isFalse();
    }

    @Test
    void withoutSharedEntriesThereIsNothingToCompare() {
        // Judge 1 alone on entries 1-2; judge 2 shares only entry 1 with judge 3 (too few for tau).
        List<Card> cards = new ArrayList<>(judge(1, 90, 30));
        cards.add(new Card(10, 2, Map.of(1L, 70.0)));
        cards.add(new Card(10, 3, Map.of(1L, 50.0)));
        List<JudgeCalibration> all = Calibration.of(SINGLE, cards);

        assertThat(of(all, 1))
                .extracting(JudgeCalibration::shared, JudgeCalibration::leniency, JudgeCalibration::agreement)
                .containsExactly(0, null, null);
        assertThat(of(all, 1).outlier()).isFalse();
        assertThat(of(all, 2).leniency()).isEqualTo(20.0); // 70 - 50
        assertThat(of(all, 2).agreement()).isNull();
        assertThat(of(all, 2).outlier()).isTrue();
    }
}
