package org.laurel.notifications;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.laurel.identity.PasswordResetIssued;

/** Password links go out by email only, in the recipient's language, inside the transaction that made them. */
@Singleton
class AccountMails {

    private final Notifier notifier;

    AccountMails(Notifier notifier) {
        this.notifier = notifier;
    }

    @EventListener
    void on(PasswordResetIssued e) {
        NotificationKind kind = e.purpose() == PasswordResetIssued.Purpose.INVITATION
                ? NotificationKind.ACCOUNT_INVITATION
                : NotificationKind.PASSWORD_RESET;
        notifier.emailOnly(e.userId(), kind, e.link());
    }
}
