package org.laurel.notifications;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

final class NotificationParts {

    private NotificationParts() {}

    /** One in-app notification; {@code params} is the JSON object its words are rendered from. */
    @MappedEntity("notification")
    record Notification(
            @Id @GeneratedValue @Nullable Long id,
            long userId,
            NotificationKind kind,
            String params,
            @Nullable String link,
            Instant createdAt,
            @Nullable Instant readAt) {}

    /** The life of an outbox email; see V8__notifications.sql for what each state means. */
    enum MailStatus {
        PENDING,
        SENDING,
        SENT,
        FAILED,
        LOGGED
    }

    /** One email in the outbox, with the text it was rendered with. */
    @MappedEntity(value = "mail_outbox", alias = "mail_")
    record OutboxMail(
            @Id @GeneratedValue @Nullable Long id,
            @Nullable Long userId,
            String toAddress,
            @Nullable String toName,
            String subject,
            String body,
            MailStatus status,
            int attempts,
            Instant nextAttemptAt,
            @Nullable String lastError,
            Instant createdAt,
            @Nullable Instant sentAt,
            @Nullable String calendar) {

        static OutboxMail pending(
                @Nullable Long userId, String to, @Nullable String name, Messages.Email email, Instant now) {
            return pending(userId, to, name, email, now, null);
        }

        /** {@code calendar}: an .ics sent along as an attachment (an accepted meeting), or null. */
        static OutboxMail pending(
                @Nullable Long userId,
                String to,
                @Nullable String name,
                Messages.Email email,
                Instant now,
                @Nullable String calendar) {
            // Titles are user-typed; an over-long subject must not fail the change that caused the email.
            String subject = email.subject().length() > 500 ? email.subject().substring(0, 499) + "…" : email.subject();
            return new OutboxMail(
                    null,
                    userId,
                    to,
                    name,
                    subject,
                    email.text(),
                    MailStatus.PENDING,
                    0,
                    now,
                    null,
                    now,
                    null,
                    calendar);
        }
    }
}
