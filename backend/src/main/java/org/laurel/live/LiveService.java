package org.laurel.live;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.laurel.audit.AuditTrail;
import org.laurel.events.EventLog;
import org.laurel.judging.PanelService;
import org.laurel.judging.ResultService;
import org.laurel.live.LiveChanges.LiveScheduled;
import org.laurel.live.LiveChanges.LiveSessionControlled;
import org.laurel.live.LiveParts.Session;
import org.laurel.live.LiveParts.SessionStatus;
import org.laurel.live.LiveParts.Slot;
import org.laurel.live.LiveViews.ControlRequest;
import org.laurel.live.LiveViews.HostView;
import org.laurel.live.LiveViews.LiveEvent;
import org.laurel.live.LiveViews.LiveState;
import org.laurel.live.LiveViews.ScheduleRequest;
import org.laurel.live.LiveViews.SlotRequest;
import org.laurel.programs.ProgramService;
import org.laurel.programs.ProgramStatus;
import org.laurel.programs.RoundMode;
import org.laurel.programs.RoundService;
import org.laurel.programs.RoundStatus;
import org.laurel.programs.RoundView;
import org.laurel.shared.FieldError;
import org.laurel.shared.ProblemException;

/**
 * Runs a live roadshow: loads the {@link LiveSession} aggregate, applies the host's action (every
 * rule lives there), saves the change and publishes it: a past-tense event for the audit trail,
 * and one entry (with the state after it) in the session's event log, in the same transaction, so
 * screens, tablets and the host console all follow one log.
 */
@Singleton
public class LiveService {

    private final LiveParts.Sessions sessions;
    private final LiveParts.Slots slots;
    private final RoundService rounds;
    private final ProgramService programs;
    private final PanelService panels;
    private final ResultService results;
    private final LiveStates states;
    private final StageCalendar calendar;
    private final EventLog events;
    private final ApplicationEventPublisher<LiveScheduled> scheduled;
    private final ApplicationEventPublisher<LiveSessionControlled> controlled;
    private final Clock clock;

    LiveService(
            LiveParts.Sessions sessions,
            LiveParts.Slots slots,
            RoundService rounds,
            ProgramService programs,
            PanelService panels,
            ResultService results,
            LiveStates states,
            StageCalendar calendar,
            EventLog events,
            ApplicationEventPublisher<LiveScheduled> scheduled,
            ApplicationEventPublisher<LiveSessionControlled> controlled,
            Clock clock) {
        this.sessions = sessions;
        this.slots = slots;
        this.rounds = rounds;
        this.programs = programs;
        this.panels = panels;
        this.results = results;
        this.states = states;
        this.calendar = calendar;
        this.events = events;
        this.scheduled = scheduled;
        this.controlled = controlled;
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
            throw new ProblemException.Conflict(
                    "not-live",
                    "Not a live round",
                    "Round " + round.name() + " is an ONLINE round; a live session needs a LIVE round.");
        }
        if (round.status() == RoundStatus.CLOSED || round.status() == RoundStatus.FINALIZED) {
            throw new ProblemException.Conflict(
                    "round-state",
                    "Not possible in this state",
                    "Round " + round.name() + " is " + round.status() + "; its live session can no longer change.");
        }
        List<Long> inRound = panels.assignWholePanel(roundId, organizerId);
        validate(request, new HashSet<>(inRound));
        Instant now = clock.instant();
        Session session = sessions.findByRoundId(roundId)
                .flatMap(s -> sessions.lock(s.id()))
                .orElseGet(() -> {
                    try {
                        return sessions.save(
                                new Session(null, roundId, SessionStatus.READY, null, null, false, null, now, now, 0));
                    } catch (io.micronaut.data.exceptions.DataAccessException raced) {
                        throw new ProblemException.Conflict(
                                "session-changed",
                                "Created meanwhile",
                                "The live session was created by someone else a moment ago; reload and try again.");
                    }
                });
        List<SlotRequest> wanted = request.slots().stream()
                .sorted(Comparator.comparing(SlotRequest::order))
                .toList();
        List<Slot> before = slots.findBySessionIdOrderByPosition(session.id());
        List<Long> entryIds = wanted.stream().map(SlotRequest::entryId).toList();
        new LiveSession(session, before).removedBy(entryIds).forEach(slots::delete);
        Map<Long, Slot> existing = new HashMap<>();
        before.forEach(s -> existing.put(s.entryId(), s));
        for (int i = 0; i < wanted.size(); i++) {
            SlotRequest w = wanted.get(i);
            Slot old = existing.get(w.entryId());
            if (old == null) {
                slots.save(new Slot(
                        null,
                        session.id(),
                        w.entryId(),
                        i + 1,
                        w.plannedStart(),
                        w.pitchMinutes(),
                        w.qaMinutes(),
                        SlotState.WAITING,
                        null,
                        false,
                        null,
                        null));
            } else {
                slots.update(old.scheduled(i + 1, w.plannedStart(), w.pitchMinutes(), w.qaMinutes()));
            }
        }
        List<Slot> planned = slots.findBySessionIdOrderByPosition(session.id());
        Session next =
                new LiveSession(session, planned).rescheduled(request.showJudgeNames(), request.stageName(), now);
        // Refused (and all of the above rolled back) if the stage or a judge is booked elsewhere then.
        calendar.requireFree(round, next, planned, panels.roster(roundId).keySet());
        Session saved = sessions.update(next);
        scheduled.publishEvent(
                new LiveScheduled(organizerId, new AuditTrail.Subject(round.programId(), roundId, null), entryIds));
        return publish(saved, round, "SCHEDULE", null);
    }

    /** One host action, applied by the session aggregate; refusals are problems that say why. */
    @Transactional
    public HostView control(long sessionId, ControlRequest request, long organizerId) {
        Session session = sessions.lock(sessionId).orElseThrow(() -> notFound(sessionId));
        RoundView round = rounds.get(session.roundId(), organizerId);
        LiveSession live = load(session, request);
        LiveSession.Change change = live.apply(request, organizerId, clock.instant(), states.facts(round, session));
        switch (change.roundEffect()) {
            case OPEN -> results.open(round.id(), null, organizerId);
            case CLOSE -> results.close(round.id(), organizerId);
            case NONE -> {}
        }
        change.changedSlots().forEach(slots::update);
        Session saved = sessions.update(change.session());
        controlled.publishEvent(change.event());
        return publish(saved, rounds.find(round.id()), request.action().name(), change.slotId());
    }

    /**
     * The session with its slots; the slot the action names (or the current one) is read under its
     * row lock, which waits for judges' saves in flight: a score is either in the reveal or refused.
     */
    private LiveSession load(Session session, ControlRequest request) {
        List<Slot> all = new ArrayList<>(slots.findBySessionIdOrderByPosition(session.id()));
        Long toLock = new LiveSession(session, all).slotToLock(request);
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(toLock)) {
                all.set(i, slots.lock(toLock).orElseThrow());
            }
        }
        return new LiveSession(session, all);
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
        Session session = sessions.findByRoundId(roundId)
                .orElseThrow(() -> new ProblemException.NotFound(
                        "live-session-not-found", "Round " + roundId + " has no live session yet."));
        return host(session.id(), organizerId);
    }

    public LiveState state(long sessionId) {
        Session session = publicSession(sessionId);
        return states.current(session, rounds.find(session.roundId()));
    }

    /** The public sees a session only once its program is published (session ids are easy to guess). */
    private Session publicSession(long sessionId) {
        Session session = sessions.findById(sessionId).orElseThrow(() -> notFound(sessionId));
        if (programs.find(rounds.find(session.roundId()).programId()).status() != ProgramStatus.PUBLISHED) {
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
                errors.add(
                        new FieldError("slots[" + i + "].entryId", "entry " + s.entryId() + " is not in this round"));
            } else if (!seenEntries.add(s.entryId())) {
                errors.add(
                        new FieldError("slots[" + i + "].entryId", "entry " + s.entryId() + " has more than one slot"));
            }
            if (!seenOrders.add(s.order())) {
                errors.add(new FieldError("slots[" + i + "].order", "order " + s.order() + " is used twice"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException.Invalid(
                    errors.size() == 1 ? errors.get(0).message() : errors.size() + " slots are invalid", errors);
        }
    }

    static ProblemException notFound(long sessionId) {
        return new ProblemException.NotFound("live-session-not-found", "No live session " + sessionId + ".");
    }
}
