package org.laurel.demo;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.laurel.entries.EntryInvestorShare;
import org.laurel.entries.EntryInvestorShare.Field;
import org.laurel.entries.EntryInvestorShare.ShareRequest;
import org.laurel.matchmaking.Investors;
import org.laurel.matchmaking.MatchmakingViews.InviteRequest;
import org.laurel.matchmaking.MatchmakingViews.MeetingRequest;
import org.laurel.matchmaking.Meetings;

/**
 * The expo's matchmaking: two investors invited to the startup roadshow, most of its teams sharing
 * their project with them (each choosing what), and one meeting request waiting for its team.
 */
@Singleton
class DemoMatchmaking {

    private final Investors investors;
    private final EntryInvestorShare shares;
    private final Meetings meetings;

    DemoMatchmaking(Investors investors, EntryInvestorShare shares, Meetings meetings) {
        this.investors = investors;
        this.shares = shares;
        this.meetings = meetings;
    }

    /** {@code owners}: each entry's owner, in the order of {@code entries}; runs in the caller's transaction. */
    void seed(
            long programId,
            List<Long> entries,
            List<Long> owners,
            Map<String, Long> people,
            long organizerId,
            Instant now) {
        investors.invite(
                programId,
                new InviteRequest(
                        "investor@demo.laurel.dev", null, "Harbour Ventures", List.of("Climate", "Hardware"), "en"),
                organizerId);
        investors.invite(
                programId,
                new InviteRequest(
                        "investor2@demo.laurel.dev", null, "Pearl River Capital", List.of("AI", "Healthcare"), "zh-CN"),
                organizerId);
        // The last team keeps its project to itself; the others choose what investors see.
        for (int i = 0; i < entries.size() - 1; i++) {
            List<Field> fields = i % 2 == 0
                    ? List.of(Field.SUMMARY, Field.TEAM, Field.ORGANIZATION)
                    : List.of(Field.SUMMARY, Field.ORGANIZATION);
            shares.set(entries.get(i), new ShareRequest(true, fields, List.of()), owners.get(i));
        }
        Instant tomorrow = now.plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS);
        meetings.request(
                entries.get(0),
                new MeetingRequest(
                        List.of(tomorrow.plus(Duration.ofHours(2)), tomorrow.plus(Duration.ofHours(4))),
                        30,
                        "Enjoyed the pitch. Could we meet at the expo to talk about your pilot customers?"),
                people.get("investor@demo.laurel.dev"));
    }
}
