package org.laurel.live;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.laurel.entries.EntryDirectory;
import org.laurel.entries.EntryFacts;
import org.laurel.events.EventLog;
import org.laurel.judging.Aggregation;
import org.laurel.judging.JudgingViews.JudgeEntry;
import org.laurel.judging.PanelService;
import org.laurel.judging.ResultService;
import org.laurel.judging.ScoringService;
import org.laurel.live.LiveParts.Session;
import org.laurel.live.LiveParts.Slot;
import org.laurel.live.LiveViews.HostJudge;
import org.laurel.live.LiveViews.HostView;
import org.laurel.live.LiveViews.LeaderRow;
import org.laurel.live.LiveViews.LiveState;
import org.laurel.live.LiveViews.Reveal;
import org.laurel.live.LiveViews.RevealScore;
import org.laurel.live.LiveViews.SlotActions;
import org.laurel.live.LiveViews.SlotView;
import org.laurel.live.LiveViews.TabletView;
import org.laurel.programs.ProgramService;
import org.laurel.programs.RoundView;
import org.laurel.shared.ProblemException;

/**
 * Builds what each audience sees. The public {@link LiveState} is assembled from explicit, public
 * fields only (titles, organizations, judges' totals once revealed, anonymised unless the organizer
 * chose names): no comment, feedback or unrevealed score has a path into it. The numbers come
 * from the judging module's aggregation engine, the same one the results page uses.
 */
@Singleton
class LiveStates {

    private record Cached(long seq, LiveState state) {}

    private final LiveParts.Slots slots;
    private final EntryDirectory entries;
    private final ProgramService programs;
    private final PanelService panels;
    private final ResultService results;
    private final ScoringService scoring;
    private final AudienceStates audience;
    private final EventLog events;
    private final JsonMapper json;
    private final java.time.Clock clock;
    private final Map<Long, Cached> cache = new ConcurrentHashMap<>();

    LiveStates(
            LiveParts.Slots slots,
            EntryDirectory entries,
            ProgramService programs,
            PanelService panels,
            ResultService results,
            ScoringService scoring,
            AudienceStates audience,
            EventLog events,
            JsonMapper json,
            java.time.Clock clock) {
        this.slots = slots;
        this.entries = entries;
        this.programs = programs;
        this.panels = panels;
        this.results = results;
        this.scoring = scoring;
        this.audience = audience;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** The state as of now; rebuilt only when the session's event log has moved on (any instance's change). */
    LiveState current(Session session, RoundView round) {
        long seq = events.lastSeq(LiveService.topic(session.id()));
        Cached c = cache.get(session.id());
        if (c == null || c.seq() != seq) {
            c = new Cached(seq, build(session, round, seq));
            cache.put(session.id(), c);
        }
        return c.state().at(clock.instant(), seq);
    }

    LiveState build(Session session, RoundView round, long seq) {
        Instant now = clock.instant();
        List<Slot> all = slots.findBySessionIdOrderByPosition(session.id());
        Map<Long, EntryFacts> facts = entries
                .facts(all.stream().map(Slot::entryId).toList())
                .stream()
                .collect(Collectors.toMap(EntryFacts::entryId, Function.identity()));
        // A blind round names no organization, not even on the public screen.
        java.util.function.LongFunction<String> orgOf = id -> round.blind() ? null : org(facts, id);
        List<SlotView> views = all.stream()
                .map(s -> new SlotView(
                        s.id(),
                        s.entryId(),
                        title(facts, s.entryId()),
                        orgOf.apply(s.entryId()),
                        s.position(),
                        s.plannedStart(),
                        s.pitchMinutes(),
                        s.qaMinutes(),
                        s.state(),
                        s.scoringClosed(),
                        LiveSession.acceptsScores(s),
                        LiveSession.mayLeaveSchedule(s)))
                .toList();
        Slot current = all.stream()
                .filter(s -> s.id().equals(session.currentSlotId()))
                .findFirst()
                .orElse(null);
        Long remaining = null;
        Instant endsAt = null;
        if (current != null
                && current.phaseStartedAt() != null
                && (current.state() == SlotState.PITCH || current.state() == SlotState.QA)) {
            long limit = 60L * (current.state() == SlotState.PITCH ? current.pitchMinutes() : current.qaMinutes());
            endsAt = current.phaseStartedAt().plusSeconds(limit);
            remaining = java.time.Duration.between(session.pausedAt() != null ? session.pausedAt() : now, endsAt)
                    .toSeconds();
        }
        Reveal reveal = current != null && current.state() == SlotState.REVEALED && current.revealJson() != null
                ? read(current.revealJson())
                : null;
        LiveSession.Counts counts =
                current != null && (current.state() == SlotState.SCORING || current.state() == SlotState.REVEALED)
                        ? counts(round, current.entryId())
                        : new LiveSession.Counts(0, 0);
        List<Long> revealed = LiveSession.revealedEntries(all);
        AudienceStates.Tallies tallies = audience.tallies(session.id(), round.id());
        List<Aggregation.Result> judged = results.liveScores(round, revealed);
        List<LeaderRow> board = audience.board(judged, tallies, id -> title(facts, id), orgOf);
        // During a reveal the hall first sees the ranking as it stood before this pitch, ranked by
        // the same engine (ties and all), then the one with it.
        List<LeaderRow> before = reveal == null
                ? null
                : board(
                        round,
                        revealed.stream().filter(id -> id != reveal.entryId()).toList(),
                        tallies,
                        facts,
                        orgOf);
        org.laurel.programs.ProgramView program = programs.find(round.programId());
        return new LiveState(
                session.id(),
                round.id(),
                round.name(),
                program.title(),
                program.logoUrl(),
                program.brand().accentColor(),
                program.brand().accentText(),
                session.stage(),
                session.status().name(),
                session.pausedAt() != null,
                session.currentSlotId(),
                current == null ? null : current.state(),
                remaining,
                session.pausedAt() != null ? null : endsAt,
                now,
                views,
                new LiveSession(session, all).upNext(),
                reveal,
                board,
                before,
                counts.submitted(),
                counts.expected(),
                audience.view(
                        tallies,
                        all,
                        current,
                        judged,
                        reveal == null ? null : reveal.entryId(),
                        id -> title(facts, id)),
                seq);
    }

    private List<LeaderRow> board(
            RoundView round,
            List<Long> entryIds,
            AudienceStates.Tallies tallies,
            Map<Long, EntryFacts> facts,
            java.util.function.LongFunction<String> orgOf) {
        return audience.board(results.liveScores(round, entryIds), tallies, id -> title(facts, id), orgOf);
    }

    /** What the session aggregate needs to know about the round, its scorecards and its numbers. */
    LiveSession.Facts facts(RoundView round, Session session) {
        return new LiveSession.Facts() {
            @Override
            public LiveSession.Round round() {
                return new LiveSession.Round(round.id(), round.programId(), round.name(), round.status());
            }

            @Override
            public LiveSession.Counts counts(long entryId) {
                return LiveStates.this.counts(round, entryId);
            }

            @Override
            public String reveal(Slot slot, List<Long> revealedBefore) {
                return write(LiveStates.this.reveal(round, session, slot, revealedBefore));
            }
        };
    }

    /** Submitted and expected scorecards for a pitch: expected is the panel minus judges recused from it. */
    LiveSession.Counts counts(RoundView round, long entryId) {
        Set<Long> recused = panels.conflictedJudges(entryId);
        Set<Long> roster = panels.roster(round.id()).keySet();
        Map<Long, String> cards = scoring.cardStatuses(round.id(), entryId);
        int expected = 0;
        int submitted = 0;
        for (Long j : roster) {
            if (!recused.contains(j)) {
                expected++;
                if ("SUBMITTED".equals(cards.get(j))) {
                    submitted++;
                }
            }
        }
        return new LiveSession.Counts(submitted, expected);
    }

    /**
     * What the big screen shows at the reveal: every counted judge's total, the dropped ones, the
     * final. Computed together with the pitches already revealed, exactly as the leaderboard is,
     * so even a method that depends on other entries (z-scores) shows one number for the entry.
     */
    Reveal reveal(RoundView round, Session session, Slot slot, List<Long> revealedBefore) {
        List<Long> together = new ArrayList<>(revealedBefore);
        together.add(slot.entryId());
        Aggregation.Result r = results.liveScores(round, together).stream()
                .filter(x -> x.entryId() == slot.entryId())
                .findFirst()
                .orElseThrow();
        Map<Long, String> roster = panels.roster(round.id());
        Map<Long, Integer> number = numbers(roster);
        List<RevealScore> scores = r.totals().stream()
                .map(t -> new RevealScore(
                        number.getOrDefault(t.judgeId(), 0),
                        session.showJudgeNames() ? roster.get(t.judgeId()) : null,
                        Aggregation.round(t.total(), 2),
                        t.dropped()))
                .sorted(java.util.Comparator.comparingInt(RevealScore::judge))
                .toList();
        String title = entries.titles(List.of(slot.entryId())).getOrDefault(slot.entryId(), "?");
        return new Reveal(
                slot.id(), slot.entryId(), title, round.aggregation().name(), scores, Aggregation.round(r.score(), 2));
    }

    HostView host(Session session, RoundView round, LiveState state) {
        Map<Long, String> roster = panels.roster(round.id());
        Map<Long, Integer> number = numbers(roster);
        Slot current = state.currentSlotId() == null
                ? null
                : slots.findById(state.currentSlotId()).orElse(null);
        Set<Long> recused = current == null ? Set.of() : panels.conflictedJudges(current.entryId());
        Map<Long, String> cards = current == null ? Map.of() : scoring.cardStatuses(round.id(), current.entryId());
        List<HostJudge> judges = roster.entrySet().stream()
                .map(e -> new HostJudge(
                        e.getKey(),
                        number.get(e.getKey()),
                        e.getValue(),
                        recused.contains(e.getKey()) ? "RECUSED" : cards.getOrDefault(e.getKey(), "NOT_STARTED")))
                .toList();
        LiveConsole.Allowed allowed = new LiveSession(session, slots.findBySessionIdOrderByPosition(session.id()))
                .allowedActions(facts(round, session));
        List<SlotActions> perSlot = allowed.slots().entrySet().stream()
                .map(e -> new SlotActions(e.getKey(), e.getValue()))
                .toList();
        return new HostView(state, judges, session.showJudgeNames(), allowed.session(), perSlot, allowed.nextStep());
    }

    TabletView tablet(Session session, RoundView round, long judgeId) {
        Map<Long, String> roster = panels.roster(round.id());
        if (!roster.containsKey(judgeId)) {
            throw new ProblemException.NotFound("live-session-not-found", "You are not on this live session's panel.");
        }
        LiveState state = current(session, round);
        Slot slot = state.currentSlotId() == null
                ? null
                : slots.findById(state.currentSlotId()).orElse(null);
        if (slot == null || slot.state() == SlotState.WAITING || slot.state() == SlotState.SKIPPED) {
            return new TabletView(state, numbers(roster).get(judgeId), null, false, false);
        }
        boolean recused = scoring.recused(slot.entryId(), judgeId);
        JudgeEntry entry = null;
        if (!recused) {
            try {
                entry = scoring.entry(round.id(), slot.entryId(), judgeId);
            } catch (ProblemException.NotFound notYet) { // the round is not open yet
                entry = null;
            }
        }
        boolean canScore = entry != null && LiveSession.acceptsScores(slot);
        return new TabletView(state, numbers(roster).get(judgeId), entry, recused, canScore);
    }

    private static Map<Long, Integer> numbers(Map<Long, String> roster) {
        Map<Long, Integer> number = new HashMap<>();
        int n = 1;
        for (Long id : roster.keySet()) {
            number.put(id, n++);
        }
        return number;
    }

    private static String title(Map<Long, EntryFacts> facts, long entryId) {
        EntryFacts f = facts.get(entryId);
        return f == null ? "?" : f.title();
    }

    private static String org(Map<Long, EntryFacts> facts, long entryId) {
        EntryFacts f = facts.get(entryId);
        return f == null ? null : f.organization();
    }

    private String write(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Reveal read(String revealJson) {
        try {
            return json.readValue(revealJson, Reveal.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
