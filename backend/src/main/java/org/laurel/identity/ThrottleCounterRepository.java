package org.laurel.identity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ThrottleCounterRepository extends GenericRepository<ThrottleCounter, String> {

    Optional<ThrottleCounter> findById(String throttleKey);

    /**
     * Makes the key's row if missing, free to count at once: a parallel first attempt's clock reading
     * can be a millisecond behind this one's, and must not be refused for it.
     */
    @Query("INSERT INTO throttle_counter (throttle_key, attempts, last_at, next_allowed_at) "
            + "VALUES (:key, 0, :now, :since) ON CONFLICT DO NOTHING")
    void ensure(String key, Instant now, Instant since);

    /**
     * Counts one attempt unless the key must wait; a count idle since {@code quietSince} starts
     * over. One statement, so the row lock serialises parallel attempts and each sees the last
     * one's delay. Returns 0 when the key must wait.
     */
    @Query("UPDATE throttle_counter SET attempts = CASE WHEN last_at < :quietSince THEN 1 ELSE attempts + 1 END, "
            + "last_at = :now WHERE throttle_key = :key AND next_allowed_at <= :now")
    long reserve(String key, Instant now, Instant quietSince);

    @Query("UPDATE throttle_counter SET next_allowed_at = :nextAllowedAt WHERE throttle_key = :key")
    void delayUntil(String key, Instant nextAllowedAt);

    /** Gives back an attempt that turned out well (the address's count is only of failures). */
    @Query("UPDATE throttle_counter SET attempts = attempts - 1 WHERE throttle_key = :key AND attempts > 0")
    void release(String key);

    @Query("DELETE FROM throttle_counter WHERE throttle_key = :key")
    void forget(String key);

    @Query("DELETE FROM throttle_counter WHERE last_at < :before AND next_allowed_at < :before")
    void purgeIdleSince(Instant before);
}
