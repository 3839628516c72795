package org.laurel.awards;

import jakarta.inject.Singleton;
import org.laurel.entries.EntryViews;
import org.laurel.programs.ProgramView;

import java.util.List;

/** What publishing results tells people: each applicant whose outcome is new or changed. */
@Singleton
class AwardEvents {

    void published(ProgramView program, int version, List<EntryViews.AwardChange> changes) {
        // Filled in by the notifications module's Notifier (results published) when it lands.
    }
}
