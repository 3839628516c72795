package org.laurel.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.laurel.live.StageSchedule.Item;
import org.laurel.live.StageSchedule.Placed;
import org.laurel.live.StageSchedule.Stage;

class StageScheduleTest {

    static final Instant T = Instant.parse("2026-12-08T02:00:00Z");

    static Placed slot(String stage, long session, int order, Integer fromMinute, SlotState state, boolean live) {
        Instant start = fromMinute == null ? null : T.plusSeconds(60L * fromMinute);
        return new Placed(
                stage,
                new Item(
                        session,
                        session * 10 + order,
                        "expo",
                        "Expo",
                        "Round " + session,
                        order,
                        "Pitch " + order,
                        null,
                        order,
                        start,
                        start == null ? null : start.plusSeconds(15 * 60),
                        state,
                        live));
    }

    @Test
    void theSlotTheHostHasOnStageIsNowAndTheNextWaitingOneIsNext() {
        List<Stage> stages = StageSchedule.stages(
                List.of(
                        slot("Hall B", 2, 1, 0, SlotState.WAITING, false),
                        slot("Hall A", 1, 2, 15, SlotState.WAITING, false),
                        slot("Hall A", 1, 1, 0, SlotState.QA, true)),
                T.plusSeconds(60 * 20)); // running late: slot 1 was planned to end at minute 15
        Stage a = stages.get(0);
        assertThat(a.name()).isEqualTo("Hall A");
        assertThat(a.now().order()).isEqualTo(1);
        assertThat(a.next().order()).isEqualTo(2);
        assertThat(a.items()).extracting(Item::order).containsExactly(1, 2);
        // Hall B's host has not started, and its only slot's planned time is over: nothing now or next.
        Stage b = stages.get(1);
        assertThat(b.now()).isNull();
        assertThat(b.next()).isNull();
    }

    @Test
    void withoutAHostThePlannedTimeSaysWhatIsOnAndStagesGroupWhateverTheCase() {
        List<Stage> stages = StageSchedule.stages(
                List.of(
                        slot("Hall A", 1, 1, 0, SlotState.WAITING, false),
                        slot("hall a ", 3, 1, 15, SlotState.WAITING, false),
                        slot("Hall A", 1, 2, null, SlotState.WAITING, false)),
                T.plusSeconds(60 * 5));
        assertThat(stages).hasSize(1);
        Stage a = stages.get(0);
        assertThat(a.sessionIds()).containsExactly(1L, 3L);
        assertThat(a.now().sessionId()).isEqualTo(1L);
        assertThat(a.next().sessionId())
                .as("the next by time, from another session on the stage")
                .isEqualTo(3L);
        assertThat(a.items().get(2).plannedStart()).as("untimed slots last").isNull();
    }
}
