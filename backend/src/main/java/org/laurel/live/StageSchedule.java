package org.laurel.live;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The public schedule of an event's stages: every live session's slots grouped by the stage they
 * run on, in time order, with what is on each stage now and next. One rule for "now": the slot
 * the host has on stage (pitch, Q&A, scoring or reveal) in a running session; failing that, a
 * slot not yet done whose planned time spans this moment. "Next": the first waiting slot after it
 * that has not already run past its planned end.
 */
public final class StageSchedule {

    private StageSchedule() {}

    /** States in which the hall is busy with a slot. */
    private static final Set<SlotState> ON_STAGE =
            Set.of(SlotState.PITCH, SlotState.QA, SlotState.SCORING, SlotState.REVEALED);

    /**
     * One pitch on the schedule. {@code live}: the host has it on stage now; {@code plannedEnd} is
     * the planned start plus its pitch and Q&A minutes.
     */
    @Serdeable
    public record Item(
            long sessionId,
            long slotId,
            String programSlug,
            String programTitle,
            String roundName,
            long entryId,
            String title,
            @Nullable String organization,
            int order,
            @Nullable Instant plannedStart,
            @Nullable Instant plannedEnd,
            SlotState state,
            boolean live) {}

    /** A stage: its sessions ({@code sessionIds}, for their big screens and event streams) and items in time order. */
    @Serdeable
    public record Stage(
            String name,
            List<Long> sessionIds,
            @Nullable Item now,
            @Nullable Item next,
            List<Item> items) {}

    /**
     * {@code slug} as asked; {@code programs} the published programs it covers; times are instants,
     * shown in {@code timeZone} (the first program's).
     */
    @Serdeable
    public record Schedule(
            String slug, String timeZone, Instant serverTime, List<ProgramRef> programs, List<Stage> stages) {}

    @Serdeable
    public record ProgramRef(long id, String slug, String title) {}

    /** A session's slot on its stage (a session without a stage name is on a stage named after its round). */
    record Placed(String stage, Item item) {}

    /**
     * Whether the host has this slot on stage: the session runs, the slot is its current one, and
     * it is past waiting (pitch, Q&A, scoring or reveal). The service sets {@link Item#live} with it.
     */
    static boolean onStage(boolean running, @Nullable Long currentSlotId, long slotId, SlotState state) {
        return running && Long.valueOf(slotId).equals(currentSlotId) && ON_STAGE.contains(state);
    }

    static List<Stage> stages(List<Placed> placed, Instant now) {
        Map<String, List<Item>> byStage = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        placed.stream().sorted(ORDER).forEach(p -> {
            String key = p.stage().strip().toLowerCase(Locale.ROOT);
            names.putIfAbsent(key, p.stage().strip());
            byStage.computeIfAbsent(key, k -> new ArrayList<>()).add(p.item());
        });
        List<Stage> out = new ArrayList<>();
        byStage.forEach((key, items) -> {
            Item current = nowOn(items, now);
            Item next = items.stream()
                    .filter(i -> i.state() == SlotState.WAITING && i != current)
                    .filter(i -> i.plannedEnd() == null || i.plannedEnd().isAfter(now))
                    .filter(i -> current == null || after(i, current))
                    .findFirst()
                    .orElse(null);
            List<Long> sessions = items.stream().map(Item::sessionId).distinct().toList();
            out.add(new Stage(names.get(key), sessions, current, next, items));
        });
        out.sort(Comparator.comparing(Stage::name, String.CASE_INSENSITIVE_ORDER));
        return out;
    }

    /** Planned time first (untimed slots after), then session and running order. */
    private static final Comparator<Placed> ORDER = Comparator.comparing(
                    (Placed p) -> p.item().plannedStart(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(p -> p.item().sessionId())
            .thenComparingInt(p -> p.item().order());

    @Nullable
    private static Item nowOn(List<Item> items, Instant now) {
        for (Item i : items) {
            if (i.live()) {
                return i;
            }
        }
        for (Item i : items) {
            if (i.plannedStart() != null
                    && !i.plannedStart().isAfter(now)
                    && i.plannedEnd().isAfter(now)
                    && i.state() != SlotState.DONE
                    && i.state() != SlotState.SKIPPED) {
                return i;
            }
        }
        return null;
    }

    /** Whether {@code i} comes after {@code current} in the stage's running order. */
    private static boolean after(Item i, Item current) {
        if (i.sessionId() == current.sessionId()) {
            return i.order() > current.order();
        }
        return current.plannedStart() == null
                || i.plannedStart() == null
                || !i.plannedStart().isBefore(current.plannedStart());
    }
}
