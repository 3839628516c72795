package org.laurel.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface UserRepository extends PageableRepository<User, Long> {

    List<User> findByIdIn(Collection<Long> ids);

    Optional<User> findByEmail(String email);

    boolean existsByEmail(String email);

    /**
     * Inserts an account unless its email is taken: 1 when this call inserted it, 0 when the
     * address exists. A concurrent insert of the same address waits for the other transaction to
     * end (H2 and PostgreSQL alike) instead of failing on the unique index, so the loser of a race
     * can read the winner's account in the same transaction.
     */
    @Query("INSERT INTO app_user (email, display_name, organization, locale, password_hash, created_at, active)"
            + " VALUES (:email, :displayName, :organization, :locale, :passwordHash, :createdAt, TRUE)"
            + " ON CONFLICT DO NOTHING")
    int insertIfAbsent(
            String email,
            String displayName,
            @Nullable String organization,
            @Nullable String locale,
            String passwordHash,
            Instant createdAt);

    /**
     * Locks the account's row until the transaction ends: changes to one account's roles or status
     * run one after another, so a role replacement never meets another's half-done delete and insert.
     */
    @Query("SELECT id FROM app_user WHERE id = :id FOR UPDATE")
    Optional<Long> lockById(long id);

    /** How often all the account's sessions have been ended; kept out of {@link User} so no entity update can undo a step. */
    @Query("SELECT session_generation FROM app_user WHERE id = :id")
    Optional<Integer> findSessionGeneration(long id);

    /** Ends a session generation: file links made under the previous one stop working. */
    @Query("UPDATE app_user SET session_generation = session_generation + 1 WHERE id = :id")
    void nextSessionGeneration(long id);

    /** Matches a lower-case LIKE {@code :pattern} (wildcards already escaped) in email, name or organization. */
    String MATCHES = "(email LIKE :pattern ESCAPE '\\' OR LOWER(display_name) LIKE :pattern ESCAPE '\\'"
            + " OR LOWER(COALESCE(organization, '')) LIKE :pattern ESCAPE '\\')";

    String HAS_ROLE = "EXISTS (SELECT 1 FROM user_role r WHERE r.user_id = user_.id AND r.role = :role)";

    @Query(
            value = "SELECT user_.* FROM app_user user_ WHERE " + MATCHES,
            countQuery = "SELECT COUNT(*) FROM app_user user_ WHERE " + MATCHES)
    Page<User> search(String pattern, Pageable pageable);

    /** People holding a role, filtered like {@link #search}. */
    @Query(
            value = "SELECT user_.* FROM app_user user_ WHERE " + HAS_ROLE + " AND " + MATCHES,
            countQuery = "SELECT COUNT(*) FROM app_user user_ WHERE " + HAS_ROLE + " AND " + MATCHES)
    Page<User> searchByRole(String role, String pattern, Pageable pageable);
}
