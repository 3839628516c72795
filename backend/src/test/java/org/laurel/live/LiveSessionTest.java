package org.laurel.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.laurel.live.LiveAction.CLOSE_SCORING;
import static org.laurel.live.LiveAction.END;
import static org.laurel.live.LiveAction.NEXT;
import static org.laurel.live.LiveAction.OPEN_SCORING;
import static org.laurel.live.LiveAction.PAUSE;
import static org.laurel.live.LiveAction.REOPEN_SCORING;
import static org.laurel.live.LiveAction.RESUME;
import static org.laurel.live.LiveAction.REVEAL;
import static org.laurel.live.LiveAction.SKIP;
import static org.laurel.live.LiveAction.START_PITCH;
import static org.laurel.live.LiveAction.START_QA;
import static org.laurel.live.SlotState.DONE;
import static org.laurel.live.SlotState.PITCH;
import static org.laurel.live.SlotState.QA;
import static org.laurel.live.SlotState.REVEALED;
import static org.laurel.live.SlotState.SCORING;
import static org.laurel.live.SlotState.SKIPPED;
import static org.laurel.live.SlotState.WAITING;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laurel.live.LiveConsole.Allowed;
import org.laurel.live.LiveParts.Session;
import org.laurel.live.LiveParts.SessionStatus;
import org.laurel.live.LiveParts.Slot;
import org.laurel.live.LiveSession.Change;
import org.laurel.live.LiveSession.Counts;
import org.laurel.live.LiveSession.RoundEffect;
import org.laurel.live.LiveViews.ControlRequest;
import org.laurel.programs.RoundStatus;
import org.laurel.shared.ProblemException;

/** The live session aggregate: the slot table, every host action, and what the console may offer in each state. */
class LiveSessionTest {

    static final Instant T0 = Instant.parse("2026-06-25T09:00:00Z");
    static final Instant NOW = T0.plusSeconds(300);

    /** The round, the scorecards and the reveal, as a test sets them. */
    static final class Facts implements LiveSession.Facts {
        RoundStatus status = RoundStatus.OPEN;
        Counts counts = new Counts(3, 3);
        final List<List<Long>> reveals = new ArrayList<>();

        @Override
        public LiveSession.Round round() {
            return new LiveSession.Round(10, 20, "Final", status);
        }

        @Override
        public Counts counts(long entryId) {
            return counts;
        }

        @Override
        public String reveal(Slot slot, List<Long> revealedBefore) {
            reveals.add(revealedBefore);
            return "{\"entry\":" + slot.entryId() + "}";
        }
    }

    final Facts facts = new Facts();

    /** Slot {@code id} is at position {@code id} and pitches entry {@code 100 + id}. */
    static Slot slot(long id, SlotState state) {
        return slot(id, state, false);
    }

    static Slot slot(long id, SlotState state, boolean scoringClosed) {
        boolean seen = state == REVEALED || state == DONE;
        return new Slot(
                id,
                1L,
                100 + id,
                (int) id,
                null,
                8,
                7,
                state,
                state == WAITING ? null : T0,
                scoringClosed || seen,
                seen ? "{}" : null,
                seen ? T0 : null);
    }

    static LiveSession live(SessionStatus status, Long current, Instant pausedAt, Slot... slots) {
        return new LiveSession(new Session(1L, 10L, status, current, pausedAt, false, null, T0, T0, 7), List.of(slots));
    }

    static LiveSession running(Long current, Slot... slots) {
        return live(SessionStatus.RUNNING, current, null, slots);
    }

    static ControlRequest on(LiveAction action) {
        return new ControlRequest(action, null, null, false);
    }

    static ControlRequest on(LiveAction action, long slotId) {
        return new ControlRequest(action, slotId, null, false);
    }

    Change apply(LiveSession live, ControlRequest request) {
        return live.apply(request, 5, NOW, facts);
    }

    static Slot changed(Change change, long slotId) {
        return change.changedSlots().stream()
                .filter(s -> s.id() == slotId)
                .findFirst()
                .orElseThrow();
    }

    void refused(LiveSession live, ControlRequest request, String type) {
        assertThatThrownBy(() -> apply(live, request))
                .as(request.action() + " refused")
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.type()).isEqualTo(type));
    }

    // ---- the slot table ----------------------------------------------------------------------------

    @Test
    void theHappyPathGoesFromWaitingToDone() {
        SlotState s = WAITING;
        s = SlotState.next(s, false, START_PITCH);
        assertThat(s).isEqualTo(PITCH);
        s = SlotState.next(s, false, START_QA);
        assertThat(s).isEqualTo(QA);
        s = SlotState.next(s, false, OPEN_SCORING);
        assertThat(s).isEqualTo(SCORING);
        assertThat(SlotState.next(s, false, CLOSE_SCORING)).isEqualTo(SCORING);
        s = SlotState.next(s, true, REVEAL);
        assertThat(s).isEqualTo(REVEALED);
        assertThat(SlotState.next(s, true, NEXT)).isEqualTo(DONE);
    }

    @ParameterizedTest
    @CsvSource({
        "PITCH, false, OPEN_SCORING, SCORING", // Q&A may be skipped
        "REVEALED, true, REOPEN_SCORING, SCORING",
        "DONE, true, REOPEN_SCORING, SCORING",
        "SCORING, true, REOPEN_SCORING, SCORING",
        "WAITING, false, SKIP, SKIPPED",
    })
    void otherLegalMoves(SlotState from, boolean closed, LiveAction action, SlotState to) {
        assertThat(SlotState.next(from, closed, action)).isEqualTo(to);
    }

    @ParameterizedTest
    @CsvSource({
        "WAITING, false, START_QA",
        "WAITING, false, REVEAL",
        "PITCH, false, START_PITCH",
        "QA, false, START_QA",
        "SCORING, false, NEXT",
        "SCORING, true, CLOSE_SCORING",
        "SCORING, false, REOPEN_SCORING",
        "REVEALED, true, REVEAL",
        "DONE, true, START_PITCH",
        "SKIPPED, true, START_PITCH",
        "PITCH, false, SKIP",
        "QA, false, REOPEN_SCORING",
    })
    void illegalMovesAre409sThatNameTheState(SlotState from, boolean closed, LiveAction action) {
        assertThatThrownBy(() -> SlotState.next(from, closed, action))
                .isInstanceOf(ProblemException.Conflict.class)
                .hasMessageContaining(action.name())
                .hasMessageContaining(from.name());
    }

    @Test
    void sessionActionsAreNotSlotMoves() {
        assertThatThrownBy(() -> SlotState.next(PITCH, false, PAUSE)).isInstanceOf(IllegalArgumentException.class);
    }

    // ---- applying the host's actions ---------------------------------------------------------------

    @Test
    void theFirstPitchStartsTheSessionAndOpensADraftRound() {
        facts.status = RoundStatus.DRAFT;
        Change c = apply(live(SessionStatus.READY, 1L, null, slot(1, WAITING), slot(2, WAITING)), on(START_PITCH));
        assertThat(c.session().status()).isEqualTo(SessionStatus.RUNNING);
        assertThat(c.session().currentSlotId()).isEqualTo(1L);
        assertThat(c.session().version()).isEqualTo(8);
        assertThat(c.roundEffect()).isEqualTo(RoundEffect.OPEN);
        assertThat(changed(c, 1).state()).isEqualTo(PITCH);
        assertThat(changed(c, 1).phaseStartedAt()).isEqualTo(NOW);
        assertThat(c.slotId()).isEqualTo(1L);
        assertThat(c.event().action()).isEqualTo("LIVE_START_PITCH");
        assertThat(c.event().actorId()).isEqualTo(5L);
        assertThat(c.event().subject().programId()).isEqualTo(20L);
        assertThat(c.event().subject().roundId()).isEqualTo(10L);
        assertThat(c.event().after()).isEqualTo(Map.of("slotId", 1L));
    }

    @Test
    void aPitchInAClosedRoundIsRefused() {
        facts.status = RoundStatus.CLOSED;
        refused(running(1L, slot(1, WAITING)), on(START_PITCH), "round-state");
    }

    @Test
    void qaAndScoringRestartTheClockAndClosingScoringKeepsIt() {
        Change qa = apply(running(1L, slot(1, PITCH)), on(START_QA));
        assertThat(changed(qa, 1).state()).isEqualTo(QA);
        assertThat(changed(qa, 1).phaseStartedAt()).isEqualTo(NOW);
        assertThat(qa.roundEffect()).isEqualTo(RoundEffect.NONE);

        Change scoring = apply(running(1L, slot(1, QA)), on(OPEN_SCORING));
        assertThat(changed(scoring, 1).state()).isEqualTo(SCORING);
        assertThat(changed(scoring, 1).scoringClosed()).isFalse();

        Change closed = apply(running(1L, slot(1, SCORING)), on(CLOSE_SCORING));
        assertThat(changed(closed, 1).state()).isEqualTo(SCORING);
        assertThat(changed(closed, 1).scoringClosed()).isTrue();
        assertThat(changed(closed, 1).phaseStartedAt()).isEqualTo(T0);
        assertThat(closed.session().currentSlotId()).isEqualTo(1L);
    }

    @Test
    void aRevealNeedsAScoreAndAConfirmationWhileJudgesAreMissing() {
        LiveSession live = running(2L, slot(1, DONE), slot(2, SCORING), slot(3, WAITING));
        facts.counts = new Counts(0, 3);
        refused(live, on(REVEAL), "no-scores");

        facts.counts = new Counts(2, 3);
        assertThatThrownBy(() -> apply(live, on(REVEAL))).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.type()).isEqualTo("reveal-incomplete");
            assertThat(e.extensions()).containsEntry("submitted", 2).containsEntry("expected", 3);
        });

        Change c = apply(live, new ControlRequest(REVEAL, null, null, true));
        Slot revealed = changed(c, 2);
        assertThat(revealed.state()).isEqualTo(REVEALED);
        assertThat(revealed.scoringClosed()).isTrue();
        assertThat(revealed.revealJson()).isEqualTo("{\"entry\":102}");
        assertThat(revealed.revealedAt()).isEqualTo(NOW);
        assertThat(facts.reveals).containsExactly(List.of(101L)); // computed together with the pitches already seen
        assertThat(c.session().currentSlotId()).isEqualTo(2L);
    }

    @Test
    void nextMarksTheSlotDoneAndMovesOnToTheNextWaitingSlotInOrder() {
        Change c = apply(running(1L, slot(1, REVEALED), slot(2, SKIPPED), slot(3, WAITING)), on(NEXT));
        assertThat(changed(c, 1).state()).isEqualTo(DONE);
        assertThat(c.session().currentSlotId()).isEqualTo(3L);

        Change wraps = apply(running(2L, slot(1, WAITING), slot(2, REVEALED)), on(NEXT));
        assertThat(wraps.session().currentSlotId())
                .as("an earlier waiting slot comes last")
                .isEqualTo(1L);

        Change last = apply(running(2L, slot(1, DONE), slot(2, REVEALED)), on(NEXT));
        assertThat(last.session().currentSlotId()).isNull();
    }

    @Test
    void reopeningNeedsAReasonAndAnOpenRoundAndRecordsTheReason() {
        LiveSession live = running(2L, slot(1, DONE), slot(2, REVEALED));
        assertThatThrownBy(() -> apply(live, on(REOPEN_SCORING, 1)))
                .isInstanceOfSatisfying(
                        ProblemException.Invalid.class,
                        e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("reason"));

        Change c = apply(live, new ControlRequest(REOPEN_SCORING, 1L, "Judge 2 mistyped", false));
        assertThat(changed(c, 1).state()).isEqualTo(SCORING);
        assertThat(changed(c, 1).scoringClosed()).isFalse();
        assertThat(changed(c, 1).revealJson()).isNull();
        assertThat(c.session().currentSlotId()).isEqualTo(1L);
        assertThat(c.event().action()).isEqualTo("LIVE_REOPEN_SCORING");
        assertThat(c.event().reason()).isEqualTo("Judge 2 mistyped");

        facts.status = RoundStatus.CLOSED;
        refused(live, new ControlRequest(REOPEN_SCORING, 1L, "late", false), "round-state");
    }

    @Test
    void onlyOneSlotIsActiveAtATime() {
        LiveSession live = running(1L, slot(1, PITCH), slot(2, WAITING), slot(3, DONE));
        refused(live, on(START_PITCH, 2), "slot-active");
        refused(live, new ControlRequest(REOPEN_SCORING, 3L, "why", false), "slot-active");
        refused(live, on(END), "slot-active");
    }

    @Test
    void skippingWorksWhilePausedAndMovesTheCurrentSlotOnlyIfItWasCurrent() {
        Change current = apply(live(SessionStatus.RUNNING, 1L, T0, slot(1, WAITING), slot(2, WAITING)), on(SKIP));
        assertThat(changed(current, 1).state()).isEqualTo(SKIPPED);
        assertThat(current.session().currentSlotId()).isEqualTo(2L);
        assertThat(current.session().pausedAt()).isEqualTo(T0);

        Change other = apply(running(1L, slot(1, PITCH), slot(2, WAITING)), on(SKIP, 2));
        assertThat(other.session().currentSlotId()).isEqualTo(1L);
    }

    @Test
    void pausingStopsSlotActionsAndResumingShiftsTheClockByThePause() {
        Change paused = apply(running(1L, slot(1, PITCH)), on(PAUSE));
        assertThat(paused.session().pausedAt()).isEqualTo(NOW);
        assertThat(paused.slotId()).isNull();
        assertThat(paused.event().after()).isNull();

        LiveSession stopped = live(SessionStatus.RUNNING, 1L, T0.plusSeconds(60), slot(1, PITCH), slot(2, WAITING));
        refused(stopped, on(PAUSE), "paused");
        refused(stopped, on(START_QA), "paused");
        Change resumed = apply(stopped, on(RESUME));
        assertThat(resumed.session().pausedAt()).isNull();
        assertThat(resumed.changedSlots()).hasSize(1);
        assertThat(changed(resumed, 1).phaseStartedAt()).isEqualTo(T0.plus(Duration.ofSeconds(240)));

        refused(running(1L, slot(1, PITCH)), on(RESUME), "not-paused");
    }

    @Test
    void endingClosesAnOpenRoundAndThenNothingIsPossible() {
        Change c = apply(running(null, slot(1, DONE), slot(2, SKIPPED)), on(END));
        assertThat(c.session().status()).isEqualTo(SessionStatus.ENDED);
        assertThat(c.roundEffect()).isEqualTo(RoundEffect.CLOSE);
        facts.status = RoundStatus.DRAFT;
        assertThat(apply(running(null, slot(1, WAITING)), on(END)).roundEffect())
                .isEqualTo(RoundEffect.NONE);

        LiveSession ended = live(SessionStatus.ENDED, null, null, slot(1, DONE));
        for (LiveAction action : LiveAction.values()) {
            refused(ended, new ControlRequest(action, 1L, "why", true), "session-ended");
        }
    }

    @Test
    void aSlotActionNeedsASlotOfThisSession() {
        assertThatThrownBy(() -> apply(running(1L, slot(1, WAITING)), on(START_PITCH, 99)))
                .isInstanceOf(ProblemException.NotFound.class);
        refused(running(null, slot(1, DONE)), on(START_PITCH), "no-current-slot");
    }

    // ---- what the console may offer ----------------------------------------------------------------

    Allowed allowed(LiveSession live) {
        return live.allowedActions(facts);
    }

    @Test
    void beforeAPitchTheHostMayStartSkipPauseOrEnd() {
        Allowed a = allowed(live(SessionStatus.READY, 1L, null, slot(1, WAITING), slot(2, WAITING)));
        assertThat(a.session()).containsExactly(START_PITCH, PAUSE, SKIP, END);
        assertThat(a.slots().get(2L)).containsExactly(START_PITCH, SKIP);
        assertThat(a.nextStep()).isEqualTo(START_PITCH);
    }

    @Test
    void duringAPitchOnlyThatPitchMovesOn() {
        Allowed a = allowed(running(1L, slot(1, PITCH), slot(2, WAITING), slot(3, DONE)));
        assertThat(a.session()).containsExactly(START_QA, OPEN_SCORING, PAUSE);
        assertThat(a.slots().get(2L)).as("another pitch waits its turn").containsExactly(SKIP);
        assertThat(a.slots().get(3L)).as("no reopening while a pitch runs").isEmpty();
        assertThat(a.nextStep()).isEqualTo(START_QA);
        assertThat(allowed(running(1L, slot(1, QA))).nextStep()).isEqualTo(OPEN_SCORING);
    }

    @Test
    void whileScoringTheRevealNeedsAtLeastOneScore() {
        facts.counts = new Counts(0, 3);
        Allowed none = allowed(running(1L, slot(1, SCORING)));
        assertThat(none.session()).containsExactly(CLOSE_SCORING, PAUSE);
        assertThat(none.nextStep()).isEqualTo(REVEAL);

        facts.counts = new Counts(2, 3);
        assertThat(allowed(running(1L, slot(1, SCORING))).session())
                .as("partial: the host confirms")
                .containsExactly(CLOSE_SCORING, REVEAL, PAUSE);
        assertThat(allowed(running(1L, slot(1, SCORING, true))).session())
                .containsExactly(REVEAL, PAUSE, REOPEN_SCORING);
    }

    @Test
    void afterARevealTheHostMovesOnReopensOrEnds() {
        Allowed a = allowed(running(1L, slot(1, REVEALED), slot(2, WAITING)));
        assertThat(a.session()).containsExactly(NEXT, PAUSE, REOPEN_SCORING, END);
        assertThat(a.slots().get(2L)).containsExactly(START_PITCH, SKIP);
        assertThat(a.nextStep()).isEqualTo(NEXT);

        facts.status = RoundStatus.CLOSED;
        assertThat(allowed(running(1L, slot(1, REVEALED))).session())
                .as("scores can no longer change")
                .containsExactly(NEXT, PAUSE, END);
    }

    @Test
    void whilePausedOnlyResumeSkipAndEndArePossible() {
        Allowed a = allowed(live(SessionStatus.RUNNING, 1L, T0, slot(1, WAITING)));
        assertThat(a.session()).containsExactly(RESUME, SKIP, END);
        assertThat(a.nextStep()).isEqualTo(START_PITCH);
    }

    @Test
    void withEveryPitchDoneTheNextStepIsTheEnd() {
        Allowed a = allowed(running(null, slot(1, DONE), slot(2, SKIPPED)));
        assertThat(a.session()).containsExactly(PAUSE, END);
        assertThat(a.slots().get(1L)).containsExactly(REOPEN_SCORING);
        assertThat(a.slots().get(2L)).isEmpty();
        assertThat(a.nextStep()).isEqualTo(END);
    }

    @Test
    void anEndedSessionOffersNothing() {
        Allowed a = allowed(live(SessionStatus.ENDED, null, null, slot(1, DONE)));
        assertThat(a.session()).isEmpty();
        assertThat(a.slots().get(1L)).isEmpty();
        assertThat(a.nextStep()).isNull();
    }

    @Test
    void askingWhatIsAllowedNeverComputesAReveal() {
        facts.counts = new Counts(3, 3);
        allowed(running(1L, slot(1, SCORING)));
        assertThat(facts.reveals).isEmpty();
    }

    // ---- the hall's queue and the schedule ---------------------------------------------------------

    @Test
    void upNextIsTheCurrentWaitingSlotElseTheNextWaitingOne() {
        assertThat(running(2L, slot(1, WAITING), slot(2, WAITING)).upNext()).isEqualTo(2L);
        assertThat(running(1L, slot(1, DONE), slot(2, SKIPPED), slot(3, WAITING))
                        .upNext())
                .isEqualTo(3L);
        assertThat(running(null, slot(1, DONE)).upNext()).isNull();
    }

    @Test
    void aNewScheduleMayDropOnlySlotsThatNeverStarted() {
        LiveSession live = running(1L, slot(1, PITCH), slot(2, WAITING), slot(3, SKIPPED));
        assertThat(live.removedBy(List.of(101L))).extracting(Slot::id).containsExactly(2L, 3L);
    }

    @Test
    void aStartedSlotCannotLeaveTheSchedule() {
        LiveSession live = running(1L, slot(1, PITCH), slot(2, WAITING));
        assertThatThrownBy(() -> live.removedBy(List.of(102L)))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.type()).isEqualTo("slot-started"));
    }

    @Test
    void afterANewScheduleABusyCurrentSlotStaysAndAWaitingOneFollowsTheOrder() {
        assertThat(running(2L, slot(1, WAITING), slot(2, PITCH))
                        .rescheduled(null, null, NOW)
                        .currentSlotId())
                .isEqualTo(2L);
        Session s = running(2L, slot(1, WAITING), slot(2, WAITING)).rescheduled(true, "Hall A", NOW);
        assertThat(s.currentSlotId()).isEqualTo(1L);
        assertThat(s.showJudgeNames()).isTrue();
        assertThat(s.stage()).isEqualTo("Hall A");
        assertThat(s.version()).isEqualTo(8);
    }
}
