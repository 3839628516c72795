package org.laurel.live;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.laurel.judging.JudgingViews.JudgeEntry;

/** Requests and views of the live roadshow. {@link LiveState} is public: it must never carry anything private. */
public final class LiveViews {

    private LiveViews() {}

    /** {@code stage}: the hall the session runs on (blank or absent: none, as before stages existed). */
    @Serdeable
    public record ScheduleRequest(
            @NotNull @Size(min = 1, max = 200) List<@Valid @NotNull SlotRequest> slots,
            @Nullable Boolean showJudgeNames,
            @Nullable @Size(max = 80) String stage) {

        public ScheduleRequest(List<SlotRequest> slots, @Nullable Boolean showJudgeNames) {
            this(slots, showJudgeNames, null);
        }

        /** The stage's name as kept: trimmed, null when blank. */
        @Nullable
        String stageName() {
            return stage == null || stage.isBlank() ? null : stage.strip();
        }
    }

    @Serdeable
    public record SlotRequest(
            @NotNull Long entryId,
            @NotNull Integer order,
            @Nullable Instant plannedStart,
            @Min(1) @Max(180) int pitchMinutes,
            @Min(0) @Max(180) int qaMinutes) {}

    @Serdeable
    public record ControlRequest(
            @NotNull LiveAction action,
            @Nullable Long slotId,
            @Nullable @Size(max = 1000) String reason,
            boolean confirmPartial) {}

    /**
     * What the hall may see. {@code upNextSlotId} is the slot the hall waits for (the current one
     * if it has not started, else the next waiting one); {@code leaderboardBeforeReveal} is the
     * ranking without the pitch being revealed (only during a reveal). {@code remainingSeconds} is negative in overtime; {@code phaseEndsAt}
     * with {@code serverTime} lets a screen count down on its own; {@code lastEventId} is where a
     * client that loaded this state should resume the event stream; {@code audience} is the audience vote's panel (null: no vote). {@code programAccentColor} and
     * {@code programAccentText} are the program's brand colours, next to its logo (null: the house colours).
     */
    @Serdeable
    public record LiveState(
            long sessionId,
            long roundId,
            String roundName,
            String programTitle,
            @Nullable String programLogoUrl,
            @Nullable String programAccentColor,
            @Nullable String programAccentText,
            @Nullable String stage,
            String status,
            boolean paused,
            @Nullable Long currentSlotId,
            @Nullable SlotState phase,
            @Nullable Long remainingSeconds,
            @Nullable Instant phaseEndsAt,
            Instant serverTime,
            List<SlotView> slots,
            @Nullable Long upNextSlotId,
            @Nullable Reveal reveal,
            List<LeaderRow> leaderboard,
            @Nullable List<LeaderRow> leaderboardBeforeReveal,
            int submittedCount,
            int expectedCount,
            @Nullable AudienceVoteViews.AudienceView audience,
            long lastEventId) {

        LiveState at(Instant now, long eventId) {
            Long remaining = phaseEndsAt == null || paused
                    ? remainingSeconds
                    : Long.valueOf(java.time.Duration.between(now, phaseEndsAt).toSeconds());
            return new LiveState(
                    sessionId,
                    roundId,
                    roundName,
                    programTitle,
                    programLogoUrl,
                    programAccentColor,
                    programAccentText,
                    stage,
                    status,
                    paused,
                    currentSlotId,
                    phase,
                    remaining,
                    phaseEndsAt,
                    now,
                    slots,
                    upNextSlotId,
                    reveal,
                    leaderboard,
                    leaderboardBeforeReveal,
                    submittedCount,
                    expectedCount,
                    audience,
                    eventId);
        }
    }

    /**
     * {@code acceptsScores}: judges' scorecards for this pitch are accepted now (a tablet locks its
     * form on this); {@code removable}: a new schedule may leave this slot out (it never started).
     */
    @Serdeable
    public record SlotView(
            long id,
            long entryId,
            String title,
            @Nullable String organization,
            int order,
            @Nullable Instant plannedStart,
            int pitchMinutes,
            int qaMinutes,
            SlotState state,
            boolean scoringClosed,
            boolean acceptsScores,
            boolean removable) {}

    /** Judges' totals in judge order (anonymised as numbers unless the organizer chose names), dropped ones marked. */
    @Serdeable
    public record Reveal(
            long slotId, long entryId, String title, String method, List<RevealScore> scores, double finalScore) {}

    @Serdeable
    public record RevealScore(int judge, @Nullable String name, double total, boolean dropped) {}

    /**
     * {@code score} is the final the hall ranks by: the judges', or with a weighted audience vote
     * the combined final, whose two parts are then {@code judgesScore} and {@code audienceScore}.
     */
    @Serdeable
    public record LeaderRow(
            int rank,
            long entryId,
            String title,
            @Nullable String organization,
            double score,
            @Nullable Double judgesScore,
            @Nullable Double audienceScore) {}

    /** An event's data: what happened and the state after it. */
    @Serdeable
    public record LiveEvent(String type, @Nullable Long slotId, LiveState state) {}

    /**
     * The console: {@code allowedActions} are what the host may send now without naming a slot
     * (session actions and the current slot's), {@code slotActions} what it may send naming each
     * slot, {@code nextStep} the step the hall expects next (the highlighted button, possible or not).
     */
    @Serdeable
    public record HostView(
            LiveState state,
            List<HostJudge> judges,
            boolean showJudgeNames,
            List<LiveAction> allowedActions,
            List<SlotActions> slotActions,
            @Nullable LiveAction nextStep) {}

    @Serdeable
    public record SlotActions(long slotId, List<LiveAction> allowedActions) {}

    /** Per judge, for the current slot: NOT_STARTED, DRAFT, SUBMITTED or RECUSED. */
    @Serdeable
    public record HostJudge(long id, int number, String name, String status) {}

    @Serdeable
    public record TabletView(
            LiveState state, int judgeNumber, @Nullable JudgeEntry entry, boolean recused, boolean canScore) {}
}
