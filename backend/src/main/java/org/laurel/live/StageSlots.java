package org.laurel.live;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.laurel.live.LiveParts.Session;
import org.laurel.live.LiveParts.Slot;
import org.laurel.programs.RoundService;

/** Where entries pitch on the expo's stages, for pages that link a project to its slot (the showcase). */
@Singleton
public class StageSlots {

    /** An entry's latest slot: its session (the big screen), stage, round and planned start. */
    @Serdeable
    public record SlotRef(
            long sessionId,
            @Nullable String stage,
            String roundName,
            @Nullable Instant plannedStart) {}

    private final LiveParts.Slots slots;
    private final LiveParts.Sessions sessions;
    private final RoundService rounds;
    private final io.micronaut.json.JsonMapper json;

    StageSlots(
            LiveParts.Slots slots,
            LiveParts.Sessions sessions,
            RoundService rounds,
            io.micronaut.json.JsonMapper json) {
        this.slots = slots;
        this.sessions = sessions;
        this.rounds = rounds;
        this.json = json;
    }

    /**
     * The final score each of these entries was revealed with on a big screen (its latest
     * reveal), in one query: what the hall has already seen, so a band of it may be shown on.
     */
    public Map<Long, Double> revealedScores(Collection<Long> entryIds) {
        Map<Long, Double> out = new HashMap<>();
        if (entryIds.isEmpty()) {
            return out;
        }
        slots.findByEntryIdIn(entryIds).stream()
                .filter(s -> s.revealJson() != null && (s.state() == SlotState.REVEALED || s.state() == SlotState.DONE))
                .sorted(java.util.Comparator.comparingLong(Slot::sessionId))
                .forEach(s -> {
                    try {
                        out.put(
                                s.entryId(),
                                json.readValue(s.revealJson(), LiveViews.Reveal.class)
                                        .finalScore());
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
        return out;
    }

    /** Each entry's slot (the one in the latest session when it pitched in several), in two queries plus one round read per session. */
    public Map<Long, SlotRef> of(Collection<Long> entryIds) {
        Map<Long, SlotRef> out = new HashMap<>();
        if (entryIds.isEmpty()) {
            return out;
        }
        List<Slot> found = slots.findByEntryIdIn(entryIds);
        if (found.isEmpty()) {
            return out;
        }
        Map<Long, Session> byId = sessions
                .findByIdIn(found.stream().map(Slot::sessionId).distinct().toList())
                .stream()
                .collect(Collectors.toMap(Session::id, Function.identity()));
        // One round read per session, not per slot: a gallery of hundreds shares a few sessions.
        Map<Long, String> roundNames = new HashMap<>();
        byId.values()
                .forEach(session -> roundNames.put(
                        session.id(), rounds.find(session.roundId()).name()));
        found.stream()
                .sorted(java.util.Comparator.comparingLong(Slot::sessionId))
                .forEach(s -> {
                    Session session = byId.get(s.sessionId());
                    if (session != null) {
                        out.put(
                                s.entryId(),
                                new SlotRef(
                                        session.id(), session.stage(), roundNames.get(session.id()), s.plannedStart()));
                    }
                });
        return out;
    }
}
