package org.laurel.matchmaking;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The matchmaking module's rows and their repositories; nothing outside the package touches them. */
final class MatchmakingParts {

    private MatchmakingParts() {}

    @MappedEntity("program_investor")
    record Investor(
            @Id @GeneratedValue @Nullable Long id,
            long programId,
            long investorId,
            String firm,
            String focusAreas,
            long invitedBy,
            Instant invitedAt) {

        List<String> focus() {
            return focusAreas.isEmpty() ? List.of() : Arrays.asList(focusAreas.split("\n"));
        }
    }

    @MappedEntity("matchmaking_setting")
    record Setting(@Id long programId, boolean scoreBands, Instant updatedAt) {}

    @MappedEntity("investor_interest")
    record Interest(
            @Id @GeneratedValue @Nullable Long id, long programId, long investorId, long entryId, Instant createdAt) {}

    @MappedEntity("investor_meeting")
    record Meeting(
            @Id @GeneratedValue @Nullable Long id,
            long programId,
            long entryId,
            long investorId,
            MeetingStatus status,
            String proposed,
            int minutes,
            String message,
            @Nullable Instant startsAt,
            @Nullable String location,
            @Nullable String reply,
            @Nullable Long decidedBy,
            @Nullable Instant decidedAt,
            Instant createdAt,
            long version) {

        List<Instant> proposedTimes() {
            return Arrays.stream(proposed.split(",")).map(Instant::parse).toList();
        }

        Meeting moved(
                MeetingStatus to,
                long actorId,
                Instant at,
                @Nullable Instant startsAt,
                @Nullable String location,
                @Nullable String reply) {
            return new Meeting(
                    id,
                    programId,
                    entryId,
                    investorId,
                    to,
                    proposed,
                    minutes,
                    message,
                    startsAt,
                    location,
                    reply,
                    actorId,
                    at,
                    createdAt,
                    version + 1);
        }
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Investors extends CrudRepository<Investor, Long> {
        Optional<Investor> findByProgramIdAndInvestorId(long programId, long investorId);

        @Query("SELECT * FROM program_investor WHERE program_id = :programId AND investor_id = :investorId FOR UPDATE")
        Optional<Investor> lock(long programId, long investorId);

        List<Investor> findByProgramIdOrderByInvitedAt(long programId);

        List<Investor> findByInvestorId(long investorId);

        List<Investor> findByInvestorIdIn(Collection<Long> investorIds);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Settings extends CrudRepository<Setting, Long> {}

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Interests extends CrudRepository<Interest, Long> {
        Optional<Interest> findByInvestorIdAndEntryId(long investorId, long entryId);

        List<Interest> findByProgramIdAndInvestorId(long programId, long investorId);

        List<Interest> findByProgramId(long programId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Meetings extends CrudRepository<Meeting, Long> {
        @Query("SELECT * FROM investor_meeting WHERE id = :id FOR UPDATE")
        Optional<Meeting> lock(long id);

        List<Meeting> findByProgramIdOrderByCreatedAt(long programId);

        List<Meeting> findByEntryIdOrderByCreatedAt(long entryId);

        List<Meeting> findByInvestorIdOrderByCreatedAt(long investorId);

        List<Meeting> findByInvestorIdAndEntryIdAndStatusIn(
                long investorId, long entryId, Collection<MeetingStatus> statuses);
    }
}
