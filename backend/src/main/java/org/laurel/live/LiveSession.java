package org.laurel.live;

import io.micronaut.core.annotation.Nullable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.laurel.audit.AuditTrail;
import org.laurel.live.LiveChanges.LiveSessionControlled;
import org.laurel.live.LiveParts.Session;
import org.laurel.live.LiveParts.SessionStatus;
import org.laurel.live.LiveParts.Slot;
import org.laurel.live.LiveViews.ControlRequest;
import org.laurel.programs.RoundStatus;
import org.laurel.shared.FieldError;
import org.laurel.shared.ProblemException;

/**
 * A live session with its slots, as one aggregate: the single home of every rule about what the
 * host may do and what it changes. Slots move WAITING -> PITCH -> QA -> SCORING -> REVEALED ->
 * DONE (SKIPPED for a team that does not show, REOPEN_SCORING back to SCORING); only one slot is
 * active at a time; a paused session only skips; a reveal needs a score and, while judges are
 * missing, a confirmation; reopening needs a reason. {@link #apply} is the only way the state
 * changes, and {@link #allowedActions} asks {@code apply} without keeping the result, so the host
 * console's buttons and the server's refusals cannot disagree.
 * <p>
 * Pure: the service loads it, hands in the {@link Facts} it needs, saves the {@link Change} and
 * publishes its event.
 */
final class LiveSession {

    /** What the rules need from outside the session. */
    interface Facts {
        Round round();

        /** Scorecards submitted for a pitch, and how many the panel owes (recused judges owe none). */
        Counts counts(long entryId);

        /** The reveal of a slot (JSON), computed together with the entries the hall has already seen. */
        String reveal(Slot slot, List<Long> revealedBefore);
    }

    /** The round the session runs, as far as the rules care. */
    record Round(long id, long programId, String name, RoundStatus status) {}

    record Counts(int submitted, int expected) {}

    /** What the round must do with the change: the first pitch opens it, the end closes it. */
    enum RoundEffect {
        NONE,
        OPEN,
        CLOSE
    }

    /** The session after an action, the slots it changed, and the event that announces it. */
    record Change(
            Session session,
            List<Slot> changedSlots,
            @Nullable Long slotId,
            RoundEffect roundEffect,
            LiveSessionControlled event) {}

    private record Moved(Slot slot, @Nullable Long current, RoundEffect effect) {}

    private final Session session;
    private final List<Slot> slots;

    /** {@code slots} in schedule order. */
    LiveSession(Session session, List<Slot> slots) {
        this.session = session;
        this.slots = List.copyOf(slots);
    }

    static boolean isSessionAction(LiveAction action) {
        return action == LiveAction.PAUSE || action == LiveAction.RESUME || action == LiveAction.END;
    }

    /** A slot accepts scorecards only in SCORING with scoring open. */
    static boolean acceptsScores(Slot slot) {
        // The rule itself is judging's (one home for "may score"); the session only says where the pitch stands.
        return org.laurel.judging.JudgingPolicy.pitchAcceptsScores(
                slot.state() == SlotState.SCORING, slot.scoringClosed());
    }

    /** The hall votes on a pitch once it has been heard (Q&A or scoring) until scoring closes or the reveal. */
    static boolean acceptsVotes(Slot slot) {
        return (slot.state() == SlotState.QA || slot.state() == SlotState.SCORING) && !slot.scoringClosed();
    }

    /** A new schedule may leave a slot out only if it never started. */
    static boolean mayLeaveSchedule(Slot slot) {
        return slot.state() == SlotState.WAITING || slot.state() == SlotState.SKIPPED;
    }

    /** The slot a request acts on (the named one, else the current one); the service locks its row first. */
    @Nullable
    Long slotToLock(ControlRequest request) {
        if (isSessionAction(request.action())) {
            return null;
        }
        return request.slotId() != null ? request.slotId() : session.currentSlotId();
    }

    /** One host action; a refusal is a problem that says why. */
    Change apply(ControlRequest request, long actorId, Instant now, Facts facts) {
        requireNotEnded();
        Round round = facts.round();
        LiveAction action = request.action();
        SessionStatus status = session.status() == SessionStatus.READY ? SessionStatus.RUNNING : session.status();
        Long current = session.currentSlotId();
        Instant pausedAt = session.pausedAt();
        List<Slot> changed = new ArrayList<>();
        RoundEffect effect = RoundEffect.NONE;
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
                slots.stream().filter(s -> s.state().active()).forEach(s -> changed.add(s.pausedFor(paused)));
                pausedAt = null;
            }
            case END -> {
                active().ifPresent(busy -> {
                    throw conflict(
                            "slot-active",
                            "Slot " + busy.position() + " is still in " + busy.state()
                                    + "; reveal it or reopen nothing before ending the session.");
                });
                status = SessionStatus.ENDED;
                pausedAt = null;
                if (round.status() == RoundStatus.OPEN) {
                    effect = RoundEffect.CLOSE;
                }
            }
            default -> {
                Slot target = target(request);
                slotId = target.id();
                if (pausedAt != null && action != LiveAction.SKIP) {
                    throw conflict("paused", "The session is paused; resume it first.");
                }
                SlotState to = SlotState.next(target.state(), target.scoringClosed(), action);
                if (to.active()) {
                    slots.stream()
                            .filter(s -> s.state().active() && !s.id().equals(target.id()))
                            .findFirst()
                            .ifPresent(s -> {
                                throw conflict(
                                        "slot-active",
                                        "Slot " + s.position() + " is still in " + s.state() + "; finish it first.");
                            });
                }
                Moved moved = move(target, to, request, now, facts);
                changed.add(moved.slot());
                current = moved.current();
                effect = moved.effect();
            }
        }
        LiveSessionControlled event = new LiveSessionControlled(
                actorId, new AuditTrail.Subject(round.programId(), round.id(), null), action, slotId, request.reason());
        return new Change(session.with(status, current, pausedAt, now), List.copyOf(changed), slotId, effect, event);
    }

    /** Moves the slot; returns it with the session's new current slot. */
    private Moved move(Slot target, SlotState to, ControlRequest request, Instant now, Facts facts) {
        Round round = facts.round();
        Long current = session.currentSlotId();
        return switch (request.action()) {
            case START_PITCH -> {
                RoundEffect effect = RoundEffect.NONE;
                if (round.status() == RoundStatus.DRAFT) {
                    effect = RoundEffect.OPEN; // the first pitch opens the round for scoring
                } else if (round.status() != RoundStatus.OPEN) {
                    throw conflict(
                            "round-state",
                            "Round " + round.name() + " is " + round.status() + "; reopen it to score pitches.");
                }
                yield new Moved(target.moved(to, now, false), target.id(), effect);
            }
            case START_QA, OPEN_SCORING -> new Moved(target.moved(to, now, false), target.id(), RoundEffect.NONE);
            case CLOSE_SCORING -> new Moved(target.moved(to, target.phaseStartedAt(), true), current, RoundEffect.NONE);
            case REVEAL -> {
                Counts counts = facts.counts(target.entryId());
                if (counts.submitted() == 0) {
                    throw conflict("no-scores", "No judge has submitted a score for this pitch yet.");
                }
                if (counts.submitted() < counts.expected() && !request.confirmPartial()) {
                    int n = counts.submitted();
                    int m = counts.expected();
                    throw new ProblemException.Conflict(
                                    "reveal-incomplete",
                                    "Not every judge has scored",
                                    n + " of " + m + " judges have submitted; confirm to reveal with " + n + " of " + m
                                            + ".")
                            .with("submitted", n)
                            .with("expected", m);
                }
                List<Long> before = revealedEntries(slots).stream()
                        .filter(id -> id != target.entryId())
                        .toList();
                yield new Moved(target.revealed(facts.reveal(target, before), now), target.id(), RoundEffect.NONE);
            }
            case NEXT ->
                new Moved(
                        target.moved(to, target.phaseStartedAt(), true), firstWaiting(slots, target), RoundEffect.NONE);
            case REOPEN_SCORING -> {
                if (request.reason() == null || request.reason().isBlank()) {
                    throw new ProblemException.Invalid(
                            "Reopening scoring needs a reason",
                            List.of(new FieldError("reason", "is required to reopen scoring")));
                }
                if (round.status() != RoundStatus.OPEN) {
                    throw conflict(
                            "round-state",
                            "Round " + round.name() + " is " + round.status() + "; scores can no longer change.");
                }
                yield new Moved(target.moved(to, now, false), target.id(), RoundEffect.NONE);
            }
            case SKIP ->
                new Moved(
                        target.moved(to, null, true),
                        target.id().equals(current) ? firstWaiting(slots, target) : current,
                        RoundEffect.NONE);
            default -> throw new IllegalStateException(request.action().name());
        };
    }

    /** The host console's view of this session: see {@link LiveConsole}. */
    LiveConsole.Allowed allowedActions(Facts facts) {
        return new LiveConsole(this, session, slots).allowed(facts);
    }

    @Nullable
    LiveAction nextStep() {
        return new LiveConsole(this, session, slots).nextStep();
    }

    @Nullable
    Long upNext() {
        return new LiveConsole(this, session, slots).upNext();
    }

    // ---- the schedule ----------------------------------------------------------------------------

    /** The slots a new schedule leaves out; only slots that never started may leave. */
    List<Slot> removedBy(Collection<Long> keptEntryIds) {
        requireNotEnded();
        List<Slot> gone =
                slots.stream().filter(s -> !keptEntryIds.contains(s.entryId())).toList();
        for (Slot s : gone) {
            if (!mayLeaveSchedule(s)) {
                throw new ProblemException.Conflict(
                        "slot-started",
                        "Slot has started",
                        "The slot of entry " + s.entryId() + " is " + s.state() + "; it cannot leave the schedule.");
            }
        }
        return gone;
    }

    /**
     * The session once its slots follow a new schedule: the current slot stays while the hall is
     * busy with it; a waiting one gives way to the first waiting slot of the new order.
     */
    Session rescheduled(@Nullable Boolean showJudgeNames, @Nullable String stage, Instant now) {
        Long current = currentSlot()
                .filter(s -> s.state() != SlotState.WAITING && s.state() != SlotState.SKIPPED)
                .map(Slot::id)
                .orElseGet(() -> firstWaiting(slots, null));
        boolean names = showJudgeNames == null ? session.showJudgeNames() : showJudgeNames;
        return new Session(
                session.id(),
                session.roundId(),
                session.status(),
                current,
                session.pausedAt(),
                names,
                stage,
                session.createdAt(),
                now,
                session.version() + 1);
    }

    // ---- helpers ---------------------------------------------------------------------------------

    /** Entries whose scores the hall has seen: the ones on the leaderboard. */
    static List<Long> revealedEntries(List<Slot> all) {
        return all.stream()
                .filter(s -> s.revealJson() != null && (s.state() == SlotState.REVEALED || s.state() == SlotState.DONE))
                .map(Slot::entryId)
                .toList();
    }

    private void requireNotEnded() {
        if (session.status() == SessionStatus.ENDED) {
            throw new ProblemException.Conflict("session-ended", "Session ended", "This live session has ended.");
        }
    }

    Optional<Slot> currentSlot() {
        return slots.stream()
                .filter(s -> s.id().equals(session.currentSlotId()))
                .findFirst();
    }

    /** The slot the hall is busy with (PITCH, QA or SCORING): there is at most one. */
    Optional<Slot> active() {
        return slots.stream().filter(s -> s.state().active()).findFirst();
    }

    private Slot target(ControlRequest request) {
        if (request.slotId() != null) {
            return slots.stream()
                    .filter(s -> s.id().equals(request.slotId()))
                    .findFirst()
                    .orElseThrow(() -> new ProblemException.NotFound(
                            "slot-not-found", "No slot " + request.slotId() + " in this session."));
        }
        return currentSlot()
                .orElseThrow(() -> conflict("no-current-slot", "There is no current slot; name one with slotId."));
    }

    /** The first waiting slot after {@code after} in schedule order, else the first waiting one at all. */
    static Long firstWaiting(List<Slot> all, @Nullable Slot after) {
        int from = after == null ? 0 : after.position();
        return all.stream()
                .filter(s -> s.state() == SlotState.WAITING && (after == null || !s.id().equals(after.id())))
                .sorted(Comparator.comparingInt((Slot s) -> s.position() > from ? 0 : 1)
                        .thenComparingInt(Slot::position))
                .map(Slot::id)
                .findFirst()
                .orElse(null);
    }

    private static ProblemException conflict(String type, String detail) {
        return new ProblemException.Conflict(type, "Not possible now", detail);
    }
}
