package org.laurel.matchmaking;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.types.files.StreamedFile;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.laurel.entries.EntryDirectory;
import org.laurel.matchmaking.MatchmakingParts.Interest;
import org.laurel.matchmaking.MatchmakingViews.Board;
import org.laurel.matchmaking.MatchmakingViews.InvestorRow;
import org.laurel.matchmaking.MatchmakingViews.InvestorView;
import org.laurel.matchmaking.MatchmakingViews.MeetingView;
import org.laurel.matchmaking.MatchmakingViews.ProjectRow;
import org.laurel.programs.ProgramService;
import org.laurel.programs.ProgramView;
import org.laurel.shared.TableExport;

/** The organizers' view of a program's matchmaking: every request and meeting, counted per investor and per project. */
@Singleton
class MatchmakingBoard {

    private final Investors investors;
    private final MeetingReader meetings;
    private final MatchmakingParts.Interests interests;
    private final EntryDirectory entries;
    private final ProgramService programs;

    MatchmakingBoard(
            Investors investors,
            MeetingReader meetings,
            MatchmakingParts.Interests interests,
            EntryDirectory entries,
            ProgramService programs) {
        this.investors = investors;
        this.meetings = meetings;
        this.interests = interests;
        this.entries = entries;
        this.programs = programs;
    }

    Board board(long programId, long organizerId) {
        List<InvestorView> people = investors.list(programId, organizerId); // checks the organizer
        List<MeetingView> all = meetings.ofProgram(programId);
        List<Interest> liked = interests.findByProgramId(programId);
        List<InvestorRow> byInvestor = people.stream()
                .map(p -> new InvestorRow(
                        p.investorId(),
                        p.displayName(),
                        p.firm(),
                        (int) liked.stream()
                                .filter(i -> i.investorId() == p.investorId())
                                .count(),
                        (int) all.stream()
                                .filter(m -> m.investorId() == p.investorId())
                                .count(),
                        (int) all.stream()
                                .filter(m -> m.investorId() == p.investorId() && m.status() == MeetingStatus.ACCEPTED)
                                .count()))
                .toList();
        List<Long> touched = java.util.stream.Stream.concat(
                        liked.stream().map(Interest::entryId), all.stream().map(MeetingView::entryId))
                .distinct()
                .toList();
        Map<Long, String> titles = entries.titles(touched);
        List<ProjectRow> byProject = touched.stream()
                .map(id -> new ProjectRow(
                        id,
                        titles.getOrDefault(id, ""),
                        (int) liked.stream().filter(i -> i.entryId() == id).count(),
                        (int) all.stream().filter(m -> m.entryId() == id).count(),
                        (int) all.stream()
                                .filter(m -> m.entryId() == id && m.status() == MeetingStatus.ACCEPTED)
                                .count()))
                .sorted(Comparator.comparingInt(ProjectRow::accepted)
                        .thenComparingInt(ProjectRow::requests)
                        .thenComparingInt(ProjectRow::interests)
                        .reversed()
                        .thenComparing(ProjectRow::title))
                .toList();
        return new Board(programId, investors.scoreBands(programId), byInvestor, byProject, all);
    }

    /** Every request and meeting as a table (CSV or XLSX), for the organizers' follow-up. */
    HttpResponse<StreamedFile> export(long programId, String format, long organizerId) {
        String f = TableExport.format(format);
        Board board = board(programId, organizerId);
        ProgramView program = programs.find(programId);
        Map<Long, String> emails = investors.list(programId, organizerId).stream()
                .collect(Collectors.toMap(InvestorView::investorId, InvestorView::email));
        List<String> header = List.of(
                "Meeting",
                "Project",
                "Investor",
                "Firm",
                "Email",
                "Status",
                "Proposed times",
                "Starts at",
                "Minutes",
                "Location",
                "Message",
                "Reply",
                "Requested at",
                "Decided at");
        return TableExport.download(program.slug() + "-matchmaking", f, "Matchmaking", header, sink -> {
            for (MeetingView m : board.meetings()) {
                sink.row(List.of(
                        String.valueOf(m.id()),
                        m.entryTitle(),
                        m.investorName(),
                        m.firm(),
                        emails.getOrDefault(m.investorId(), ""),
                        m.status().name(),
                        m.proposedTimes().stream().map(Object::toString).collect(Collectors.joining(" ")),
                        m.startsAt() == null ? "" : m.startsAt().toString(),
                        String.valueOf(m.minutes()),
                        m.location() == null ? "" : m.location(),
                        m.message(),
                        m.reply() == null ? "" : m.reply(),
                        m.createdAt().toString(),
                        m.decidedAt() == null ? "" : m.decidedAt().toString()));
            }
            sink.flush();
        });
    }
}
