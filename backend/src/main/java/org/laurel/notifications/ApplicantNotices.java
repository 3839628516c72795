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
import org.laurel.programs.ProgramView;
import org.laurel.programs.RoundEvents.RoundFinalized;
import org.laurel.programs.RoundService;
import org.laurel.shared.LocalizedText;

/**
 * What applicants are told, and when: the one home of those rules. Everyone on an entry's team
 * (its owner and the members who joined) is told the same. Each listener reacts to a domain
 * event synchronously, inside the transaction of the change, so a notification (and its email in
 * the outbox) exists exactly when the change committed.
 */
@Singleton
class ApplicantNotices {

    private final Notifier notifier;
    private final ProgramService programs;
    private final EntryDirectory entries;
    private final RoundService rounds;

    ApplicantNotices(Notifier notifier, ProgramService programs, EntryDirectory entries, RoundService rounds) {
        this.notifier = notifier;
        this.programs = programs;
        this.entries = entries;
        this.rounds = rounds;
    }

    @EventListener
    void on(EntrySubmitted e) {
        Map<String, String> params = new HashMap<>(Map.of("entryTitle", e.title(), "link", linkTo(e.entryId())));
        Messages.putText(params, "programTitle", programTitle(e.programId()));
        notifier.notifyEach(toTeams(List.of(new About(e.entryId(), NotificationKind.ENTRY_SUBMITTED, params))));
    }

    /** A notice about one entry, before it is addressed to the people on its team. */
    private record About(long entryId, NotificationKind kind, Map<String, String> params) {}

    /** Each notice to everyone on its entry's team: the teams of all the entries read at once. */
    private List<Notifier.Notice> toTeams(List<About> notices) {
        Map<Long, List<Long>> teams =
                entries.teamIds(notices.stream().map(About::entryId).distinct().toList());
        List<Notifier.Notice> addressed = new java.util.ArrayList<>();
        for (About a : notices) {
            for (long person : teams.getOrDefault(a.entryId(), List.of())) {
                addressed.add(new Notifier.Notice(person, a.kind(), a.params()));
            }
        }
        return addressed;
    }

    /**
     * A screening decision is news for the applicant when it changes the entry's status, or gives
     * a new reason for finding it ineligible (an eligible entry's note is internal).
     */
    @EventListener
    void on(EligibilityDecided e) {
        LocalizedText programTitle = programTitle(e.programId());
        List<About> notices = e.decisions().stream()
                .filter(d -> isNews(d, e.eligible()))
                .map(d -> {
                    Map<String, String> params = new HashMap<>(Map.of(
                            "entryTitle",
                            d.title(),
                            "eligible",
                            String.valueOf(e.eligible()),
                            "link",
                            linkTo(d.entryId())));
                    Messages.putText(params, "programTitle", programTitle);
                    if (e.reason() != null && !e.eligible()) {
                        params.put("reason", e.reason());
                    }
                    return new About(d.entryId(), NotificationKind.ELIGIBILITY_DECIDED, params);
                })
                .toList();
        notifier.notifyEach(toTeams(notices));
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
        LocalizedText programTitle = programTitle(round.programId());
        LocalizedText roundName = rounds.find(round.roundId()).i18n().name();
        List<EntryFacts> facts = entries.facts(round.advanced().keySet());
        notifier.notifyEach(facts.stream()
                .flatMap(f -> f.teamIds().stream().map(person -> java.util.Map.entry(person, f)))
                .map(pf -> {
                    EntryFacts f = pf.getValue();
                    Map<String, String> params = new HashMap<>(Map.of(
                            "entryTitle",
                            f.title(),
                            "advanced",
                            String.valueOf(round.advanced().get(f.entryId())),
                            "link",
                            linkTo(f.entryId())));
                    Messages.putText(params, "programTitle", programTitle);
                    Messages.putText(params, "roundName", roundName);
                    return new Notifier.Notice(pf.getKey(), NotificationKind.ROUND_OUTCOME, params);
                })
                .toList());
    }

    /**
     * The first version of the winners tells everyone who competed; a correction tells only those
     * whose outcome it changed (nobody needs a second "you did not win").
     */
    @EventListener
    void on(WinnersPublished w) {
        ProgramView program = programs.find(w.programId());
        List<About> notices = w.changes().stream()
                .filter(c -> !w.correction() || c.changed())
                .map(c -> {
                    Map<String, String> params = new HashMap<>();
                    Messages.putText(params, "programTitle", program.i18n().title());
                    params.put("outcome", c.awarded() ? "AWARDED" : "NOT_AWARDED");
                    params.put("entryTitle", c.title());
                    params.put("link", linkTo(c.entryId()));
                    if (c.tier() != null) {
                        Messages.putText(params, "tier", tierName(program, c.tier()));
                    }
                    return new About(c.entryId(), NotificationKind.RESULTS_PUBLISHED, params);
                })
                .toList();
        notifier.notifyEach(toTeams(notices));
    }

    private LocalizedText programTitle(long programId) {
        return programs.find(programId).i18n().title();
    }

    /** A tier's name in both languages, found by the name the announcement used (in either language). */
    private static LocalizedText tierName(ProgramView program, String name) {
        return program.prizeTiers().stream()
                .map(t -> t.i18n().name())
                .filter(n -> name.equals(n.zhCN()) || name.equals(n.en()) || name.equals(n.primary()))
                .findFirst()
                .orElse(LocalizedText.of(name));
    }

    /** Where an applicant sees their entry in the app. */
    private static String linkTo(long entryId) {
        return "/my/entries/" + entryId;
    }
}
