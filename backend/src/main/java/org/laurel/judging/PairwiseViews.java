package org.laurel.judging;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.laurel.programs.RoundStatus;

/** What the pairwise endpoints read and write. */
public final class PairwiseViews {

    private PairwiseViews() {}

    /**
     * What a judge on the floor may say. START: send me to a table. NEXT: I have seen my first
     * table (nothing to compare it with yet). CURRENT_BETTER / PREVIOUS_BETTER: of my last two
     * tables, this one was better. SKIP: I cannot judge this table (nobody there, a crowd).
     */
    public enum Decision {
        START,
        NEXT,
        CURRENT_BETTER,
        PREVIOUS_BETTER,
        SKIP
    }

    /** One table as a judge sees it. */
    @Serdeable
    public record Stop(long entryId, String title, String table) {}

    /**
     * A judge's walk: where they are, where they were, and what they may say now
     * ({@code allowedDecisions}, from the server's rule; empty when the round takes no answers).
     */
    @Serdeable
    public record Walk(
            long roundId,
            String roundName,
            RoundStatus roundStatus,
            @Nullable Instant scoringClosesAt,
            @Nullable Stop previous,
            @Nullable Stop current,
            int comparisons,
            int tablesLeft,
            List<Decision> allowedDecisions) {}

    /** {@code currentEntryId} is the table the judge's screen shows: a stale screen gets 409, not a wrong answer. */
    @Serdeable
    public record DecisionRequest(
            @NotNull Decision decision, @Nullable Long currentEntryId) {}

    /** A PAIRWISE round a judge is on the panel of, for the judge's queue. */
    @Serdeable
    public record MyRound(
            long roundId,
            String roundName,
            RoundStatus roundStatus,
            long programId,
            String programTitle,
            int comparisons) {}

    /** The organizer changes a table: its label, or whether the team is at it. */
    @Serdeable
    public record TableRequest(
            @Nullable @Size(min = 1, max = 20) String label,
            @Nullable Boolean present) {}

    /** One table in the organizer's floor view, ranked by CrowdBT strength. */
    @Serdeable
    public record FloorTable(
            long entryId,
            String title,
            @Nullable Long categoryId,
            String table,
            boolean present,
            @Nullable Integer rank,
            double strength,
            double uncertainty,
            int comparisons,
            List<String> judgesHere) {}

    /** One judge on the floor: how much they compared, how reliable CrowdBT believes them, where they are. */
    @Serdeable
    public record FloorJudge(
            long judgeId,
            String name,
            int comparisons,
            double reliability,
            @Nullable String currentTable,
            @Nullable Instant since) {}

    /** The organizer's live view of a pairwise round: coverage, the ranking with its uncertainty, the judges. */
    @Serdeable
    public record Floor(
            long roundId,
            RoundStatus roundStatus,
            int comparisons,
            int tablesPresent,
            int tablesUnseen,
            int minComparisons,
            List<FloorTable> tables,
            List<FloorJudge> judges) {}
}
