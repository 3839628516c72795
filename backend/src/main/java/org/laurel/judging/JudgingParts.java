package org.laurel.judging;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** The judging module's plain records; {@link Scorecard} has rules of its own and lives apart. */
final class JudgingParts {

    private JudgingParts() {}

    @MappedEntity("panel_member")
    record PanelMember(@Id @GeneratedValue @Nullable Long id, long roundId, long judgeId) {}

    /** An entry taking part in a round; {@code advanced} is decided when the round is finalized. */
    @MappedEntity("round_entry")
    record RoundEntry(
            @Id @GeneratedValue @Nullable Long id,
            long roundId,
            long entryId,
            @Nullable Long categoryId,
            @Nullable Boolean advanced) {}

    /** An automatic reminder claimed for a deadline: unique per (round, judge, deadline, kind), so sent once. */
    @MappedEntity("judge_reminder")
    record Reminder(
            @Id @GeneratedValue @Nullable Long id,
            long roundId,
            long judgeId,
            Instant deadline,
            String kind,
            Instant sentAt) {}

    /** When a judge first opened an entry in a round ({@link JudgingRepositories.Openings}). */
    @MappedEntity("entry_opened")
    record EntryOpened(
            @Id @GeneratedValue @Nullable Long id, long roundId, long entryId, long judgeId, Instant openedAt) {}

    @MappedEntity("assignment")
    record Assignment(
            @Id @GeneratedValue @Nullable Long id,
            long roundId,
            long entryId,
            long judgeId,
            String source,
            Instant createdAt) {}

    @MappedEntity("conflict_of_interest")
    record Conflict(
            @Id @GeneratedValue @Nullable Long id,
            long entryId,
            long judgeId,
            String reason,
            String source,
            @Nullable Long createdBy,
            Instant createdAt) {}

    @MappedEntity("result_snapshot")
    record Snapshot(
            @Id @GeneratedValue @Nullable Long id,
            long roundId,
            int version,
            String method,
            String content,
            String sha256,
            long createdBy,
            Instant createdAt) {}
}
