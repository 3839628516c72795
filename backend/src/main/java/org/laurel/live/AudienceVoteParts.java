package org.laurel.live;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.laurel.judging.AudienceBlend;

/** The audience vote's records and repositories (see V26__audience.sql). */
final class AudienceVoteParts {

    private AudienceVoteParts() {}

    /** A live round's audience vote: mode and the share of the final in percent (0: popularity ranking). */
    @MappedEntity("audience_vote_config")
    record Config(
            @Id @GeneratedValue @Nullable Long id,
            long roundId,
            AudienceBlend.Mode mode,
            int weight,
            Instant changedAt) {}

    @MappedEntity("audience_vote")
    record Vote(
            @Id @GeneratedValue @Nullable Long id,
            long sessionId,
            long slotId,
            long entryId,
            long memberId,
            int voteValue,
            String address,
            String device,
            Instant castAt,
            @Nullable String flagReason,
            @Nullable Instant voidedAt,
            @Nullable Long voidedBy,
            @Nullable String voidReason) {

        Vote voided(long by, String reason, Instant at) {
            return new Vote(
                    id,
                    sessionId,
                    slotId,
                    entryId,
                    memberId,
                    voteValue,
                    address,
                    device,
                    castAt,
                    flagReason,
                    at,
                    by,
                    reason);
        }
    }

    /** Counted votes per pitch of a session. */
    @Introspected
    record TallyRow(long entryId, long votes, long total) {}

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Configs extends CrudRepository<Config, Long> {
        Optional<Config> findByRoundId(long roundId);

        List<Config> findByRoundIdIn(Collection<Long> roundIds);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Votes extends CrudRepository<Vote, Long> {
        boolean existsBySlotIdAndMemberId(long slotId, long memberId);

        boolean existsBySessionId(long sessionId);

        long countBySlotIdAndAddress(long slotId, String address);

        @Query("SELECT COUNT(DISTINCT member_id) FROM audience_vote WHERE slot_id = :slotId AND device = :device")
        long peopleOnDevice(long slotId, String device);

        long countBySlotIdAndVoidedAtIsNull(long slotId);

        @Query("SELECT entry_id, COUNT(*) AS votes, COALESCE(SUM(vote_value), 0) AS total FROM audience_vote"
                + " WHERE session_id = :sessionId AND voided_at IS NULL GROUP BY entry_id")
        List<TallyRow> tallies(long sessionId);

        List<Vote> findBySessionIdAndMemberId(long sessionId, long memberId);

        /** The votes an organizer reviews: flagged ones, and voided ones (with their reasons). */
        @Query("SELECT * FROM audience_vote WHERE session_id = :sessionId"
                + " AND (flag_reason IS NOT NULL OR voided_at IS NOT NULL) ORDER BY id LIMIT 2000")
        List<Vote> underReview(long sessionId);

        @Query("SELECT COUNT(*) FROM audience_vote WHERE session_id = :sessionId AND flag_reason IS NOT NULL"
                + " AND voided_at IS NULL")
        long flaggedOpen(long sessionId);

        @Query("SELECT COUNT(*) FROM audience_vote WHERE session_id = :sessionId AND voided_at IS NOT NULL")
        long voidedIn(long sessionId);

        List<Vote> findBySessionIdAndIdIn(long sessionId, Collection<Long> ids);
    }
}
