package org.laurel.notifications;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import org.laurel.entries.TeamEvents.InvitationIssued;
import org.laurel.programs.ProgramService;

/**
 * An invitation to join a team goes out by email only (its link is a secret), to the invited
 * address, in the inviter's language (the invitee may have no account, so no language of their
 * own), inside the transaction that made it.
 */
@Singleton
class TeamMails {

    private final Notifier notifier;
    private final ProgramService programs;

    TeamMails(Notifier notifier, ProgramService programs) {
        this.notifier = notifier;
        this.programs = programs;
    }

    @EventListener
    void on(InvitationIssued e) {
        Map<String, String> params =
                new HashMap<>(Map.of("entryTitle", e.entryTitle(), "inviterName", e.inviterName()));
        Messages.putText(
                params, "programTitle", programs.find(e.programId()).i18n().title());
        notifier.emailAddress(e.email(), e.inviterLocale(), NotificationKind.TEAM_INVITATION, params, e.link());
    }
}
