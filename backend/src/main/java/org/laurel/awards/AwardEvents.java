package org.laurel.awards;

import jakarta.inject.Singleton;
import org.laurel.entries.EntryViews;
import org.laurel.notifications.NotificationKind;
import org.laurel.notifications.Notifier;
import org.laurel.programs.ProgramView;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What publishing results tells applicants: the first version tells everyone who competed; a
 * correction tells only those whose outcome it changed (nobody needs a second "you did not win").
 * Runs inside the publication's transaction, so the emails exist exactly when the results do.
 */
@Singleton
class AwardEvents {

    private final Notifier notifier;

    AwardEvents(Notifier notifier) {
        this.notifier = notifier;
    }

    void published(ProgramView program, int version, List<EntryViews.AwardChange> changes) {
        List<Notifier.Notice> notices = changes.stream().filter(c -> version == 1 || c.changed()).map(c -> {
            Map<String, String> params = new HashMap<>();
            params.put("programTitle", program.title());
            params.put("outcome", c.awarded() ? "AWARDED" : "NOT_AWARDED");
            params.put("entryTitle", c.title());
            params.put("link", "/my/entries/" + c.entryId()); // the applicant's entry page, as for the other notices
            if (c.tier() != null) {
                params.put("tier", c.tier());
            }
            return new Notifier.Notice(c.applicantId(), NotificationKind.RESULTS_PUBLISHED, params);
        }).toList();
        if (!notices.isEmpty()) {
            notifier.notifyEach(notices);
        }
    }
}
