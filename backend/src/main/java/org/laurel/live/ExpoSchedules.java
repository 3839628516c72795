package org.laurel.live;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.laurel.entries.EntryDirectory;
import org.laurel.entries.EntryFacts;
import org.laurel.live.LiveParts.Session;
import org.laurel.live.LiveParts.Slot;
import org.laurel.programs.EventPrograms;
import org.laurel.programs.ProgramView;
import org.laurel.programs.RoundService;
import org.laurel.programs.RoundView;
import org.laurel.shared.ProblemException;

/**
 * Reads an event's public schedule ({@link StageSchedule}) in a fixed number of queries whatever
 * the number of slots: the published programs, their live rounds, those rounds' sessions, all
 * their slots, and the entries' titles. Only published programs appear; a slug that answers to
 * nothing published is a 404, so a draft's existence is never revealed.
 */
@Singleton
class ExpoSchedules {

    private final EventPrograms programs;
    private final RoundService rounds;
    private final LiveParts.Sessions sessions;
    private final LiveParts.Slots slots;
    private final EntryDirectory entries;
    private final Clock clock;

    ExpoSchedules(
            EventPrograms programs,
            RoundService rounds,
            LiveParts.Sessions sessions,
            LiveParts.Slots slots,
            EntryDirectory entries,
            Clock clock) {
        this.programs = programs;
        this.rounds = rounds;
        this.sessions = sessions;
        this.slots = slots;
        this.entries = entries;
        this.clock = clock;
    }

    StageSchedule.Schedule of(String slug) {
        List<ProgramView> shown = programs.published(slug);
        if (shown.isEmpty()) {
            throw new ProblemException.NotFound("event-not-found", "No published event or program " + slug + ".");
        }
        Map<Long, ProgramView> programOf =
                shown.stream().collect(Collectors.toMap(ProgramView::id, Function.identity()));
        Map<Long, RoundView> roundOf = rounds.liveRoundsOf(programOf.keySet()).stream()
                .collect(Collectors.toMap(RoundView::id, Function.identity()));
        List<Session> running = roundOf.isEmpty() ? List.of() : sessions.findByRoundIdIn(roundOf.keySet());
        Map<Long, Session> sessionOf = running.stream().collect(Collectors.toMap(Session::id, Function.identity()));
        List<Slot> all = sessionOf.isEmpty() ? List.of() : slots.findBySessionIdInOrderByPosition(sessionOf.keySet());
        Map<Long, EntryFacts> facts = new HashMap<>();
        if (!all.isEmpty()) {
            entries.facts(all.stream().map(Slot::entryId).distinct().toList()).forEach(f -> facts.put(f.entryId(), f));
        }
        List<StageSchedule.Placed> placed = new ArrayList<>();
        for (Slot s : all) {
            Session session = sessionOf.get(s.sessionId());
            RoundView round = roundOf.get(session.roundId());
            ProgramView program = programOf.get(round.programId());
            EntryFacts f = facts.get(s.entryId());
            Instant end = s.plannedStart() == null
                    ? null
                    : s.plannedStart().plusSeconds(60L * (s.pitchMinutes() + s.qaMinutes()));
            boolean live = StageSchedule.onStage(
                    session.status() == LiveParts.SessionStatus.RUNNING, session.currentSlotId(), s.id(), s.state());
            placed.add(new StageSchedule.Placed(
                    session.stage() == null ? round.name() : session.stage(),
                    new StageSchedule.Item(
                            session.id(),
                            s.id(),
                            program.slug(),
                            program.title(),
                            round.name(),
                            s.entryId(),
                            f == null ? "?" : f.title(),
                            f == null ? null : f.organization(),
                            s.position(),
                            s.plannedStart(),
                            end,
                            s.state(),
                            live)));
        }
        Instant now = clock.instant();
        return new StageSchedule.Schedule(
                slug,
                shown.get(0).timeZone(),
                now,
                shown.stream()
                        .map(p -> new StageSchedule.ProgramRef(p.id(), p.slug(), p.title()))
                        .toList(),
                StageSchedule.stages(placed, now));
    }
}
