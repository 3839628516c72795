package org.laurel.notifications;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.laurel.awards.WinnersPublished;
import org.laurel.entries.EntryDirectory;
import org.laurel.entries.EntryEvents.Decision;
import org.laurel.entries.EntryEvents.EligibilityDecided;
import org.laurel.entries.EntryEvents.EntrySubmitted;
import org.laurel.entries.EntryFacts;
import org.laurel.programs.ProgramService;
import org.laurel.programs.RoundEvents.RoundFinalized;

/**
 * What applicants are told, and when: the one home of those rules. Each listener reacts to a
 * domain event synchronously, inside the transaction of the change, so a notification (and its
 * email in the outbox) exists exactly when the change committed.
 */
@Singleton
class ApplicantNotices {

    private final Notifier notifier;
    private final ProgramService programs;
    private final EntryDirectory entries;

    ApplicantNotices(Notifier notifier, ProgramService programs, EntryDirectory entries) {
        this.notifier = notifier;
        this.programs = programs;
        this.entries = entries;
    }

    @EventListener
    void on(EntrySubmitted e) {
        notifier.notify(
                e.applicantId(),
                NotificationKind.ENTRY_SUBMITTED,
                Map.of(
                        "entryTitle",
                        e.title(),
                        "programTitle",
                        programTitle(e.programId()),
                        "link",
                        linkTo(e.entryId())));
    }

    /**
     * A screening decision is news for the applicant when it changes the entry's status, or gives
     * a new reason for finding it ineligible (an eligible entry's note is internal).
     */
    @EventListener
    void on(EligibilityDecided e) {
        String programTitle = programTitle(e.programId());
        List<Notifier.Notice> notices = e.decisions().stream()
                .filter(d -> isNews(d, e.eligible()))
                .map(d -> {
                    Map<String, String> params = new HashMap<>(Map.of(
                            "entryTitle",
                            d.title(),
                            "programTitle",
                            programTitle,
                            "eligible",
                            String.valueOf(e.eligible()),
                            "link",
                            linkTo(d.entryId())));
                    if (e.reason() != null && !e.eligible()) {
                        params.put("reason", e.reason());
                    }
                    return new Notifier.Notice(d.applicantId(), NotificationKind.ELIGIBILITY_DECIDED, params);
                })
                .toList();
        notifier.notifyEach(notices);
    }

    private static boolean isNews(Decision d, boolean eligible) {
        return !(d.before() == d.after() && eligible);
    }

    /** Every entry of a round with an advance rule learns whether it advanced. */
    @EventListener
    void on(RoundFinalized round) {
        if (round.advanced().isEmpty()) {
            return;
        }
        String programTitle = programTitle(round.programId());
        List<EntryFacts> facts = entries.facts(round.advanced().keySet());
        notifier.notifyEach(facts.stream()
                .map(f -> new Notifier.Notice(
                        f.applicantId(),
                        NotificationKind.ROUND_OUTCOME,
                        Map.of(
                                "entryTitle",
                                f.title(),
                                "programTitle",
                                programTitle,
                                "roundName",
                                round.roundName(),
                                "advanced",
                                String.valueOf(round.advanced().get(f.entryId())),
                                "link",
                                linkTo(f.entryId()))))
                .toList());
    }

    /**
     * The first version of the winners tells everyone who competed; a correction tells only those
     * whose outcome it changed (nobody needs a second "you did not win").
     */
    @EventListener
    void on(WinnersPublished w) {
        List<Notifier.Notice> notices = w.changes().stream()
                .filter(c -> !w.correction() || c.changed())
                .map(c -> {
                    Map<String, String> params = new HashMap<>();
                    params.put("programTitle", w.programTitle());
                    params.put("outcome", c.awarded() ? "AWARDED" : "NOT_AWARDED");
                    params.put("entryTitle", c.title());
                    params.put("link", linkTo(c.entryId()));
                    if (c.tier() != null) {
                        params.put("tier", c.tier());
                    }
                    return new Notifier.Notice(c.applicantId(), NotificationKind.RESULTS_PUBLISHED, params);
                })
                .toList();
        notifier.notifyEach(notices);
    }

    private String programTitle(long programId) {
        return programs.find(programId).title();
    }

    /** Where an applicant sees their entry in the app. */
    private static String linkTo(long entryId) {
        return "/my/entries/" + entryId;
    }
}
