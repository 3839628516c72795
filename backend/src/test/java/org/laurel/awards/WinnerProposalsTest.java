package org.laurel.awards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.laurel.awards.AwardViews.Candidate;
import org.laurel.awards.AwardViews.TierProposal;
import org.laurel.awards.AwardViews.WinnerInput;
import org.laurel.programs.ProgramView.PrizeTierView;

class WinnerProposalsTest {

    static Candidate c(long id, Long category, int rank, double score) {
        return new Candidate(id, "E" + id, null, category, rank, score);
    }

    @Test
    void tiersFillFromTheTopAndAnEntryWinsOnce() {
        // Program-wide: Gold 1, Silver 2; category 7: Bronze 1.
        List<PrizeTierView> tiers = List.of(
                new PrizeTierView(1, "Gold", 1, 1, null),
                new PrizeTierView(2, "Silver", 2, 2, null),
                new PrizeTierView(3, "Bronze", 3, 1, 7L));
        List<Candidate> ranking =
                List.of(c(10, 7L, 1, 91), c(11, 7L, 2, 85), c(20, 8L, 1, 88), c(21, 8L, 2, 70), c(12, 7L, 3, 60));
        List<TierProposal> p = WinnerProposals.propose(tiers, ranking, Map.of(7L, "Hardware")::get);
        assertThat(p.get(0).proposed()).extracting(Candidate::entryId).containsExactly(10L);
        assertThat(p.get(1).proposed())
                .extracting(Candidate::entryId)
                .containsExactly(20L, 11L); // 88, 85 across categories
        assertThat(p.get(2).proposed()).extracting(Candidate::entryId).containsExactly(12L); // 10 and 11 already won
        assertThat(p.get(2).categoryName()).isEqualTo("Hardware");
        assertThat(p).allMatch(t -> t.tiedAtBoundary().isEmpty());
    }

    @Test
    void aTieAcrossATiersLastPlaceIsShownWithEveryoneInIt() {
        List<PrizeTierView> tiers = List.of(new PrizeTierView(1, "First", 1, 2, null));
        // 90, 85.004, 85.001: two decimals make the last two equal, so they share rank 2.
        List<Candidate> ranking = List.of(c(1, null, 1, 90), c(2, null, 2, 85.004), c(3, null, 3, 85.001));
        TierProposal first = WinnerProposals.propose(tiers, ranking, Map.<Long, String>of()::get)
                .get(0);
        assertThat(first.proposed()).extracting(Candidate::entryId).containsExactly(1L, 2L);
        assertThat(first.tiedAtBoundary()).extracting(Candidate::entryId).containsExactly(2L, 3L);
        assertThat(first.tiedAtBoundary()).extracting(Candidate::rank).containsOnly(2);
    }

    @Test
    void departingFromTheProposalIsDetected() {
        List<TierProposal> proposal = WinnerProposals.propose(
                List.of(new PrizeTierView(1, "Gold", 1, 1, null)),
                List.of(c(1, null, 1, 90), c(2, null, 2, 80)),
                Map.<Long, String>of()::get);
        assertThat(WinnerChoice.departs(List.of(new WinnerInput(1L, 1L)), proposal))
                .isFalse();
        assertThat(WinnerChoice.departs(List.of(new WinnerInput(2L, 1L)), proposal))
                .isTrue();
        assertThat(WinnerChoice.departs(List.of(), proposal))
                .as("a place left empty")
                .isTrue();
    }

    @Test
    void settlingATieBetweenTheTiedEntriesIsNotADeparture() {
        List<TierProposal> proposal = WinnerProposals.propose(
                List.of(new PrizeTierView(1, "First", 1, 2, null)),
                List.of(c(1, null, 1, 90), c(2, null, 2, 85), c(3, null, 2, 85)),
                Map.<Long, String>of()::get);
        assertThat(WinnerChoice.departs(List.of(new WinnerInput(1L, 1L), new WinnerInput(3L, 1L)), proposal))
                .isFalse();
        assertThat(WinnerChoice.departs(List.of(new WinnerInput(2L, 1L), new WinnerInput(3L, 1L)), proposal))
                .as("the clear winner left out")
                .isTrue();
    }

    @Test
    void roundNamesKeepTheirScriptInFileNames() {
        assertThat(org.laurel.judging.JudgingExportNames.of("Online review · 线上评审"))
                .isEqualTo("online-review-线上评审");
    }
}
