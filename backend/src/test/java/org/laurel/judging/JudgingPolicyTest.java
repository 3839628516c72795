package org.laurel.judging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.laurel.entries.EntryAccess.Sight;
import org.laurel.judging.JudgingPolicy.Seat;
import org.laurel.judging.JudgingPolicy.Standing;
import org.laurel.programs.RoundStatus;

/** Each question of the judging policy, answered from a judge's standing on one entry. */
class JudgingPolicyTest {

    static Seat seat(long roundId, RoundStatus status, boolean blind) {
        return new Seat(roundId, status, blind, Instant.EPOCH, java.util.Optional.empty());
    }

    static Standing standing(boolean recused, Seat... seats) {
        return new Standing(recused, List.of(seats));
    }

    @Test
    void anAssignedJudgeOfAnOpenRoundMaySeeScoreAndOpenTheFiles() {
        Standing s = standing(false, seat(1, RoundStatus.OPEN, false));

        assertThat(s.maySee(1)).isTrue();
        assertThat(s.mayScore(1)).isTrue();
        assertThat(s.sight()).isEqualTo(Sight.OPEN);
        assertThat(s.recused()).isFalse();
    }

    @Test
    void aRecusedJudgeMayDoNothingWithTheEntryInAnyRound() {
        Standing s = standing(true, seat(1, RoundStatus.OPEN, false), seat(2, RoundStatus.CLOSED, false));

        assertThat(s.maySee(1)).isFalse();
        assertThat(s.mayScore(1)).isFalse();
        assertThat(s.maySee(2)).isFalse();
        assertThat(s.sight()).isEqualTo(Sight.NONE);
        assertThat(s.recused()).isTrue();
    }

    @Test
    void aJudgeNotAssignedInTheRoundMayNeitherSeeNorScoreItThere() {
        Standing elsewhere = standing(false, seat(2, RoundStatus.OPEN, false));
        Standing nowhere = standing(false);

        assertThat(elsewhere.maySee(1)).isFalse();
        assertThat(elsewhere.mayScore(1)).isFalse();
        // Files follow the entry, not the round: assigned in round 2 is enough to open them.
        assertThat(elsewhere.sight()).isEqualTo(Sight.OPEN);
        assertThat(nowhere.maySee(1)).isFalse();
        assertThat(nowhere.sight()).isEqualTo(Sight.NONE);
    }

    @Test
    void aRoundThatHasNotStartedShowsNothing() {
        Standing s = standing(false, seat(1, RoundStatus.DRAFT, true));

        assertThat(s.maySee(1)).isFalse();
        assertThat(s.mayScore(1)).isFalse();
        assertThat(s.sight()).isEqualTo(Sight.NONE);
    }

    @Test
    void aClosedOrFinalizedRoundStaysVisibleButTakesNoScores() {
        for (RoundStatus over : List.of(RoundStatus.CLOSED, RoundStatus.FINALIZED)) {
            Standing s = standing(false, seat(1, over, false));

            assertThat(s.maySee(1)).as(over.name()).isTrue();
            assertThat(s.mayScore(1)).as(over.name()).isFalse();
            assertThat(s.sight()).as(over.name()).isEqualTo(Sight.OPEN);
        }
    }

    @Test
    void aJudgeWhoJudgesTheEntryBlindAnywhereSeesItBlindEverywhere() {
        Standing blindToo = standing(false, seat(1, RoundStatus.FINALIZED, false), seat(2, RoundStatus.OPEN, true));
        Standing blindNotStarted = standing(false, seat(1, RoundStatus.OPEN, false), seat(2, RoundStatus.DRAFT, true));

        assertThat(blindToo.sight()).isEqualTo(Sight.BLIND);
        // A blind round that has not started yet shows nothing, so it hides nothing either.
        assertThat(blindNotStarted.sight()).isEqualTo(Sight.OPEN);
    }

    @Test
    void aLivePitchTakesScoresOnlyInScoringBeforeTheHostClosesIt() {
        assertThat(JudgingPolicy.pitchAcceptsScores(true, false)).isTrue();
        assertThat(JudgingPolicy.pitchAcceptsScores(true, true)).isFalse();
        assertThat(JudgingPolicy.pitchAcceptsScores(false, false)).isFalse();
    }

    @Test
    void theQueueAppliesTheSameRule() {
        assertThat(JudgingPolicy.sees(RoundStatus.OPEN, false)).isTrue();
        assertThat(JudgingPolicy.sees(RoundStatus.CLOSED, false)).isTrue();
        assertThat(JudgingPolicy.sees(RoundStatus.DRAFT, false)).isFalse();
        assertThat(JudgingPolicy.sees(RoundStatus.OPEN, true)).isFalse();
        assertThat(JudgingPolicy.scores(RoundStatus.OPEN, false)).isTrue();
        assertThat(JudgingPolicy.scores(RoundStatus.CLOSED, false)).isFalse();
    }
}
