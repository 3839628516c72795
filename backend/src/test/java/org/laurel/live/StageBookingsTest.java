package org.laurel.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.laurel.live.StageBookings.Booking;

class StageBookingsTest {

    static final Instant T = Instant.parse("2026-12-08T02:00:00Z");

    static Booking at(long session, long round, String stage, int fromMinute, int toMinute) {
        return new Booking(
                session,
                round,
                stage,
                session * 100 + fromMinute,
                T.plusSeconds(60L * fromMinute),
                T.plusSeconds(60L * toMinute));
    }

    @Test
    void aSharedJudgeAtOverlappingTimesClashesAndBackToBackDoesNot() {
        List<Booking> mine = List.of(at(1, 10, "Hall A", 0, 15), at(1, 10, "Hall A", 15, 30));
        Map<Long, Set<Long>> panels = Map.of(20L, Set.of(7L, 8L));
        assertThat(StageBookings.first(mine, Set.of(8L, 9L), List.of(at(2, 20, "Hall B", 30, 45)), panels))
                .as("back to back")
                .isEmpty();
        var clash = StageBookings.first(mine, Set.of(9L, 8L), List.of(at(2, 20, "Hall B", 20, 35)), panels);
        assertThat(clash).isPresent();
        assertThat(clash.get().judgeId()).isEqualTo(8L);
        assertThat(clash.get().mine().start()).isEqualTo(T.plusSeconds(60 * 15));
        assertThat(StageBookings.first(mine, Set.of(9L), List.of(at(2, 20, "Hall B", 20, 35)), panels))
                .as("no judge in common")
                .isEmpty();
    }

    @Test
    void theSameStageAtOverlappingTimesClashesWhateverTheCaseAndNamelessStagesNever() {
        List<Booking> mine = List.of(at(1, 10, "Hall A", 0, 15));
        var clash = StageBookings.first(mine, Set.of(), List.of(at(2, 20, "hall a", 10, 25)), Map.of());
        assertThat(clash).isPresent();
        assertThat(clash.get().judgeId()).as("the stage, not a judge").isNull();
        assertThat(StageBookings.first(
                        List.of(at(1, 10, null, 0, 15)), Set.of(), List.of(at(2, 20, null, 0, 15)), Map.of()))
                .isEmpty();
        assertThat(StageBookings.first(mine, Set.of(), List.of(at(1, 10, "Hall A", 0, 15)), Map.of()))
                .as("a session never clashes with itself")
                .isEmpty();
    }
}
