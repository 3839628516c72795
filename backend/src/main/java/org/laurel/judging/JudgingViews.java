package org.laurel.judging;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.laurel.entries.JudgeEntryView;
import org.laurel.programs.AggregationMethod;
import org.laurel.programs.RoundView;

/** Requests and views of the judging API. */
public final class JudgingViews {

    private JudgingViews() {}

    @Serdeable
    public record SetPanelRequest(@NotNull @Size(max = 500) List<@NotNull Long> judgeIds) {}

    @Serdeable
    public record PanelView(long roundId, List<JudgeSummary> judges) {}

    @Serdeable
    public record JudgeSummary(
            long id,
            String displayName,
            String email,
            @Nullable String organization,
            int load) {}

    @Serdeable
    public record AssignRequest(
            @NotNull Long entryId, @NotNull Long judgeId) {}

    /** An organizer invites a judge by email straight into a round's panel. */
    @Serdeable
    public record InviteJudgeRequest(
            @NotBlank @jakarta.validation.constraints.Email @Size(max = 254)
            String email,

            /* Needed only when no account uses the address yet. */
            @io.micronaut.core.annotation.Nullable @Size(max = 100)
            String displayName,

            @io.micronaut.core.annotation.Nullable @Size(max = 200)
            String organization,

            @io.micronaut.core.annotation.Nullable
            @jakarta.validation.constraints.Pattern(regexp = "zh-CN|en", message = "must be zh-CN or en")
            String language) {}

    /**
     * {@code outcome}: CREATED (a new account, invitation emailed), ROLE_ADDED (an existing account
     * became a judge) or ALREADY_JUDGE.
     */
    @Serdeable
    public record PanelInvitation(long judgeId, String outcome, PanelView panel) {}
    /** Which judges to remind; none named: every judge of the round with scorecards still to submit. */
    @Serdeable
    public record RemindRequest(@Nullable @Size(max = 500) List<@NotNull Long> judgeIds) {}

    /** Who was reminded, and who was left out because they have nothing left to submit. */
    @Serdeable
    public record RemindedView(long roundId, List<Long> reminded, List<Long> skipped) {}

    @Serdeable
    public record ConflictRequest(
            @NotNull Long entryId,
            @NotNull Long judgeId,
            @NotBlank @Size(max = 500) String reason) {}

    @Serdeable
    public record DeclareConflictRequest(
            @NotBlank @Size(max = 500) String reason) {}

    @Serdeable
    public record OpenRequest(@Nullable @Size(max = 1000) String reason) {}

    /** The judge x entry matrix: who scores what, who is conflicted, where judges are missing. */
    @Serdeable
    public record AssignmentMatrix(
            long roundId,
            int judgesPerEntry,
            List<JudgeSummary> judges,
            List<EntryRow> entries,
            int minLoad,
            int maxLoad) {}

    @Serdeable
    public record EntryRow(
            long entryId,
            String title,
            @Nullable Long categoryId,
            List<Long> judgeIds,
            List<ConflictView> conflicts,
            int missing) {}

    @Serdeable
    public record ConflictView(long judgeId, String reason, String source) {}

    @Serdeable
    public record AutoAssignResult(int added, Map<Long, Integer> shortfalls, AssignmentMatrix matrix) {}

    @Serdeable
    public record SaveScorecardRequest(
            @NotNull Map<String, Double> scores,
            @Nullable @Size(max = 5000) String comment,
            @Nullable @Size(max = 5000) String feedback,
            boolean submit) {}

    @Serdeable
    public record ScorecardView(
            long roundId,
            long entryId,
            Map<String, Double> scores,
            @Nullable String comment,
            @Nullable String feedback,
            String status,
            double total,
            @Nullable Instant submittedAt,
            @Nullable Instant updatedAt) {}

    @Serdeable
    public record QueueItem(
            long roundId,
            String roundName,
            String roundStatus,
            long programId,
            String programTitle,
            long entryId,
            String entryTitle,
            String scorecardStatus,
            // When judges are asked to have scored by; after it, the scorecard no longer changes.
            @Nullable Instant scoringClosesAt,
            // Whether the judge may save this scorecard now (round open, deadline not passed).
            boolean canScore) {}

    @Serdeable
    public record JudgeEntry(
            RoundView round, JudgeEntryView entry, @Nullable ScorecardView scorecard, boolean canScore) {}

    @Serdeable
    public record ResultItem(
            long entryId,
            String title,
            @Nullable Long categoryId,
            @Nullable Integer rank,
            @Nullable Double score,
            int judgeCount,
            @Nullable Double spread,
            @Nullable Double stdDev,
            List<String> flags,
            Map<Long, Double> perCriterion) {}

    @Serdeable
    public record ResultsView(long roundId, AggregationMethod method, List<ResultItem> items) {}

    @Serdeable
    public record ComparisonItem(
            long entryId,
            String title,
            @Nullable Long categoryId,
            Map<AggregationMethod, Integer> ranks,
            Map<AggregationMethod, Double> scores,
            boolean rankChanges) {}

    @Serdeable
    public record ComparisonView(long roundId, AggregationMethod current, List<ComparisonItem> items, int changed) {}

    @Serdeable
    public record ProgressView(
            long roundId,
            List<JudgeProgress> judges,
            List<EntryProgress> entries,
            @Nullable Instant scoringClosesAt,
            // Whether judges can be reminded now (the round is open).
            boolean canRemind) {}

    @Serdeable
    public record JudgeProgress(long judgeId, String displayName, int assigned, int drafted, int submitted) {}

    /**
     * One entry's scorecards: {@code pendingJudgeIds} are the assigned judges whose scorecard is not
     * submitted yet.
     */
    @Serdeable
    public record EntryProgress(
            long entryId,
            String title,
            int assigned,
            int submitted,
            @Nullable Long categoryId,
            List<Long> pendingJudgeIds) {}

    /** The round's progress in figures, without any list: the head of the paged progress tab. */
    @Serdeable
    public record ProgressSummary(
            long roundId,
            int assigned,
            int drafted,
            int submitted,
            int judges,
            int judgesBehind,
            int entries,
            int entriesMissing,
            @Nullable Instant scoringClosesAt,
            boolean canRemind) {}

    /**
     * One page of per-entry progress; {@code total} counts what matches the filters,
     * {@code missing} and {@code complete} count the whole round (for the filter's labels).
     */
    @Serdeable
    public record EntryProgressPage(List<EntryProgress> items, long total, int missing, int complete) {}

    /**
     * One page of the assignment matrix's entry rows, with every judge of the panel (columns and
     * load) and round-wide counts: {@code entriesMissing} entries lack {@code judgesMissing} judges.
     */
    @Serdeable
    public record AssignmentPage(
            long roundId,
            int judgesPerEntry,
            List<JudgeSummary> judges,
            List<EntryRow> items,
            long total,
            int minLoad,
            int maxLoad,
            int entries,
            int entriesMissing,
            int judgesMissing) {}

    @Serdeable
    public record SnapshotView(
            long roundId,
            int version,
            AggregationMethod method,
            String sha256,
            Instant createdAt,
            List<ResultItem> items,
            List<Long> advanced) {}

    /**
     * The totals one judge gave in a round, and their calibration against the panel on shared
     * entries: {@code leniency} in points (positive: more generous), {@code agreement} as Kendall's
     * tau-b; {@code outlier} when either is far off ({@link Calibration}).
     */
    @Serdeable
    public record JudgeDistribution(
            long judgeId,
            String displayName,
            int count,
            @Nullable Double mean,
            @Nullable Double stdDev,
            List<Double> totals,
            int shared,
            @Nullable Double leniency,
            @Nullable Double agreement,
            boolean outlier) {}

    /** Feedback for an applicant: {@code judgeName} only when the round was not blind. */
    @Serdeable
    public record EntryFeedback(
            String roundName,
            boolean blind,
            int judgeNumber,
            @Nullable String judgeName,
            String text) {}
}
