package org.laurel.matchmaking;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.laurel.entries.EntryDirectory;
import org.laurel.identity.IdentityService;
import org.laurel.matchmaking.MatchmakingParts.Meeting;
import org.laurel.matchmaking.MatchmakingViews.MeetingView;
import org.laurel.matchmaking.MeetingStatus.Side;
import org.laurel.matchmaking.MeetingStatus.Step;

/** Meetings as each side reads them: names, firms and the reader's allowed steps, in a fixed number of queries. */
@Singleton
class MeetingReader {

    private final MatchmakingParts.Meetings meetings;
    private final MatchmakingParts.Investors investors;
    private final EntryDirectory entries;
    private final IdentityService identity;
    private final org.laurel.programs.ProgramService programs;

    MeetingReader(
            MatchmakingParts.Meetings meetings,
            MatchmakingParts.Investors investors,
            EntryDirectory entries,
            IdentityService identity,
            org.laurel.programs.ProgramService programs) {
        this.meetings = meetings;
        this.investors = investors;
        this.entries = entries;
        this.identity = identity;
        this.programs = programs;
    }

    /** An investor's meetings in every program, newest last. */
    List<MeetingView> ofInvestor(long investorId) {
        return views(meetings.findByInvestorIdOrderByCreatedAt(investorId), Side.INVESTOR);
    }

    /** The latest meeting per project of this investor in the program, for the project list. */
    List<MeetingView> latestOf(long programId, long investorId) {
        return views(
                meetings.findByInvestorIdOrderByCreatedAt(investorId).stream()
                        .filter(m -> m.programId() == programId)
                        .toList(),
                Side.INVESTOR);
    }

    /** Every meeting of the program, for its organizers' board. */
    List<MeetingView> ofProgram(long programId) {
        return views(meetings.findByProgramIdOrderByCreatedAt(programId), Side.TEAM).stream()
                .map(v -> withActions(v, Set.of()))
                .toList();
    }

    /** Views of meetings for one side, with names and firms in a fixed number of queries. */
    List<MeetingView> views(List<Meeting> rows, Side side) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, String> titles =
                entries.titles(rows.stream().map(Meeting::entryId).distinct().toList());
        Map<Long, String> names = identity.namesOf(
                rows.stream().map(Meeting::investorId).distinct().toList());
        Map<String, String> firms = new java.util.HashMap<>();
        investors
                .findByInvestorIdIn(
                        rows.stream().map(Meeting::investorId).distinct().toList())
                .forEach(i -> firms.put(i.programId() + ":" + i.investorId(), i.firm()));
        // One lookup per program (an investor follows a few), never per meeting.
        Map<Long, String> zones = new java.util.HashMap<>();
        rows.stream()
                .map(Meeting::programId)
                .distinct()
                .forEach(p -> zones.put(p, programs.find(p).timeZone()));
        return rows.stream()
                .map(m -> new MeetingView(
                        m.id(),
                        m.programId(),
                        zones.get(m.programId()),
                        m.entryId(),
                        titles.getOrDefault(m.entryId(), ""),
                        m.investorId(),
                        names.getOrDefault(m.investorId(), ""),
                        firms.getOrDefault(m.programId() + ":" + m.investorId(), ""),
                        m.status(),
                        m.proposedTimes(),
                        m.minutes(),
                        m.message(),
                        m.startsAt(),
                        m.location(),
                        m.reply(),
                        m.createdAt(),
                        m.decidedAt(),
                        m.status().allowed(side)))
                .toList();
    }

    static MeetingView withActions(MeetingView v, Set<Step> actions) {
        return new MeetingView(
                v.id(),
                v.programId(),
                v.timeZone(),
                v.entryId(),
                v.entryTitle(),
                v.investorId(),
                v.investorName(),
                v.firm(),
                v.status(),
                v.proposedTimes(),
                v.minutes(),
                v.message(),
                v.startsAt(),
                v.location(),
                v.reply(),
                v.createdAt(),
                v.decidedAt(),
                actions);
    }
}
