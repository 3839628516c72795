package org.laurel.awards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.laurel.awards.AwardViews.Candidate;
import org.laurel.awards.AwardViews.TierPivot;
import org.laurel.programs.ProgramView.PrizeTierView;

/**
 * Prizes that hang on one judge, worked by hand: Gold (one, program-wide) and Silver (one, category
 * 7). Officially A (80) wins Gold and B (78) Silver; C (60) wins nothing.
 */
class TierPivotsTest {

    static Candidate c(long id, int rank, double score) {
        return new Candidate(id, "E" + id, null, 7L, rank, score);
    }

    static final List<PrizeTierView> TIERS =
            List.of(new PrizeTierView(1, "Gold", 1, 1, null), new PrizeTierView(2, "Silver", 2, 1, 7L));
    static final List<Candidate> OFFICIAL = List.of(c(1, 1, 80), c(2, 2, 78), c(3, 3, 60));

    @Test
    void anEntryWhosePrizeChangesWithoutOneJudgeNamesThatJudgeAndBothTiers() {
        List<TierPivot> pivots = TierPivots.find(
                TIERS,
                OFFICIAL,
                List.of(
                        // Without Xu, B (82) passes A (79): the two swap Gold and Silver.
                        new TierPivots.Without("Xu", List.of(c(2, 1, 82), c(1, 2, 79), c(3, 3, 60))),
                        // Without Yan, nothing moves.
                        new TierPivots.Without("Yan", List.of(c(1, 1, 81), c(2, 2, 77), c(3, 3, 61))),
                        // Without Zhou, C (79) passes B (70): B loses Silver, C gains it.
                        new TierPivots.Without("Zhou", List.of(c(1, 1, 80), c(3, 2, 79), c(2, 3, 70)))),
                id -> "Category " + id);

        assertThat(pivots)
                .containsExactly(
                        new TierPivot(1, "E1", "Xu", "Gold", "Silver", false),
                        new TierPivot(2, "E2", "Xu", "Silver", "Gold", false),
                        new TierPivot(2, "E2", "Zhou", "Silver", null, false),
                        new TierPivot(3, "E3", "Zhou", null, "Silver", false));
    }

    /** Without Wu, A and B both score 79: tied for Gold's one place, the organizer's call; both are named. */
    @Test
    void aTieAtALastPlaceIsReportedAsATieNotAsTheProposalsPick() {
        List<TierPivot> pivots = TierPivots.find(
                TIERS,
                OFFICIAL,
                List.of(new TierPivots.Without("Wu", List.of(c(1, 1, 79), c(2, 1, 79), c(3, 3, 60)))),
                id -> "Category " + id);
        assertThat(pivots)
                .containsExactly(
                        new TierPivot(1, "E1", "Wu", "Gold", "Gold", true),
                        new TierPivot(2, "E2", "Wu", "Silver", "Gold", true));
    }

    @Test
    void withoutTiersNothingIsAPrize() {
        assertThat(TierPivots.find(List.of(), OFFICIAL, List.of(new TierPivots.Without("Xu", OFFICIAL)), id -> ""))
                .isEmpty();
    }
}
