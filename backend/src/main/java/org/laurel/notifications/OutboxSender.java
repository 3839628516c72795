package org.laurel.notifications;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.laurel.notifications.NotificationParts.MailStatus;
import org.laurel.notifications.NotificationParts.OutboxMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works off the outbox. Each round claims a batch of due emails in a short transaction (so no
 * connection or lock is held while talking to the mail server), sends them, and records each
 * outcome. Any number of instances may run this at once: claims skip each other's locked rows,
 * and a claim is a lease, so the emails of an instance that died mid-batch are sent by another
 * once the lease runs out. Rows are never deleted.
 */
@Singleton
public class OutboxSender {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);

    private final NotificationRepositories.Outbox outbox;
    private final SmtpMailer smtp;
    private final TransactionOperations<Connection> tx;
    private final MailConfig config;
    private final ApplicationEventPublisher<EmailDeliveryFailed> failures;
    private final Clock clock;

    OutboxSender(
            NotificationRepositories.Outbox outbox,
            SmtpMailer smtp,
            TransactionOperations<Connection> tx,
            MailConfig config,
            ApplicationEventPublisher<EmailDeliveryFailed> failures,
            Clock clock) {
        this.outbox = outbox;
        this.smtp = smtp;
        this.tx = tx;
        this.config = config;
        this.failures = failures;
        this.clock = clock;
    }

    /** How many emails wait to be sent (pending, or claimed and being sent). One indexed count. */
    public long backlog() {
        return outbox.countBacklog();
    }

    /**
     * Handles every email that is due now and returns how many it handled (sent, logged or
     * failed). Called by the schedule, and directly by tests. One flush at a time per instance.
     */
    public synchronized int flush() {
        int handled = 0;
        List<OutboxMail> batch;
        while (!(batch = claim()).isEmpty()) {
            if (config.smtpConfigured()) {
                smtp.send(batch, new Recorder());
            } else {
                batch.forEach(this::log);
            }
            handled += batch.size();
        }
        return handled;
    }

    /**
     * Locks due rows, takes them for the lease, and returns them as claimed (attempts already
     * counted). Package-private so that a test can play an instance that dies holding a claim.
     */
    List<OutboxMail> claim() {
        Instant now = clock.instant();
        return tx.executeWrite(status -> {
            List<OutboxMail> due = outbox.lockDue(now, config.batchSize());
            if (due.isEmpty()) {
                return List.<OutboxMail>of();
            }
            outbox.claim(due.stream().map(OutboxMail::id).toList(), now.plus(config.lease()));
            return due.stream()
                    .map(m -> new OutboxMail(
                            m.id(),
                            m.userId(),
                            m.toAddress(),
                            m.toName(),
                            m.subject(),
                            m.body(),
                            MailStatus.SENDING,
                            m.attempts() + 1,
                            now.plus(config.lease()),
                            m.lastError(),
                            m.createdAt(),
                            m.sentAt(),
                            m.calendar()))
                    .toList();
        });
    }

    private void log(OutboxMail mail) {
        LOG.info(
                "Email not sent (no SMTP server configured): to {} subject \"{}\" [outbox {}]",
                mail.toAddress(),
                mail.subject(),
                mail.id());
        LOG.debug("Email body [outbox {}]:\n{}", mail.id(), mail.body());
        tx.executeWrite(status -> outbox.markLogged(mail.id()));
    }

    private final class Recorder implements SmtpMailer.Outcomes {

        @Override
        public void sent(OutboxMail mail) {
            tx.executeWrite(status -> outbox.markSent(mail.id(), clock.instant()));
        }

        @Override
        public void failed(OutboxMail mail, Exception error, boolean permanent) {
            boolean giveUp = permanent || mail.attempts() >= config.maxAttempts();
            Instant next = giveUp ? clock.instant() : clock.instant().plus(config.backoff(mail.attempts()));
            String why = error.getClass().getSimpleName() + ": " + error.getMessage();
            String status = giveUp ? MailStatus.FAILED.name() : MailStatus.PENDING.name();
            tx.executeWrite(s -> outbox.markFailed(
                    mail.id(), mail.attempts(), status, next, why.length() > 1000 ? why.substring(0, 1000) : why));
            failures.publishEvent(new EmailDeliveryFailed(giveUp));
            if (giveUp) {
                LOG.error(
                        "Email to {} failed for good after {} attempt(s) [outbox {}]: {}",
                        mail.toAddress(),
                        mail.attempts(),
                        mail.id(),
                        why);
            } else {
                LOG.warn(
                        "Email to {} failed (attempt {}), retrying at {} [outbox {}]: {}",
                        mail.toAddress(),
                        mail.attempts(),
                        next,
                        mail.id(),
                        why);
            }
        }
    }
}
