package org.laurel.live;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.laurel.live.LiveParts.Slot;

/**
 * The one rule for booking the expo's stages: a slot occupies its stage, and every judge of its
 * round's panel (a live panel scores every pitch), from its planned start for its pitch and Q&A
 * minutes. Two slots of different sessions may not overlap on the same stage, nor share a judge
 * while they overlap. A slot without a planned start books nothing: there is nothing to clash with.
 */
final class StageBookings {

    private StageBookings() {}

    /** A slot's time on a stage, [start, end). */
    record Booking(long sessionId, long roundId, @Nullable String stage, long slotId, Instant start, Instant end) {

        boolean overlaps(Booking other) {
            return start.isBefore(other.end) && other.start.isBefore(end);
        }

        boolean sameStage(Booking other) {
            return stage != null && other.stage != null && stage.equalsIgnoreCase(other.stage);
        }
    }

    /** {@code judgeId} null: the stage itself is taken; otherwise the judge who would be in two places. */
    record Clash(@Nullable Long judgeId, Booking mine, Booking theirs) {}

    /** The bookings of a session's timed slots, for the stage it runs on. */
    static List<Booking> of(long sessionId, long roundId, @Nullable String stage, List<Slot> slots) {
        return slots.stream()
                .filter(s -> s.plannedStart() != null)
                .map(s -> new Booking(
                        sessionId,
                        roundId,
                        stage,
                        s.id() == null ? -1 : s.id(),
                        s.plannedStart(),
                        s.plannedStart().plusSeconds(60L * (s.pitchMinutes() + s.qaMinutes()))))
                .toList();
    }

    /**
     * The earliest clash between a session's bookings and other sessions', or none. A shared stage
     * is reported before a shared judge; among judges, the lowest id, so the answer is stable.
     */
    static Optional<Clash> first(
            List<Booking> mine, Set<Long> myJudges, List<Booking> others, Map<Long, Set<Long>> judgesByRound) {
        List<Booking> ordered = mine.stream()
                .sorted(Comparator.comparing(Booking::start).thenComparingLong(Booking::slotId))
                .toList();
        List<Booking> theirs = others.stream()
                .sorted(Comparator.comparing(Booking::start).thenComparingLong(Booking::slotId))
                .toList();
        for (Booking m : ordered) {
            for (Booking o : theirs) {
                if (o.sessionId() == m.sessionId() || !m.overlaps(o)) {
                    continue;
                }
                if (m.sameStage(o)) {
                    return Optional.of(new Clash(null, m, o));
                }
                Optional<Long> shared = judgesByRound.getOrDefault(o.roundId(), Set.of()).stream()
                        .filter(myJudges::contains)
                        .min(Long::compare);
                if (shared.isPresent()) {
                    return Optional.of(new Clash(shared.get(), m, o));
                }
            }
        }
        return Optional.empty();
    }
}
