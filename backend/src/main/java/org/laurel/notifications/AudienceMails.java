package org.laurel.notifications;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.Map;
import org.laurel.audience.AudienceEvents.AudienceCodeIssued;

/** An audience member's one-time code goes out by email only, in the language of the page that asked, inside the transaction that made it. */
@Singleton
class AudienceMails {

    private final Notifier notifier;

    AudienceMails(Notifier notifier) {
        this.notifier = notifier;
    }

    @EventListener
    void on(AudienceCodeIssued e) {
        notifier.emailAddress(
                e.email(),
                e.locale(),
                NotificationKind.AUDIENCE_CODE,
                Map.of("code", e.code(), "minutes", String.valueOf(e.minutes())),
                null);
    }
}
