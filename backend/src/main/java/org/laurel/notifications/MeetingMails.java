package org.laurel.notifications;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.laurel.entries.EntryDirectory;
import org.laurel.identity.IdentityService;
import org.laurel.matchmaking.MatchmakingEvents.MeetingChanged;
import org.laurel.matchmaking.MeetingCalendar;
import org.laurel.programs.ProgramService;

/**
 * Who hears of a meeting, in the app and by email, inside the step's transaction: the team of a
 * request; both sides of an accepted meeting, each email with the .ics invitation; the investor
 * of a refusal; the other side of a cancellation.
 */
@Singleton
class MeetingMails {

    private final Notifier notifier;
    private final EntryDirectory entries;
    private final IdentityService identity;
    private final ProgramService programs;

    MeetingMails(Notifier notifier, EntryDirectory entries, IdentityService identity, ProgramService programs) {
        this.notifier = notifier;
        this.entries = entries;
        this.identity = identity;
        this.programs = programs;
    }

    @EventListener
    void on(MeetingChanged e) {
        String title = entries.titles(List.of(e.entryId())).getOrDefault(e.entryId(), "");
        String investor = identity.namesOf(List.of(e.investorId())).getOrDefault(e.investorId(), "");
        List<Long> team = entries.teamIds(List.of(e.entryId())).getOrDefault(e.entryId(), List.of());
        Map<String, String> params = new TreeMap<>();
        params.put("entryTitle", title);
        params.put("investorName", investor);
        params.put("firm", e.firm());
        params.put("timeZone", programs.find(e.programId()).timeZone());
        if (e.reply() != null) {
            params.put("reply", e.reply());
        }
        String teamLink = "/my/entries/" + e.entryId();
        List<Notifier.Notice> notices = new ArrayList<>();
        switch (e.to()) {
            case REQUESTED -> {
                params.put("times", e.proposed().stream().map(Instant::toString).collect(Collectors.joining(",")));
                team.forEach(id -> notices.add(notice(id, NotificationKind.MEETING_REQUESTED, params, teamLink, null)));
            }
            case ACCEPTED -> {
                params.put("startsAt", String.valueOf(e.startsAt()));
                params.put("minutes", String.valueOf(e.minutes()));
                if (e.location() != null) {
                    params.put("location", e.location());
                }
                String ics = MeetingCalendar.ics(
                        e.meetingId(),
                        e.startsAt(),
                        e.minutes(),
                        title + " · " + investor + " (" + e.firm() + ")",
                        "Laurel matchmaking: " + investor + " (" + e.firm() + ") meets the team of " + title + ".",
                        e.location());
                team.forEach(id -> notices.add(notice(id, NotificationKind.MEETING_ACCEPTED, params, teamLink, ics)));
                notices.add(notice(e.investorId(), NotificationKind.MEETING_ACCEPTED, params, null, ics));
            }
            case DECLINED -> notices.add(notice(e.investorId(), NotificationKind.MEETING_DECLINED, params, null, null));
            case CANCELLED -> {
                // The other side hears: the team when the investor withdrew, the investor when the team called it off.
                if (e.actorId() != null && e.actorId() == e.investorId()) {
                    team.forEach(
                            id -> notices.add(notice(id, NotificationKind.MEETING_CANCELLED, params, teamLink, null)));
                } else {
                    notices.add(notice(e.investorId(), NotificationKind.MEETING_CANCELLED, params, null, null));
                }
            }
        }
        notifier.notifyEach(notices);
    }

    private static Notifier.Notice notice(
            long userId, NotificationKind kind, Map<String, String> params, String link, String calendar) {
        Map<String, String> p = new TreeMap<>(params);
        if (link != null) {
            p.put("link", link);
        }
        return new Notifier.Notice(userId, kind, p, calendar);
    }
}
