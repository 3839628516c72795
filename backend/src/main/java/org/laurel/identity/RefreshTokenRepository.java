package org.laurel.identity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface RefreshTokenRepository extends CrudRepository<RefreshToken, Long> {

    Optional<RefreshToken> findByTokenHash(String tokenHash);

    /** Marks the token used if nobody has yet; 0 means it was used (or revoked) already. */
    @Query("UPDATE refresh_token SET used_at = :now WHERE id = :id AND used_at IS NULL AND revoked = FALSE")
    long markUsed(long id, Instant now);

    @Query("UPDATE refresh_token SET revoked = TRUE WHERE family = :family AND revoked = FALSE")
    long revokeFamily(String family);

    @Query("UPDATE refresh_token SET revoked = TRUE WHERE user_id = :userId AND revoked = FALSE")
    long revokeAllOf(long userId);

    /** Ends every session of the account but the one (family) the caller is using. */
    @Query("UPDATE refresh_token SET revoked = TRUE WHERE user_id = :userId AND family <> :family AND revoked = FALSE")
    long revokeAllOfExcept(long userId, String family);
}
