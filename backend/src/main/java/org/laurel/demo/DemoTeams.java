package org.laurel.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import org.laurel.entries.EntryTeams;
import org.laurel.entries.TeamEvents.InvitationIssued;
import org.laurel.entries.TeamViews.InviteRequest;

/**
 * The demo's teams are formed as people form them: the owner invites an address and its account
 * accepts, through the same {@link EntryTeams} calls the API makes, so the roster, the timeline,
 * the invitation email and the audit trail (the member joined) are all genuine. The link is only
 * ever emailed ({@link InvitationIssued}); while the demo invites someone, this hears that event
 * on the seeding thread and follows the link for the invitee. Any other invitation goes unheard.
 */
@Singleton
@Requires(property = "laurel.demo", value = "true")
class DemoTeams {

    /** The links issued on this thread while {@link #join} invites someone, by email; null otherwise. */
    private static final ThreadLocal<Map<String, String>> LINKS = new ThreadLocal<>();

    private final EntryTeams teams;

    DemoTeams(EntryTeams teams) {
        this.teams = teams;
    }

    /** The owner invites {@code email} to the entry's team and the account with that email accepts. */
    void join(long entryId, long ownerId, String email, long memberId, String role) {
        Map<String, String> links = new HashMap<>();
        LINKS.set(links);
        try {
            teams.invite(entryId, new InviteRequest(email, role), ownerId);
        } finally {
            LINKS.remove();
        }
        String link = links.get(email);
        if (link == null) {
            throw new IllegalStateException("No invitation link was issued for " + email);
        }
        teams.accept(link.substring(link.lastIndexOf('/') + 1), memberId);
    }

    @EventListener
    void on(InvitationIssued issued) {
        Map<String, String> links = LINKS.get();
        if (links != null) {
            links.put(issued.email(), issued.link());
        }
    }
}
