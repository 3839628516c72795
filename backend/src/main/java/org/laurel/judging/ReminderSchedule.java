package org.laurel.judging;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the automatic reminders before scoring deadlines. Every instance runs it; the reminder
 * table's unique key, not a lock, is what stops two of them sending twice. Tests call
 * {@link JudgeReminders#remindBeforeDeadlines()} themselves ({@code laurel.mail.scheduled=false}).
 */
@Singleton
@Requires(property = "laurel.mail.scheduled", notEquals = "false")
class ReminderSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderSchedule.class);

    private final JudgeReminders reminders;

    ReminderSchedule(JudgeReminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(fixedDelay = "${laurel.judging.reminder-poll-interval:5m}", initialDelay = "1m")
    void run() {
        try {
            reminders.remindBeforeDeadlines();
        } catch (RuntimeException e) {
            // The database may be away for a moment; the next run tries again, and sends nothing twice.
            LOG.warn("Automatic judge reminders failed: {}", e.toString());
        }
    }
}
