package org.laurel.identity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface SigningSecretRepository extends GenericRepository<SigningSecret, Integer> {

    Optional<SigningSecret> findById(Integer id);

    /** Insert-if-absent: when two instances start together, the first insert wins and both read it back. */
    @Query("INSERT INTO signing_secret (id, secret, created_at) VALUES (1, :secret, :createdAt) ON CONFLICT DO NOTHING")
    void insertIfAbsent(String secret, Instant createdAt);
}
