package org.laurel.judging;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.laurel.judging.JudgingParts.Assignment;
import org.laurel.judging.JudgingParts.Conflict;
import org.laurel.judging.JudgingParts.PanelMember;
import org.laurel.judging.JudgingParts.RoundEntry;
import org.laurel.judging.JudgingParts.Snapshot;

final class JudgingRepositories {

    private JudgingRepositories() {}

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Panels extends CrudRepository<PanelMember, Long> {
        List<PanelMember> findByRoundIdOrderByJudgeId(long roundId);

        boolean existsByRoundIdAndJudgeId(long roundId, long judgeId);

        List<PanelMember> findByJudgeId(long judgeId);

        List<PanelMember> findByRoundIdIn(java.util.Collection<Long> roundIds);

        void deleteByRoundId(long roundId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Reminders extends CrudRepository<JudgingParts.Reminder, Long> {

        /**
         * Claims the automatic reminder of one judge for one deadline: 1 when this call inserted
         * the row, 0 when it existed. A concurrent claim of the same key waits for the first to
         * commit or roll back, so exactly one transaction ever gets 1.
         */
        @Query("INSERT INTO judge_reminder (round_id, judge_id, deadline, kind, sent_at) "
                + "VALUES (:roundId, :judgeId, :deadline, :kind, :sentAt) ON CONFLICT DO NOTHING")
        int claim(long roundId, long judgeId, Instant deadline, String kind, Instant sentAt);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface RoundEntries extends CrudRepository<RoundEntry, Long> {
        List<RoundEntry> findByRoundIdOrderByEntryId(long roundId);

        long countByRoundId(long roundId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Assignments extends CrudRepository<Assignment, Long> {
        List<Assignment> findByRoundId(long roundId);

        List<Assignment> findByJudgeId(long judgeId);

        Optional<Assignment> findByRoundIdAndEntryIdAndJudgeId(long roundId, long entryId, long judgeId);

        void deleteByRoundId(long roundId);

        void deleteByEntryIdAndJudgeId(long entryId, long judgeId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Conflicts extends CrudRepository<Conflict, Long> {
        List<Conflict> findByEntryIdIn(Collection<Long> entryIds);

        List<Conflict> findByJudgeId(long judgeId);

        /** The conflicts on a round's entries, by a join rather than a long IN list. */
        @Query(
                "SELECT c.* FROM conflict_of_interest c JOIN round_entry re ON re.entry_id = c.entry_id WHERE re.round_id = :roundId")
        List<Conflict> findInRound(long roundId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Scorecards extends CrudRepository<Scorecard, Long> {
        Optional<Scorecard> findByRoundIdAndEntryIdAndJudgeId(long roundId, long entryId, long judgeId);

        List<Scorecard> findByRoundId(long roundId);

        List<Scorecard> findByRoundIdAndEntryId(long roundId, long entryId);

        List<Scorecard> findByEntryId(long entryId);

        /** Keyset paging for exports: the next {@code limit} cards after id {@code after}. */
        @Query("SELECT * FROM scorecard WHERE round_id = :roundId AND id > :after ORDER BY id LIMIT :limit")
        List<Scorecard> chunk(long roundId, long after, int limit);

        List<Scorecard> findByJudgeId(long judgeId);

        boolean existsByRoundIdAndJudgeId(long roundId, long judgeId);

        /** What the aggregation engine reads: the values of submitted cards, nothing else. */
        @Query(
                "SELECT entry_id, judge_id, values_json FROM scorecard WHERE round_id = :roundId AND status = 'SUBMITTED'")
        List<SubmittedValues> submittedIn(long roundId);
    }

    @io.micronaut.core.annotation.Introspected
    record SubmittedValues(long entryId, long judgeId, String valuesJson) {}

    /** A submitted card's submission time and when its judge first opened the entry (null before this was recorded). */
    @io.micronaut.core.annotation.Introspected
    record CardTiming(
            long entryId,
            long judgeId,
            @Nullable Instant submittedAt,
            @Nullable Instant openedAt) {}

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Openings extends CrudRepository<JudgingParts.EntryOpened, Long> {

        /** Keeps the first opening only: 1 when this call recorded it, 0 when it was already known. */
        @Query("INSERT INTO entry_opened (round_id, entry_id, judge_id, opened_at) "
                + "VALUES (:roundId, :entryId, :judgeId, :openedAt) ON CONFLICT DO NOTHING")
        int record(long roundId, long entryId, long judgeId, Instant openedAt);

        @Query("SELECT s.entry_id, s.judge_id, s.submitted_at, o.opened_at FROM scorecard s"
                + " LEFT JOIN entry_opened o ON o.round_id = s.round_id AND o.entry_id = s.entry_id"
                + " AND o.judge_id = s.judge_id WHERE s.round_id = :roundId AND s.status = 'SUBMITTED'")
        List<CardTiming> timingsIn(long roundId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Snapshots extends CrudRepository<Snapshot, Long> {
        Optional<Snapshot> findFirstByRoundIdOrderByVersionDesc(long roundId);
    }

    /**
     * The one query behind {@link JudgingPolicy}: a judge's standing on an entry. One row per round
     * the judge is assigned to the entry in (with that round's state and the judge's scorecard there,
     * if any), or a single row without a round when there is none; every row says whether the judge
     * is recused from the entry. It is the whole access check of a scorecard save, the hottest write
     * path in Laurel, and reads the programs module's round table on purpose. The card comes along
     * (one unique-key lookup) so a save needs no second round trip to read what it is about to
     * change.
     */
    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Access extends CrudRepository<Assignment, Long> {
        @Query(
                "SELECT f.recused AS recused, r.id AS round_id, r.status AS status, r.blind AS blind, r.updated_at AS updated_at,"
                        + " s.id AS card_id, s.values_json AS card_values, s.comment AS card_comment,"
                        + " s.feedback AS card_feedback, s.status AS card_status, s.created_at AS card_created_at,"
                        + " s.updated_at AS card_updated_at, s.submitted_at AS card_submitted_at, s.version AS card_version"
                        + " FROM (SELECT EXISTS (SELECT 1 FROM conflict_of_interest c WHERE c.entry_id = :entryId AND c.judge_id = :judgeId)"
                        + " AS recused) f"
                        + " LEFT JOIN assignment a ON a.entry_id = :entryId AND a.judge_id = :judgeId"
                        + " LEFT JOIN judging_round r ON r.id = a.round_id"
                        + " LEFT JOIN scorecard s ON s.round_id = a.round_id AND s.entry_id = :entryId AND s.judge_id = :judgeId")
        List<StandingRow> standing(long entryId, long judgeId);
    }

    /**
     * A row of {@link Access#standing}; the round columns are null when the judge holds no
     * assignment to the entry, the card columns when they have no scorecard in that round yet.
     */
    @Introspected
    record StandingRow(
            boolean recused,
            @Nullable Long roundId,
            @Nullable String status,
            @Nullable Boolean blind,
            @Nullable Instant updatedAt,
            @Nullable Long cardId,
            @Nullable String cardValues,
            @Nullable String cardComment,
            @Nullable String cardFeedback,
            @Nullable String cardStatus,
            @Nullable Instant cardCreatedAt,
            @Nullable Instant cardUpdatedAt,
            @Nullable Instant cardSubmittedAt,
            @Nullable Long cardVersion) {

        /** The judge's scorecard in this row's round, as the entity a save updates; empty when there is none yet. */
        Optional<Scorecard> card(long entryId, long judgeId) {
            if (cardId == null) {
                return Optional.empty();
            }
            Scorecard c = Scorecard.blank(roundId, entryId, judgeId, cardCreatedAt);
            c.setId(cardId);
            c.setValuesJson(cardValues);
            c.setComment(cardComment);
            c.setFeedback(cardFeedback);
            c.setStatus(Scorecard.Status.valueOf(cardStatus));
            c.setUpdatedAt(cardUpdatedAt);
            c.setSubmittedAt(cardSubmittedAt);
            c.setVersion(cardVersion);
            return Optional.of(c);
        }
    }
}
