package org.laurel.notifications;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * {@code laurel.mail.*}: the SMTP server (from the LAUREL_SMTP_* variables) and how the outbox is
 * worked off. Without a host, emails are written to the log instead of being sent.
 */
@ConfigurationProperties("laurel.mail")
public record MailConfig(
        @Nullable String host,
        @Bindable(defaultValue = "587") int port,
        @Nullable String user,
        @Nullable String password,

        @Bindable(defaultValue = "Laurel <no-reply@localhost>")
        String from,
        /* Required when on: a server that cannot upgrade the connection gets no password in clear text. */
        @Bindable(defaultValue = "true") boolean starttls,
        /* Where the app is reached, for the links in emails (notifications store paths). */
        @Bindable(defaultValue = "http://localhost:8080") String publicUrl,
        @Bindable(defaultValue = "20") int batchSize,
        @Bindable(defaultValue = "10") int maxAttempts,
        @Bindable(defaultValue = "30s") Duration retryAfter,
        @Bindable(defaultValue = "1h") Duration retryCap,
        /* Longer than one batch can take with every connection timing out. */
        @Bindable(defaultValue = "15m") Duration lease,
        @Bindable(defaultValue = "10s") Duration timeout) {

    boolean smtpConfigured() {
        return host != null && !host.isBlank();
    }

    /** 30 s, 1 min, 2 min, 4 min ... after the first, second, third failure, never more than the cap. */
    Duration backoff(int failedAttempts) {
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 20);
        Duration d = retryAfter.multipliedBy(1L << doublings);
        return d.compareTo(retryCap) > 0 ? retryCap : d;
    }
}
