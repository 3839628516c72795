package org.laurel.judging;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Judges' profiles, bids, bidding phases and forbidden pairs (see V23__expertise_bids.sql). */
final class ExpertiseRepositories {

    private ExpertiseRepositories() {}

    @MappedEntity("judge_profile")
    record Profile(@Id @GeneratedValue @Nullable Long id, long userId, String expertise, Instant updatedAt) {}

    @MappedEntity("judge_topic")
    record JudgeTopic(@Id @GeneratedValue @Nullable Long id, long userId, long topicId) {}

    @MappedEntity("bid")
    record BidRow(
            @Id @GeneratedValue @Nullable Long id,
            long roundId,
            long judgeId,
            long entryId,
            String level,
            Instant bidAt) {}

    @MappedEntity("round_bidding")
    record Bidding(@Id @GeneratedValue @Nullable Long id, long roundId, boolean open, Instant changedAt) {}

    @MappedEntity("assignment_forbidden")
    record Forbidden(@Id @GeneratedValue @Nullable Long id, long roundId, long entryId, long judgeId) {}

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Profiles extends CrudRepository<Profile, Long> {
        Optional<Profile> findByUserId(long userId);

        List<Profile> findByUserIdIn(Collection<Long> userIds);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface JudgeTopics extends CrudRepository<JudgeTopic, Long> {
        List<JudgeTopic> findByUserId(long userId);

        List<JudgeTopic> findByUserIdIn(Collection<Long> userIds);

        void deleteByUserId(long userId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Bids extends CrudRepository<BidRow, Long> {
        List<BidRow> findByRoundId(long roundId);

        List<BidRow> findByRoundIdAndJudgeId(long roundId, long judgeId);

        Optional<BidRow> findByRoundIdAndJudgeIdAndEntryId(long roundId, long judgeId, long entryId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Biddings extends CrudRepository<Bidding, Long> {
        Optional<Bidding> findByRoundId(long roundId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Forbiddens extends CrudRepository<Forbidden, Long> {
        List<Forbidden> findByRoundId(long roundId);

        Optional<Forbidden> findByRoundIdAndEntryIdAndJudgeId(long roundId, long entryId, long judgeId);
    }
}
