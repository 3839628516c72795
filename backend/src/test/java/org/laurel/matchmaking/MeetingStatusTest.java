package org.laurel.matchmaking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.laurel.matchmaking.MeetingStatus.Side;
import org.laurel.matchmaking.MeetingStatus.Step;

/** The meeting's state machine, every status by every side and step. */
class MeetingStatusTest {

    @Test
    void theTeamAnswersARequestAndOnlyTheInvestorWithdrawsIt() {
        assertThat(MeetingStatus.REQUESTED.after(Side.TEAM, Step.ACCEPT)).isEqualTo(MeetingStatus.ACCEPTED);
        assertThat(MeetingStatus.REQUESTED.after(Side.TEAM, Step.DECLINE)).isEqualTo(MeetingStatus.DECLINED);
        assertThat(MeetingStatus.REQUESTED.after(Side.TEAM, Step.CANCEL)).isNull();
        assertThat(MeetingStatus.REQUESTED.after(Side.INVESTOR, Step.CANCEL)).isEqualTo(MeetingStatus.CANCELLED);
        assertThat(MeetingStatus.REQUESTED.after(Side.INVESTOR, Step.ACCEPT)).isNull();
        assertThat(MeetingStatus.REQUESTED.after(Side.INVESTOR, Step.DECLINE)).isNull();
    }

    @Test
    void eitherSideCallsOffAnAcceptedMeetingAndTheEndsAreFinal() {
        for (Side side : Side.values()) {
            assertThat(MeetingStatus.ACCEPTED.after(side, Step.CANCEL)).isEqualTo(MeetingStatus.CANCELLED);
            assertThat(MeetingStatus.ACCEPTED.after(side, Step.ACCEPT)).isNull();
            assertThat(MeetingStatus.ACCEPTED.after(side, Step.DECLINE)).isNull();
            for (Step step : Step.values()) {
                assertThat(MeetingStatus.DECLINED.after(side, step)).isNull();
                assertThat(MeetingStatus.CANCELLED.after(side, step)).isNull();
            }
            assertThat(MeetingStatus.DECLINED.allowed(side)).isEmpty();
        }
        assertThat(MeetingStatus.REQUESTED.allowed(Side.TEAM)).containsExactlyInAnyOrder(Step.ACCEPT, Step.DECLINE);
        assertThat(MeetingStatus.REQUESTED.open()).isTrue();
        assertThat(MeetingStatus.ACCEPTED.open()).isTrue();
        assertThat(MeetingStatus.DECLINED.open()).isFalse();
    }

    @Test
    void scoreBandsAreTenPointsWideAndTopOutAtNinetyToAHundred() {
        assertThat(InvestorProjects.band(0)).isEqualTo("0-9");
        assertThat(InvestorProjects.band(79.99)).isEqualTo("70-79");
        assertThat(InvestorProjects.band(80)).isEqualTo("80-89");
        assertThat(InvestorProjects.band(100)).isEqualTo("90-100");
    }
}
