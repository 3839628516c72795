package org.laurel.live;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laurel.shared.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SlotMachineTest {

    @Test
    void theHappyPathGoesFromWaitingToDone() {
        SlotState s = SlotState.WAITING;
        s = SlotMachine.next(s, false, LiveAction.START_PITCH);
        assertThat(s).isEqualTo(SlotState.PITCH);
        s = SlotMachine.next(s, false, LiveAction.START_QA);
        assertThat(s).isEqualTo(SlotState.QA);
        s = SlotMachine.next(s, false, LiveAction.OPEN_SCORING);
        assertThat(s).isEqualTo(SlotState.SCORING);
        assertThat(SlotMachine.next(s, false, LiveAction.CLOSE_SCORING)).isEqualTo(SlotState.SCORING);
        s = SlotMachine.next(s, true, LiveAction.REVEAL);
        assertThat(s).isEqualTo(SlotState.REVEALED);
        assertThat(SlotMachine.next(s, true, LiveAction.NEXT)).isEqualTo(SlotState.DONE);
    }

    @ParameterizedTest
    @CsvSource({
            "PITCH, false, OPEN_SCORING, SCORING",   // Q&A may be skipped
            "REVEALED, true, REOPEN_SCORING, SCORING",
            "DONE, true, REOPEN_SCORING, SCORING",
            "SCORING, true, REOPEN_SCORING, SCORING",
            "WAITING, false, SKIP, SKIPPED",
    })
    void otherLegalMoves(SlotState from, boolean closed, LiveAction action, SlotState to) {
        assertThat(SlotMachine.next(from, closed, action)).isEqualTo(to);
    }

    @ParameterizedTest
    @CsvSource({
            "WAITING, false, START_QA",
            "WAITING, false, REVEAL",
            "PITCH, false, START_PITCH",
            "QA, false, START_QA",
            "SCORING, false, NEXT",
            "SCORING, true, CLOSE_SCORING",
            "SCORING, false, REOPEN_SCORING",
            "REVEALED, true, REVEAL",
            "DONE, true, START_PITCH",
            "SKIPPED, true, START_PITCH",
            "PITCH, false, SKIP",
            "QA, false, REOPEN_SCORING",
    })
    void illegalMovesAre409sThatNameTheState(SlotState from, boolean closed, LiveAction action) {
        assertThatThrownBy(() -> SlotMachine.next(from, closed, action))
                .isInstanceOf(ProblemException.Conflict.class)
                .hasMessageContaining(action.name()).hasMessageContaining(from.name());
    }

    @Test
    void sessionActionsAreNotSlotMoves() {
        assertThatThrownBy(() -> SlotMachine.next(SlotState.PITCH, false, LiveAction.PAUSE)).isInstanceOf(IllegalArgumentException.class);
    }
}
