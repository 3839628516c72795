package org.laurel.judging;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import org.laurel.judging.JudgingParts.Assignment;
import org.laurel.judging.JudgingParts.Conflict;
import org.laurel.judging.JudgingParts.PanelMember;
import org.laurel.judging.JudgingParts.RoundEntry;
import org.laurel.judging.JudgingParts.Snapshot;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

final class JudgingRepositories {

    private JudgingRepositories() {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Panels extends CrudRepository<PanelMember, Long> {
        List<PanelMember> findByRoundIdOrderByJudgeId(long roundId);

        boolean existsByRoundIdAndJudgeId(long roundId, long judgeId);

        void deleteByRoundId(long roundId);
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

        boolean existsByEntryIdAndJudgeId(long entryId, long judgeId);

        void deleteByRoundId(long roundId);

        void deleteByEntryIdAndJudgeId(long entryId, long judgeId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Conflicts extends CrudRepository<Conflict, Long> {
        List<Conflict> findByEntryIdIn(Collection<Long> entryIds);

        boolean existsByEntryIdAndJudgeId(long entryId, long judgeId);

        List<Conflict> findByJudgeId(long judgeId);

        /** The conflicts on a round's entries, by a join rather than a long IN list. */
        @Query("SELECT c.* FROM conflict_of_interest c JOIN round_entry re ON re.entry_id = c.entry_id WHERE re.round_id = :roundId")
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
        @Query("SELECT entry_id, judge_id, values_json FROM scorecard WHERE round_id = :roundId AND status = 'SUBMITTED'")
        List<SubmittedValues> submittedIn(long roundId);
    }

    @io.micronaut.core.annotation.Introspected
    record SubmittedValues(long entryId, long judgeId, String valuesJson) {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Snapshots extends CrudRepository<Snapshot, Long> {
        Optional<Snapshot> findFirstByRoundIdOrderByVersionDesc(long roundId);
    }

    /** One round-trip for the check every scorecard save needs. */
    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Access extends CrudRepository<Assignment, Long> {
        @Query("SELECT COUNT(*) FROM assignment a WHERE a.round_id = :roundId AND a.entry_id = :entryId AND a.judge_id = :judgeId"
                + " AND NOT EXISTS (SELECT 1 FROM conflict_of_interest c WHERE c.entry_id = :entryId AND c.judge_id = :judgeId)")
        long countUsableAssignment(long roundId, long entryId, long judgeId);

        /**
         * The whole check a scorecard save needs in one round-trip: the round is open, the judge is
         * assigned and not conflicted. Returns the round's updatedAt (to reuse its cached view), or
         * nothing when any condition fails. Reads the programs module's round table on purpose:
         * this is the hottest write path in Laurel.
         */
        @Query("SELECT r.updated_at FROM judging_round r WHERE r.id = :roundId AND r.status = 'OPEN'"
                + " AND EXISTS (SELECT 1 FROM assignment a WHERE a.round_id = r.id AND a.entry_id = :entryId AND a.judge_id = :judgeId)"
                + " AND NOT EXISTS (SELECT 1 FROM conflict_of_interest c WHERE c.entry_id = :entryId AND c.judge_id = :judgeId)")
        java.util.Optional<java.time.Instant> findOpenRoundForScoring(long roundId, long entryId, long judgeId);

        @Query("SELECT COUNT(*) FROM assignment a JOIN judging_round r ON r.id = a.round_id"
                + " WHERE a.entry_id = :entryId AND a.judge_id = :judgeId AND r.status <> 'DRAFT'"
                + " AND NOT EXISTS (SELECT 1 FROM conflict_of_interest c WHERE c.entry_id = :entryId AND c.judge_id = :judgeId)")
        long countStartedAssignments(long entryId, long judgeId);

        /** Of those, the ones in blind rounds: a judge who judges the entry blind anywhere sees it blind everywhere. */
        @Query("SELECT COUNT(*) FROM assignment a JOIN judging_round r ON r.id = a.round_id"
                + " WHERE a.entry_id = :entryId AND a.judge_id = :judgeId AND r.status <> 'DRAFT' AND r.blind = TRUE"
                + " AND NOT EXISTS (SELECT 1 FROM conflict_of_interest c WHERE c.entry_id = :entryId AND c.judge_id = :judgeId)")
        long countStartedBlindAssignments(long entryId, long judgeId);
    }
}
