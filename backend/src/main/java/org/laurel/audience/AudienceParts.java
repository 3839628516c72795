package org.laurel.audience;

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

/** The audience's records and repositories (see V26__audience.sql). Secrets are kept only as hashes. */
final class AudienceParts {

    private AudienceParts() {}

    @MappedEntity("audience_member")
    record Member(
            @Id @GeneratedValue @Nullable Long id,
            @Nullable String email,
            @Nullable Long ticketId,
            @Nullable Long ticketProgramId,
            Instant createdAt,
            String createdAddress,
            @Nullable String flagReason) {}

    @MappedEntity("audience_code")
    record Code(
            @Id String email,
            String codeHash,
            Instant expiresAt,
            int attempts,
            int sentCount,
            Instant firstSentAt,
            Instant sentAt) {}

    @MappedEntity("audience_ticket")
    record Ticket(@Id @GeneratedValue @Nullable Long id, long programId, String codeHash, Instant importedAt) {}

    @MappedEntity("audience_token")
    record Token(@Id String tokenHash, long memberId, Instant expiresAt) {}

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Members extends CrudRepository<Member, Long> {
        Optional<Member> findByEmail(String email);

        Optional<Member> findByTicketId(long ticketId);

        List<Member> findByIdIn(Collection<Long> ids);

        long countByCreatedAddressAndCreatedAtGreaterThan(String createdAddress, Instant since);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Codes extends CrudRepository<Code, String> {
        @Query("SELECT * FROM audience_code WHERE email = :email FOR UPDATE")
        Optional<Code> lock(String email);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Tickets extends CrudRepository<Ticket, Long> {
        /** Locked, so two phones signing in with one ticket at once get one member, not a key violation. */
        @Query("SELECT * FROM audience_ticket WHERE program_id = :programId AND code_hash = :codeHash FOR UPDATE")
        Optional<Ticket> lock(long programId, String codeHash);

        List<Ticket> findByProgramIdAndCodeHashIn(long programId, Collection<String> codeHashes);

        long countByProgramId(long programId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Tokens extends CrudRepository<Token, String> {
        void deleteByExpiresAtLessThan(Instant now);
    }
}
