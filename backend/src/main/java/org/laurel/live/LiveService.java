package org.laurel.live;

import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.laurel.audit.AuditTrail;
import org.laurel.entries.EntryService;
import org.laurel.events.EventLog;
import org.laurel.judging.PanelService;
import org.laurel.judging.ResultService;
import org.laurel.live.LiveParts.Session;
import org.laurel.live.LiveParts.SessionStatus;
import org.laurel.live.LiveParts.Slot;
import org.laurel.live.LiveViews.ControlRequest;
import org.laurel.live.LiveViews.HostView;
import org.laurel.live.LiveViews.LiveEvent;
import org.laurel.live.LiveViews.LiveState;
import org.laurel.live.LiveViews.ScheduleRequest;
import org.laurel.live.LiveViews.SlotRequest;
import org.laurel.programs.RoundMode;
import org.laurel.programs.RoundService;
import org.laurel.programs.RoundStatus;
import org.laurel.programs.RoundView;
import org.laurel.shared.FieldError;
import org.laurel.shared.ProblemException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs a live roadshow: the schedule, the host's control actions through the slot state machine,
 * and the public state every screen shows. Every change appends one event (with the state after
 * it) in the same transaction, so screens, tablets and the host console all follow one log.
 */
@Singleton
public class LiveService {

    private final LiveParts.Sessions sessions;
    private final LiveParts.Slots slots;
    private final RoundService rounds;
    private final org.laurel.programs.ProgramService programs;
    private final EntryService entries;
    private final PanelService panels;
    private final ResultService results;
    private final LiveStates states;
    private final EventLog events;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final Clock clock;

    LiveService(LiveParts.Sessions sessions, LiveParts.Slots slots, RoundService rounds, org.laurel.programs.ProgramService programs,
                EntryService entries,
                PanelService panels, ResultService results, LiveStates states, EventLog events, AuditTrail audit,
                JsonMapper json, Clock clock) {
        this.sessions = sessions;
        this.slots = slots;
        this.rounds = rounds;
        this.programs = programs;
        this.entries = entries;
        this.panels = panels;
        this.results = results;
        this.states = states;
        this.events = events;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    static String topic(long sessionId) {
        return "live:" + sessionId;
    }

    /** Creates the session or replaces its schedule (reordering, timings, added or removed slots that have not started). */
    @Transactional
    public HostView schedule(long roundId, ScheduleRequest request, long organizerId) {
        RoundView round = rounds.get(roundId, organizerId);
        if (round.mode() != RoundMode.LIVE) {
            throw new ProblemException.Conflict("not-live", "Not a live round",
                    "Round " + round.name() + " is an ONLINE round; a live session needs a LIVE round.");
        }
        if (round.status() == RoundStatus.CLOSED || round.status() == RoundStatus.FINALIZED) {
            throw new ProblemException.Conflict("round-state", "Not possible in this state",
                    "Round " + round.name() + " is " + round.status() + "; its live session can no longer change.");
        }
        List<Long> inRound = panels.assignWholePanel(roundId, organizerId);
        validate(request, new HashSet<>(inRound));
        Instant now = clock.instant();
        Session session = sessions.findByRoundId(roundId).flatMap(s -> sessions.lock(s.id())).orElseGet(() -> {
            try {
                return sessions.save(new Session(null, roundId, SessionStatus.READY, null, null, false, now, now, 0));
            } catch (io.micronaut.data.exceptions.DataAccessException raced) {
                throw new ProblemException.Conflict("session-changed", "Created meanwhile",
                        "The live session was created by someone else a moment ago; reload and try again.");
            }
        });
        if (session.status() == SessionStatus.ENDED) {
            throw new ProblemException.Conflict("session-ended", "Session ended", "This live session has ended.");
        }
        Map<Long, Slot> existing = new HashMap<>();
        slots.findBySessionIdOrderByPosition(session.id()).forEach(s -> existing.put(s.entryId(), s));
        List<SlotRequest> wanted = request.slots().stream().sorted(Comparator.comparing(SlotRequest::order)).toList();
        Set<Long> keep = new HashSet<>();
        wanted.forEach(w -> keep.add(w.entryId()));
        for (Slot gone : existing.values()) {
            if (!keep.contains(gone.entryId())) {
                if (gone.state() != SlotState.WAITING && gone.state() != SlotState.SKIPPED) {
                    throw new ProblemException.Conflict("slot-started", "Slot has started",
                            "The slot of entry " + gone.entryId() + " is " + gone.state() + "; it cannot leave the schedule.");
                }
                slots.delete(gone);
            }
        }
        for (int i = 0; i < wanted.size(); i++) {
            SlotRequest w = wanted.get(i);
            Slot old = existing.get(w.entryId());
            if (old == null) {
                slots.save(new Slot(null, session.id(), w.entryId(), i + 1, w.plannedStart(), w.pitchMinutes(), w.qaMinutes(),
                        SlotState.WAITING, null, false, null, null));
            } else {
                slots.update(old.scheduled(i + 1, w.plannedStart(), w.pitchMinutes(), w.qaMinutes()));
            }
        }
        List<Slot> scheduled = slots.findBySessionIdOrderByPosition(session.id());
        // The current slot stays while the hall is busy with it; a waiting one follows the new order.
        Long current = scheduled.stream().filter(s -> s.id().equals(session.currentSlotId()) && s.state() != SlotState.WAITING
                && s.state() != SlotState.SKIPPED).map(Slot::id).findFirst().orElseGet(() -> firstWaiting(scheduled, null));
        boolean names = request.showJudgeNames() == null ? session.showJudgeNames() : request.showJudgeNames();
        Session saved = sessions.update(new Session(session.id(), roundId, session.status(), current, session.pausedAt(), names,
                session.createdAt(), now, session.version() + 1));
        audit.record(organizerId, new AuditTrail.Subject(round.programId(), roundId, null), "LIVE_SCHEDULED", null,
                wanted.stream().map(SlotRequest::entryId).toList(), null);
        return publish(saved, round, "SCHEDULE", null);
    }

    /** One host action, through the slot state machine; refusals are 409s that say why. */
    @Transactional
    public HostView control(long sessionId, ControlRequest request, long organizerId) {
        Session session = sessions.lock(sessionId).orElseThrow(() -> notFound(sessionId));
        RoundView round = rounds.get(session.roundId(), organizerId);
        if (session.status() == SessionStatus.ENDED) {
            throw new ProblemException.Conflict("session-ended", "Session ended", "This live session has ended.");
        }
        Instant now = clock.instant();
        List<Slot> all = slots.findBySessionIdOrderByPosition(sessionId);
        LiveAction action = request.action();
        Long current = session.currentSlotId();
        Instant pausedAt = session.pausedAt();
        SessionStatus status = session.status() == SessionStatus.READY ? SessionStatus.RUNNING : session.status();
        Long slotId = null;
        switch (action) {
            case PAUSE -> {
                if (pausedAt != null) {
                    throw conflict("paused", "The session is already paused.");
                }
                pausedAt = now;
            }
            case RESUME -> {
                if (pausedAt == null) {
                    throw conflict("not-paused", "The session is not paused.");
                }
                Duration paused = Duration.between(pausedAt, now);
                all.stream().filter(s -> s.state().active()).forEach(s -> slots.update(s.pausedFor(paused)));
                pausedAt = null;
            }
            case END -> {
                Optional<Slot> busy = all.stream().filter(s -> s.state().active()).findFirst();
                if (busy.isPresent()) {
                    throw conflict("slot-active", "Slot " + busy.get().position() + " is still in " + busy.get().state()
                            + "; reveal it or reopen nothing before ending the session.");
                }
                status = SessionStatus.ENDED;
                pausedAt = null;
                if (round.status() == RoundStatus.OPEN) {
                    results.close(round.id(), organizerId);
                }
            }
            default -> {
                Slot named = request.slotId() != null
                        ? all.stream().filter(s -> s.id().equals(request.slotId())).findFirst()
                            .orElseThrow(() -> new ProblemException.NotFound("slot-not-found", "No slot " + request.slotId() + " in this session."))
                        : all.stream().filter(s -> s.id().equals(session.currentSlotId())).findFirst()
                            .orElseThrow(() -> conflict("no-current-slot", "There is no current slot; name one with slotId."));
                Slot target = slots.lock(named.id()).orElseThrow(); // waits for judges' saves in flight
                slotId = target.id();
                if (pausedAt != null && action != LiveAction.SKIP) {
                    throw conflict("paused", "The session is paused; resume it first.");
                }
                SlotState to = SlotMachine.next(target.state(), target.scoringClosed(), action);
                if (to.active()) {
                    all.stream().filter(s -> s.state().active() && !s.id().equals(target.id())).findFirst().ifPresent(s -> {
                        throw conflict("slot-active", "Slot " + s.position() + " is still in " + s.state() + "; finish it first.");
                    });
                }
                current = apply(round, session, target, to, action, request, all, organizerId, now, current);
            }
        }
        Session saved = sessions.update(new Session(session.id(), session.roundId(), status, current, pausedAt,
                session.showJudgeNames(), session.createdAt(), now, session.version() + 1));
        audit.record(organizerId, new AuditTrail.Subject(round.programId(), round.id(), null), "LIVE_" + action.name(),
                null, slotId == null ? null : java.util.Map.of("slotId", slotId), request.reason());
        return publish(saved, rounds.find(round.id()), action.name(), slotId);
    }

    /** Moves the slot and returns the session's new current slot. */
    private Long apply(RoundView round, Session session, Slot target, SlotState to, LiveAction action, ControlRequest request,
                       List<Slot> all, long organizerId, Instant now, Long current) {
        switch (action) {
            case START_PITCH -> {
                if (round.status() == RoundStatus.DRAFT) {
                    results.open(round.id(), null, organizerId); // the first pitch opens the round for scoring
                } else if (round.status() != RoundStatus.OPEN) {
                    throw conflict("round-state", "Round " + round.name() + " is " + round.status() + "; reopen it to score pitches.");
                }
                slots.update(target.moved(to, now, false));
                return target.id();
            }
            case START_QA, OPEN_SCORING -> {
                slots.update(target.moved(to, now, false));
                return target.id();
            }
            case CLOSE_SCORING -> {
                slots.update(target.moved(to, target.phaseStartedAt(), true));
                return current;
            }
            case REVEAL -> {
                int[] counts = states.counts(round, target.entryId());
                if (counts[0] == 0) {
                    throw conflict("no-scores", "No judge has submitted a score for this pitch yet.");
                }
                if (counts[0] < counts[1] && !request.confirmPartial()) {
                    throw new ProblemException.Conflict("reveal-incomplete", "Not every judge has scored",
                            counts[0] + " of " + counts[1] + " judges have submitted; confirm to reveal with " + counts[0] + " of " + counts[1] + ".");
                }
                List<Long> before = LiveStates.revealedEntries(all).stream().filter(id -> id != target.entryId()).toList();
                slots.update(target.revealed(write(states.reveal(round, session, target, before)), now));
                return target.id();
            }
            case NEXT -> {
                slots.update(target.moved(to, target.phaseStartedAt(), true));
                return firstWaiting(all, target);
            }
            case REOPEN_SCORING -> {
                if (request.reason() == null || request.reason().isBlank()) {
                    throw new ProblemException.Invalid("Reopening scoring needs a reason",
                            List.of(new FieldError("reason", "is required to reopen scoring")));
                }
                if (round.status() != RoundStatus.OPEN) {
                    throw conflict("round-state", "Round " + round.name() + " is " + round.status() + "; scores can no longer change.");
                }
                slots.update(target.moved(to, now, false));
                return target.id();
            }
            case SKIP -> {
                slots.update(target.moved(to, null, true));
                return target.id().equals(current) ? firstWaiting(all, target) : current;
            }
            default -> throw new IllegalStateException(action.name());
        }
    }

    /** The first waiting slot after {@code after} in schedule order, else the first waiting one at all. */
    private static Long firstWaiting(List<Slot> all, Slot after) {
        int from = after == null ? 0 : after.position();
        return all.stream().filter(s -> s.state() == SlotState.WAITING && (after == null || !s.id().equals(after.id())))
                .sorted(Comparator.comparingInt((Slot s) -> s.position() > from ? 0 : 1).thenComparingInt(Slot::position))
                .map(Slot::id).findFirst().orElse(null);
    }

    private HostView publish(Session session, RoundView round, String type, Long slotId) {
        String topic = topic(session.id());
        LiveState[] built = new LiveState[1];
        events.append(topic, type, seq -> {
            built[0] = states.build(session, round, seq);
            return new LiveEvent(type, slotId, built[0]);
        });
        return states.host(session, round, built[0]);
    }

    public HostView host(long sessionId, long organizerId) {
        Session session = sessions.findById(sessionId).orElseThrow(() -> notFound(sessionId));
        RoundView round = rounds.get(session.roundId(), organizerId);
        return states.host(session, round, states.current(session, round));
    }

    public HostView hostOfRound(long roundId, long organizerId) {
        rounds.get(roundId, organizerId);
        Session session = sessions.findByRoundId(roundId).orElseThrow(() ->
                new ProblemException.NotFound("live-session-not-found", "Round " + roundId + " has no live session yet."));
        return host(session.id(), organizerId);
    }

    public LiveState state(long sessionId) {
        Session session = publicSession(sessionId);
        return states.current(session, rounds.find(session.roundId()));
    }

    /** The public sees a session only once its program is published (session ids are easy to guess). */
    private Session publicSession(long sessionId) {
        Session session = sessions.findById(sessionId).orElseThrow(() -> notFound(sessionId));
        if (programs.find(rounds.find(session.roundId()).programId()).status() != org.laurel.programs.ProgramStatus.PUBLISHED) {
            throw notFound(sessionId);
        }
        return session;
    }

    public LiveViews.TabletView tablet(long sessionId, long judgeId) {
        Session session = sessions.findById(sessionId).orElseThrow(() -> notFound(sessionId));
        RoundView round = rounds.find(session.roundId());
        return states.tablet(session, round, judgeId);
    }

    /** 404 unless the session exists: the event stream checks before it starts. */
    public void requireExists(long sessionId) {
        publicSession(sessionId);
    }

    private void validate(ScheduleRequest request, Set<Long> inRound) {
        List<FieldError> errors = new ArrayList<>();
        Set<Long> seenEntries = new HashSet<>();
        Set<Integer> seenOrders = new HashSet<>();
        for (int i = 0; i < request.slots().size(); i++) {
            SlotRequest s = request.slots().get(i);
            if (!inRound.contains(s.entryId())) {
                errors.add(new FieldError("slots[" + i + "].entryId", "entry " + s.entryId() + " is not in this round"));
            } else if (!seenEntries.add(s.entryId())) {
                errors.add(new FieldError("slots[" + i + "].entryId", "entry " + s.entryId() + " has more than one slot"));
            }
            if (!seenOrders.add(s.order())) {
                errors.add(new FieldError("slots[" + i + "].order", "order " + s.order() + " is used twice"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException.Invalid(errors.size() == 1 ? errors.get(0).message() : errors.size() + " slots are invalid", errors);
        }
    }

    private String write(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ProblemException conflict(String type, String detail) {
        return new ProblemException.Conflict(type, "Not possible now", detail);
    }

    static ProblemException notFound(long sessionId) {
        return new ProblemException.NotFound("live-session-not-found", "No live session " + sessionId + ".");
    }

}
