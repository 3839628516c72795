package org.laurel.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.laurel.awards.AwardViews.Candidate;
import org.laurel.awards.AwardViews.TierProposal;
import org.laurel.programs.ProgramView.PrizeTierView;

/** Each tier names who may win it, ranked by the server, so the winners page shows ranks instead of re-ranking. */
class TierCandidatesTest {

    static Candidate c(long id, Long category, int rank, double score) {
        return new Candidate(id, "E" + id, null, category, rank, score);
    }

    @Test
    void aCategoryTierDrawsFromItsCategoryBestFirst() {
        List<Candidate> mixed = List.of(c(21, 7L, 2, 60), c(22, 7L, 1, 75), c(23, 8L, 1, 99));

        TierProposal tier = WinnerProposals.propose(
                        List.of(new PrizeTierView(1, "Hardware prize", 1, 1, 7L)), mixed, Map.of(7L, "Hardware")::get)
                .get(0);

        assertThat(tier.candidates()).extracting(Candidate::entryId).containsExactly(22L, 21L);
    }

    @Test
    void aProgramWideTierRanksEveryCategoryTogetherByScoreAsShownEqualScoresSharingARank() {
        // 88.001 and 88 both show as 88.00: they share rank 1, their own order kept; 70 is third.
        List<Candidate> mixed = List.of(c(31, 7L, 1, 88.001), c(32, 8L, 1, 88), c(33, 7L, 2, 70));

        TierProposal gold = WinnerProposals.propose(
                        List.of(new PrizeTierView(1, "Gold", 1, 1, null)), mixed, id -> null)
                .get(0);

        assertThat(gold.candidates())
                .extracting(Candidate::entryId, Candidate::rank)
                .containsExactly(tuple(31L, 1), tuple(32L, 1), tuple(33L, 3));
    }

    @Test
    void entriesProposedForAHigherTierStayCandidatesOfTheLowerOnes() {
        List<Candidate> ranking = List.of(c(10, 7L, 1, 91), c(11, 7L, 2, 85));

        List<TierProposal> tiers = WinnerProposals.propose(
                List.of(new PrizeTierView(1, "Gold", 1, 1, null), new PrizeTierView(2, "Silver", 2, 1, null)),
                ranking,
                id -> null);

        assertThat(tiers.get(1).proposed()).extracting(Candidate::entryId).containsExactly(11L);
        // The organizer may still move the Gold winner down: the page shows it, marked as chosen elsewhere.
        assertThat(tiers.get(1).candidates()).extracting(Candidate::entryId).containsExactly(10L, 11L);
    }
}
