package org.laurel.live;

import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.laurel.judging.PanelGuard;
import org.laurel.judging.PanelService;
import org.laurel.live.LiveParts.Session;
import org.laurel.live.LiveParts.Slot;
import org.laurel.programs.ProgramService;
import org.laurel.programs.RoundService;
import org.laurel.programs.RoundView;
import org.laurel.shared.ProblemException;

/**
 * Keeps the stages' bookings apart ({@link StageBookings}): checked when a session's schedule or
 * stage changes, and when the panel of a round with a live session changes (as a {@link PanelGuard}),
 * so a judge is never booked on two stages at once by either path. The refusal names the judge,
 * the other stage and session, and the times in the event's time zone.
 */
@Singleton
class StageCalendar implements PanelGuard {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final LiveParts.Sessions sessions;
    private final LiveParts.Slots slots;
    /** Through a provider: the panel service asks this guard, so each needs the other. */
    private final Provider<PanelService> panels;

    private final RoundService rounds;
    private final ProgramService programs;

    StageCalendar(
            LiveParts.Sessions sessions,
            LiveParts.Slots slots,
            Provider<PanelService> panels,
            RoundService rounds,
            ProgramService programs) {
        this.sessions = sessions;
        this.slots = slots;
        this.panels = panels;
        this.rounds = rounds;
        this.programs = programs;
    }

    @Override
    public void beforePanel(RoundView round, Set<Long> judgeIds) {
        sessions.findByRoundId(round.id())
                .ifPresent(s -> requireFree(round, s, slots.findBySessionIdOrderByPosition(s.id()), judgeIds));
    }

    /** Refuses (409) a session whose timed slots would share a stage or a judge with another session's at the same time. */
    void requireFree(RoundView round, Session session, List<Slot> mine, Set<Long> judgeIds) {
        List<StageBookings.Booking> bookings = StageBookings.of(session.id(), round.id(), session.stage(), mine);
        if (bookings.isEmpty()) {
            return;
        }
        Map<Long, List<Slot>> bySession =
                slots.findTimedOutside(session.id()).stream().collect(Collectors.groupingBy(Slot::sessionId));
        if (bySession.isEmpty()) {
            return;
        }
        Map<Long, Session> others = new HashMap<>();
        sessions.findByIdIn(bySession.keySet()).forEach(s -> others.put(s.id(), s));
        List<StageBookings.Booking> theirs = bySession.entrySet().stream()
                .filter(e -> others.containsKey(e.getKey()))
                .flatMap(e -> {
                    Session s = others.get(e.getKey());
                    return StageBookings.of(s.id(), s.roundId(), s.stage(), e.getValue()).stream();
                })
                .toList();
        Map<Long, Set<Long>> judges = panels.get()
                .panelsOf(others.values().stream().map(Session::roundId).collect(Collectors.toSet()));
        StageBookings.first(bookings, judgeIds, theirs, judges).ifPresent(clash -> {
            throw refusal(round, clash);
        });
    }

    private ProblemException refusal(RoundView round, StageBookings.Clash clash) {
        ZoneId zone = zone(round);
        RoundView other = rounds.find(clash.theirs().roundId());
        String theirs = describe(clash.theirs(), other.name(), zone);
        if (clash.judgeId() == null) {
            return new ProblemException.Conflict(
                    "stage-double-booked",
                    "Stage already booked",
                    "Stage " + clash.mine().stage() + " is booked " + theirs + "; the pitch planned at "
                            + WHEN.format(clash.mine().start().atZone(zone)) + " would overlap it.");
        }
        String judge =
                panels.get().namesOf(List.of(clash.judgeId())).getOrDefault(clash.judgeId(), "#" + clash.judgeId());
        return new ProblemException.Conflict(
                "judge-double-booked",
                "Judge on two stages at once",
                "Judge " + judge + " is on " + theirs + "; the pitch planned at "
                        + WHEN.format(clash.mine().start().atZone(zone))
                        + (clash.mine().stage() == null
                                ? ""
                                : " on stage " + clash.mine().stage())
                        + " would need them at the same time.");
    }

    private static String describe(StageBookings.Booking b, String roundName, ZoneId zone) {
        return (b.stage() == null ? "" : "stage " + b.stage() + " ") + "(" + roundName + ") from "
                + WHEN.format(b.start().atZone(zone)) + " to "
                + TIME.format(b.end().atZone(zone));
    }

    private ZoneId zone(RoundView round) {
        try {
            return ZoneId.of(programs.find(round.programId()).timeZone());
        } catch (java.time.DateTimeException e) {
            return ZoneId.of("UTC");
        }
    }
}
