package org.laurel.entries;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

final class TeamRepositories {

    private TeamRepositories() {}

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Members extends CrudRepository<TeamParts.Member, Long> {

        List<TeamParts.Member> findByEntryIdOrderById(long entryId);

        List<TeamParts.Member> findByEntryIdIn(Collection<Long> entryIds);

        List<TeamParts.Member> findByUserId(long userId);

        Optional<TeamParts.Member> findByEntryIdAndUserId(long entryId, long userId);

        boolean existsByEntryIdAndUserId(long entryId, long userId);

        long countByEntryId(long entryId);

        /** Whether the person owns or has joined another live entry of the program: the exclusive-team rule. */
        @Query("SELECT COUNT(*) FROM entry e WHERE e.program_id = :programId AND e.id <> :entryId"
                + " AND e.status <> 'WITHDRAWN' AND (e.applicant_id = :userId"
                + " OR EXISTS (SELECT 1 FROM entry_member m WHERE m.entry_id = e.id AND m.user_id = :userId))")
        long countOtherTeamsOf(long programId, long entryId, long userId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Invitations extends CrudRepository<TeamParts.Invitation, Long> {

        Optional<TeamParts.Invitation> findByTokenSha256(String tokenSha256);

        List<TeamParts.Invitation> findByEntryIdOrderById(long entryId);

        /** Accepting is single-use: only the request whose update changes the row goes on. */
        @Query("UPDATE entry_invitation SET accepted_at = :now, accepted_by = :userId"
                + " WHERE id = :id AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > :now")
        int markAccepted(long id, long userId, Instant now);

        @Query("UPDATE entry_invitation SET revoked_at = :now"
                + " WHERE id = :id AND accepted_at IS NULL AND revoked_at IS NULL")
        int markRevoked(long id, Instant now);
    }
}
