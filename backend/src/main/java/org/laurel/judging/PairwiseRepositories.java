package org.laurel.judging;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The rows of pairwise judging (see V22__pairwise.sql) and their queries. */
final class PairwiseRepositories {

    private PairwiseRepositories() {}

    /** An entry's table on the floor and its CrowdBT belief. */
    @MappedEntity("pairwise_table")
    record TableRow(
            @Id @GeneratedValue @Nullable Long id,
            long roundId,
            long entryId,
            String label,
            boolean present,
            double mu,
            double sigmaSq,
            int comparisons) {

        CrowdBT.Entry belief() {
            return new CrowdBT.Entry(mu, sigmaSq);
        }

        TableRow believing(CrowdBT.Entry b) {
            return new TableRow(id, roundId, entryId, label, present, b.mu(), b.sigmaSq(), comparisons + 1);
        }
    }

    /** A judge's reliability belief and where they are on the floor. */
    @MappedEntity("pairwise_judge")
    record JudgeRow(
            @Id @GeneratedValue @Nullable Long id,
            long roundId,
            long judgeId,
            double alpha,
            double beta,
            @Nullable Long currentEntryId,
            @Nullable Long previousEntryId,
            @Nullable Instant currentSince,
            int comparisons) {

        CrowdBT.Judge belief() {
            return new CrowdBT.Judge(alpha, beta);
        }

        JudgeRow at(@Nullable Long current, @Nullable Long previous, Instant now) {
            return new JudgeRow(
                    id, roundId, judgeId, alpha, beta, current, previous, current == null ? null : now, comparisons);
        }

        JudgeRow believing(CrowdBT.Judge b) {
            return new JudgeRow(
                    id,
                    roundId,
                    judgeId,
                    b.alpha(),
                    b.beta(),
                    currentEntryId,
                    previousEntryId,
                    currentSince,
                    comparisons + 1);
        }
    }

    @MappedEntity("pairwise_visit")
    record Visit(
            @Id @GeneratedValue @Nullable Long id,
            long roundId,
            long judgeId,
            long entryId,
            boolean skipped,
            Instant visitedAt) {}

    @MappedEntity("pairwise_comparison")
    record Comparison(
            @Id @GeneratedValue @Nullable Long id,
            long roundId,
            long judgeId,
            long winnerEntryId,
            long loserEntryId,
            Instant createdAt) {}

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Tables extends CrudRepository<TableRow, Long> {
        List<TableRow> findByRoundIdOrderByEntryId(long roundId);

        Optional<TableRow> findByRoundIdAndEntryId(long roundId, long entryId);

        /** The two tables of a comparison, locked in entry order so that two judges never wait on each other in a circle. */
        @Query(
                "SELECT * FROM pairwise_table WHERE round_id = :roundId AND entry_id IN (:a, :b) ORDER BY entry_id FOR UPDATE")
        List<TableRow> lockPair(long roundId, long a, long b);

        @Query("INSERT INTO pairwise_table (round_id, entry_id, label, present, mu, sigma_sq, comparisons)"
                + " VALUES (:roundId, :entryId, :label, TRUE, :mu, :sigmaSq, 0) ON CONFLICT DO NOTHING")
        int place(long roundId, long entryId, String label, double mu, double sigmaSq);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Judges extends CrudRepository<JudgeRow, Long> {
        List<JudgeRow> findByRoundIdOrderByJudgeId(long roundId);

        @Query("SELECT * FROM pairwise_judge WHERE round_id = :roundId AND judge_id = :judgeId FOR UPDATE")
        Optional<JudgeRow> lock(long roundId, long judgeId);

        @Query("INSERT INTO pairwise_judge (round_id, judge_id, alpha, beta, comparisons)"
                + " VALUES (:roundId, :judgeId, :alpha, :beta, 0) ON CONFLICT DO NOTHING")
        int join(long roundId, long judgeId, double alpha, double beta);

        Optional<JudgeRow> findByRoundIdAndJudgeId(long roundId, long judgeId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Visits extends CrudRepository<Visit, Long> {
        @Query("SELECT entry_id FROM pairwise_visit WHERE round_id = :roundId AND judge_id = :judgeId")
        List<Long> seenBy(long roundId, long judgeId);

        @Query("INSERT INTO pairwise_visit (round_id, judge_id, entry_id, skipped, visited_at)"
                + " VALUES (:roundId, :judgeId, :entryId, :skipped, :at) ON CONFLICT DO NOTHING")
        int record(long roundId, long judgeId, long entryId, boolean skipped, Instant at);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Comparisons extends CrudRepository<Comparison, Long> {
        List<Comparison> findByRoundIdOrderById(long roundId);

        long countByRoundId(long roundId);
    }
}
