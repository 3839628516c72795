package org.laurel.notifications;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Flushes the outbox every couple of seconds; {@code laurel.mail.scheduled=false} leaves it to tests. */
@Singleton
@Requires(property = "laurel.mail.scheduled", notEquals = "false")
class OutboxSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSchedule.class);

    private final OutboxSender sender;

    OutboxSchedule(OutboxSender sender) {
        this.sender = sender;
    }

    @Scheduled(fixedDelay = "${laurel.mail.poll-interval:2s}", initialDelay = "${laurel.mail.poll-interval:2s}")
    void flush() {
        try {
            sender.flush();
        } catch (RuntimeException e) {
            // The database may be away for a moment (or shutting down); claimed emails come back after their lease.
            LOG.warn("Outbox flush failed: {}", e.toString());
        }
    }
}
