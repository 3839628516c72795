package org.laurel.notifications;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.laurel.notifications.NotificationParts.Notification;
import org.laurel.notifications.NotificationParts.OutboxMail;

final class NotificationRepositories {

    private NotificationRepositories() {}

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Notifications extends CrudRepository<Notification, Long> {

        Page<Notification> findByUserId(long userId, Pageable pageable);

        long countByUserIdAndReadAtIsNull(long userId);

        Optional<Notification> findByIdAndUserId(long id, long userId);

        /** Keeps the first reading time: marking twice changes nothing. */
        @Query("UPDATE notification SET read_at = :at WHERE id = :id AND read_at IS NULL")
        long markRead(long id, Instant at);

        @Query("UPDATE notification SET read_at = :at WHERE user_id = :userId AND read_at IS NULL")
        long markAllRead(long userId, Instant at);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Outbox extends CrudRepository<OutboxMail, Long> {

        /**
         * Locks up to {@code limit} due emails (waiting ones, and claims whose lease ran out) for the
         * calling transaction. SKIP LOCKED lets several instances claim at once without waiting for,
         * or taking, each other's rows; H2 2.x accepts the same clause.
         */
        @Query("SELECT * FROM mail_outbox WHERE status IN ('PENDING', 'SENDING') AND next_attempt_at <= :now"
                + " ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED")
        List<OutboxMail> lockDue(Instant now, int limit);

        /** The claim: this instance sends these until {@code leaseUntil}; the attempt number is its fencing token. */
        @Query("UPDATE mail_outbox SET status = 'SENDING', attempts = attempts + 1, next_attempt_at = :leaseUntil"
                + " WHERE id IN (:ids)")
        long claim(Collection<Long> ids, Instant leaseUntil);

        /** Accepted by the server. Also right after a lost lease: the email did go out. */
        @Query(
                "UPDATE mail_outbox SET status = 'SENT', sent_at = :at, last_error = NULL WHERE id = :id AND status = 'SENDING'")
        long markSent(long id, Instant at);

        /** A failed attempt, recorded only by the claim that made it (a later claim of the row wins). */
        @Query("UPDATE mail_outbox SET status = :status, next_attempt_at = :nextAttemptAt, last_error = :error"
                + " WHERE id = :id AND status = 'SENDING' AND attempts = :attempt")
        long markFailed(long id, int attempt, String status, Instant nextAttemptAt, String error);

        @Query("UPDATE mail_outbox SET status = 'LOGGED' WHERE id = :id AND status = 'SENDING'")
        long markLogged(long id);

        /** Emails not yet handled (waiting, or claimed and being sent); read from the (status, next_attempt_at) index. */
        @Query("SELECT COUNT(*) FROM mail_outbox WHERE status IN ('PENDING', 'SENDING')")
        long countBacklog();

        String FILTER = "FROM mail_outbox mail_ WHERE (CAST(:status AS VARCHAR(10)) IS NULL OR mail_.status = :status)"
                + " AND (CAST(:to AS VARCHAR(254)) IS NULL OR mail_.to_address = :to)";

        /** The admin's view; both filters optional. */
        @Query(value = "SELECT mail_.* " + FILTER, countQuery = "SELECT COUNT(*) " + FILTER)
        Page<OutboxMail> search(@Nullable String status, @Nullable String to, Pageable pageable);
    }
}
