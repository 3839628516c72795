package org.laurel.identity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface PasswordResetTokenRepository extends CrudRepository<PasswordResetToken, Long> {

    Optional<PasswordResetToken> findByTokenHash(String tokenHash);

    /** Uses the link up if nobody has yet (one conditional UPDATE: two racing confirmations cannot both win). */
    @Query("UPDATE password_reset_token SET used_at = :now WHERE id = :id AND used_at IS NULL")
    long markUsed(long id, Instant now);

    /** Once a password is set, every other link of the account that was never used stops working too. */
    @Query("UPDATE password_reset_token SET used_at = :now WHERE user_id = :userId AND used_at IS NULL")
    long useUpAllOf(long userId, Instant now);
}
