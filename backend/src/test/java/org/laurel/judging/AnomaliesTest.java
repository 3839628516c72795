package org.laurel.judging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.laurel.judging.Aggregation.Card;
import org.laurel.judging.Aggregation.Criterion;
import org.laurel.judging.Anomalies.Affinity;
import org.laurel.judging.Anomalies.EntryPeople;
import org.laurel.judging.Anomalies.Flag;
import org.laurel.judging.Anomalies.Judge;
import org.laurel.judging.Anomalies.Kind;
import org.laurel.judging.Anomalies.Timing;

/**
 * Each anomaly rule on a panel small enough to work out by hand, once triggered and once not. One
 * criterion 0-100 with weight 1 unless said otherwise, so a card's total is its value; a card's
 * lean is its total minus the other judges' mean on the entry.
 */
class AnomaliesTest {

    static final List<Criterion> SINGLE = List.of(new Criterion(1, 1, 0, 100));
    static final List<Criterion> TWO = List.of(new Criterion(1, 1, 0, 10), new Criterion(2, 1, 0, 10));

    static Card card(long entry, long judge, double value) {
        return new Card(entry, judge, Map.of(1L, value));
    }

    static final Judge NEUTRAL_2 = new Judge(2, "two@other.org", null);
    static final Judge NEUTRAL_3 = new Judge(3, "three@third.org", null);

    /** Judges 2 and 3 agree: E1 70, E2 65, E3 60, E4 70. Judge 1 gives E1 and E2 {@code high1} and {@code high2}. */
    static List<Card> panel(double high1, double high2) {
        List<Card> cards =
                new ArrayList<>(List.of(card(1, 1, high1), card(2, 1, high2), card(3, 1, 60), card(4, 1, 70)));
        for (long judge = 2; judge <= 3; judge++) {
            cards.addAll(List.of(card(1, judge, 70), card(2, judge, 65), card(3, judge, 60), card(4, judge, 70)));
        }
        return cards;
    }

    static Map<Long, EntryPeople> entries(String org12, String org34, String mail12, String mail34) {
        return Map.of(
                1L, new EntryPeople(1, org12, List.of("lead@" + mail12)),
                2L, new EntryPeople(2, org12, List.of("lead@" + mail12)),
                3L, new EntryPeople(3, org34, List.of("lead@" + mail34)),
                4L, new EntryPeople(4, org34, List.of("lead@" + mail34)));
    }

    static List<Flag> find(List<Criterion> rubric, List<Card> cards, Judge one, Map<Long, EntryPeople> people) {
        return Anomalies.find(rubric, cards, Map.of(1L, one, 2L, NEUTRAL_2, 3L, NEUTRAL_3), people, List.of());
    }

    /**
     * Judge 1 gives their own organization's E1 90 and E2 85 where the others gave 70 and 65: leans
     * of 20 and 20, against 0 and 0 on E3 and E4, 20 points apart. (The round's leans, 20, 20, 0, 0
     * and -10, -10, 0, 0 twice, have median 0 and median absolute deviation 5: 20 is a robust z of
     * 20 / 7.413 = 2.7, not extreme.)
     */
    @Test
    void aJudgeLeaningTowardsTheirOwnOrganizationIsFlaggedWithTheFigures() {
        Judge acme = new Judge(1, "judge@acme.cn", "Acme Robotics");
        List<Flag> flags =
                find(SINGLE, panel(90, 85), acme, entries("ACME robotics, Ltd", "Zeta", "gmail.com", "gmail.com"));

        assertThat(flags)
                .containsExactly(new Flag(
                        Kind.AFFINITY_BIAS, 1, Affinity.ORGANIZATION, List.of(1L, 2L), 2, 4, 20.0, 0.0, null, null));
    }

    /** The same panel with E1 75 and E2 70: leans of 5, below the 10 points that make a flag. */
    @Test
    void aSmallLeanIsNotFlagged() {
        Judge acme = new Judge(1, "judge@acme.cn", "Acme Robotics");
        assertThat(find(SINGLE, panel(75, 70), acme, entries("Acme Robotics", "Zeta", "gmail.com", "gmail.com")))
                .isEmpty();
    }

    @Test
    void anEmailDomainIsTheOrganizationsAndARegionIsACountryDomain() {
        Judge tsinghua = new Judge(1, "prof@cs.tsinghua.edu.cn", null);
        assertThat(find(SINGLE, panel(90, 85), tsinghua, entries(null, null, "tsinghua.edu.cn", "mit.edu")))
                .extracting(Flag::affinity)
                .containsExactly(Affinity.EMAIL_DOMAIN, Affinity.REGION);

        Judge berlin = new Judge(1, "juror@uni-berlin.de", null);
        assertThat(find(SINGLE, panel(90, 85), berlin, entries(null, null, "firm.de", "startup.fr")))
                .extracting(Flag::affinity)
                .containsExactly(Affinity.REGION);

        assertThat(Affinities.organizationDomain("a@mail.acme.com")).isEqualTo("acme.com");
        assertThat(Affinities.sameOrganization(
                        new Judge(1, "a@x.org", "MIT"), new EntryPeople(1, "MIT Media Lab", List.of())))
                .isTrue();
        assertThat(Affinities.sameOrganization(
                        new Judge(1, "a@x.org", "MIT"), new EntryPeople(1, "Smith College", List.of())))
                .isFalse();
        assertThat(Affinities.sameOrganization(
                        new Judge(1, "a@x.org", "清华大学"), new EntryPeople(1, "清华大学计算机系", List.of())))
                .isTrue();
        assertThat(Affinities.organizationDomain("a@qq.com")).isNull();
        assertThat(Affinities.region("a@x.io")).isNull();
        assertThat(Affinities.region("a@x.com")).isNull();
    }

    /** Judge 1 gives 7 and 7 to three of their four entries: 3 identical cards of 4, a total of 70. */
    @Test
    void identicalCardsAcrossManyEntriesAreFlaggedOnARubricOfSeveralCriteria() {
        List<Card> cards = List.of(
                new Card(1, 1, Map.of(1L, 7.0, 2L, 7.0)),
                new Card(2, 1, Map.of(1L, 7.0, 2L, 7.0)),
                new Card(3, 1, Map.of(1L, 7.0, 2L, 7.0)),
                new Card(4, 1, Map.of(1L, 5.0, 2L, 9.0)),
                new Card(1, 2, Map.of(1L, 6.0, 2L, 7.0)),
                new Card(2, 2, Map.of(1L, 7.0, 2L, 6.0)),
                new Card(3, 2, Map.of(1L, 8.0, 2L, 7.0)));
        Judge one = new Judge(1, "one@a.org", null);
        assertThat(find(TWO, cards, one, Map.of()))
                .containsExactly(
                        new Flag(Kind.IDENTICAL_SCORES, 1, null, List.of(1L, 2L, 3L), 3, 4, 70.0, null, null, null));

        // Two identical cards are not "many"; and on a single criterion a repeated score is ordinary.
        assertThat(find(TWO, cards.subList(1, 7), one, Map.of())).isEmpty();
        List<Card> single = List.of(card(1, 1, 70), card(2, 1, 70), card(3, 1, 70));
        assertThat(find(SINGLE, single, one, Map.of())).isEmpty();
    }

    @Test
    void cardsSubmittedSecondsAfterTheEntryWasFirstOpenedAreFlagged() {
        Instant t = Instant.parse("2026-12-01T10:00:00Z");
        List<Card> cards = List.of(card(1, 1, 70), card(2, 1, 60), card(1, 2, 65));
        List<Timing> timings = List.of(
                new Timing(1, 1, t.plusSeconds(12), t), // 12 s
                new Timing(2, 1, t.plusSeconds(300), t), // 5 min
                new Timing(1, 2, t.plusSeconds(45), t), // 45 s: enough
                new Timing(9, 1, t.plusSeconds(1), t)); // a card not counted (a conflict) is not judged
        List<Flag> flags = Anomalies.find(SINGLE, cards, Map.of(), Map.of(), timings);
        assertThat(flags)
                .containsExactly(new Flag(Kind.FAST_SUBMISSION, 1, null, List.of(1L), 1, 2, null, null, null, 12L));
    }

    /**
     * Two judges on five entries, 2 points apart on four (leans +2 and -2) and 40 apart on E5 (90 and
     * 50: leans +40 and -40). The ten leans have median 0 and median absolute deviation 2, so E5's
     * cards sit at 40 / (1.4826 * 2) = 13.49 robust z, both of them (with two judges, the rule cannot
     * tell whose card is off); the others at 0.67.
     */
    @Test
    void anExtremeDeviationIsFlaggedAgainstARobustYardstick() {
        List<Card> cards = new ArrayList<>(List.of(
                card(1, 1, 62),
                card(1, 2, 60),
                card(2, 1, 60),
                card(2, 2, 62),
                card(3, 1, 62),
                card(3, 2, 60),
                card(4, 1, 60),
                card(4, 2, 62)));
        assertThat(Anomalies.find(SINGLE, cards, Map.of(), Map.of(), List.of())).isEmpty();

        cards.addAll(List.of(card(5, 1, 90), card(5, 2, 50)));
        assertThat(Anomalies.find(SINGLE, cards, Map.of(), Map.of(), List.of()))
                .containsExactly(
                        new Flag(Kind.EXTREME_DEVIATION, 1, null, List.of(5L), 1, 1, 90.0, 50.0, 13.49, null),
                        new Flag(Kind.EXTREME_DEVIATION, 2, null, List.of(5L), 1, 1, 50.0, 90.0, -13.49, null));
    }
}
