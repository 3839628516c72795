package org.laurel.matchmaking;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.laurel.entries.EntryDirectory;
import org.laurel.entries.EntryDirectory.ForInvestors;
import org.laurel.entries.EntryInvestorShare;
import org.laurel.entries.EntryService;
import org.laurel.entries.EntryTopics;
import org.laurel.live.StageSlots;
import org.laurel.matchmaking.MatchmakingEvents.InterestChanged;
import org.laurel.matchmaking.MatchmakingEvents.ProjectViewed;
import org.laurel.matchmaking.MatchmakingParts.Interest;
import org.laurel.matchmaking.MatchmakingViews.MeetingView;
import org.laurel.matchmaking.MatchmakingViews.Project;
import org.laurel.matchmaking.MatchmakingViews.Projects;
import org.laurel.programs.ProgramService;
import org.laurel.programs.ProgramTopics;
import org.laurel.programs.ProgramView;

/**
 * What an investor browses: the program's finalists (entries with a slot on one of its stages)
 * whose teams share them with investors, each cut down to what its team chose, with its stage,
 * topics and, when the organizer shows bands, the band of its revealed score. Opening a project
 * is recorded in the audit trail with the parts that were shown. A fixed number of queries per
 * request, whatever the number of entries.
 */
@Singleton
class InvestorProjects {

    private final Investors investors;
    private final EntryDirectory entries;
    private final EntryTopics entryTopics;
    private final ProgramTopics topics;
    private final ProgramService programs;
    private final StageSlots slots;
    private final MatchmakingParts.Interests interests;
    private final MeetingReader meetings;
    private final ApplicationEventPublisher<ProjectViewed> viewed;
    private final ApplicationEventPublisher<MatchmakingEvents.ProjectsBrowsed> browsed;
    private final ApplicationEventPublisher<InterestChanged> interestChanged;
    private final ApplicationEventPublisher<MatchmakingEvents.FileDownloaded> fileDownloaded;
    private final EntryInvestorShare shares;
    private final Clock clock;

    InvestorProjects(
            Investors investors,
            EntryDirectory entries,
            EntryTopics entryTopics,
            ProgramTopics topics,
            ProgramService programs,
            StageSlots slots,
            MatchmakingParts.Interests interests,
            MeetingReader meetings,
            ApplicationEventPublisher<ProjectViewed> viewed,
            ApplicationEventPublisher<MatchmakingEvents.ProjectsBrowsed> browsed,
            ApplicationEventPublisher<InterestChanged> interestChanged,
            ApplicationEventPublisher<MatchmakingEvents.FileDownloaded> fileDownloaded,
            EntryInvestorShare shares,
            Clock clock) {
        this.investors = investors;
        this.entries = entries;
        this.entryTopics = entryTopics;
        this.topics = topics;
        this.programs = programs;
        this.slots = slots;
        this.interests = interests;
        this.meetings = meetings;
        this.viewed = viewed;
        this.browsed = browsed;
        this.interestChanged = interestChanged;
        this.fileDownloaded = fileDownloaded;
        this.shares = shares;
        this.clock = clock;
    }

    /**
     * {@code stage}: a stage's name; {@code band}: e.g. "80-89" (only when bands are shown). What
     * the list showed is recorded in the audit trail: an investor's every look at a team's data is.
     */
    @Transactional
    Projects list(
            long programId,
            long investorId,
            @Nullable Long categoryId,
            @Nullable Long topicId,
            @Nullable String stage,
            @Nullable String band) {
        investors.require(programId, investorId);
        ProgramView program = programs.find(programId);
        boolean bands = investors.scoreBands(programId);
        List<Project> items = projects(program, investorId, bands).stream()
                .filter(p -> categoryId == null || categoryId.equals(p.categoryId()))
                .filter(p -> topicId == null || p.topics().stream().anyMatch(t -> t.id() == topicId))
                .filter(p -> stage == null
                        || (p.stage() != null && stage.equals(p.stage().stage())))
                .filter(p -> band == null || band.equals(p.scoreBand()))
                .toList();
        if (!items.isEmpty()) {
            browsed.publishEvent(new MatchmakingEvents.ProjectsBrowsed(
                    investorId, programId, items.stream().map(Project::entryId).toList()));
        }
        return new Projects(programId, program.title(), bands, items);
    }

    /** One project's page; recorded in the audit trail as seen by this investor, with the parts shown. */
    @Transactional
    Project open(long entryId, long investorId) {
        Project project = visible(entryId, investorId);
        List<String> parts = new ArrayList<>(List.of("title", "category"));
        if (project.summary() != null) {
            parts.add("summary");
        }
        if (project.organization() != null) {
            parts.add("organization");
        }
        if (!project.team().isEmpty()) {
            parts.add("team");
        }
        project.files().forEach(f -> parts.add("file:" + f.id()));
        viewed.publishEvent(new ProjectViewed(investorId, programOf(entryId), entryId, parts));
        return project;
    }

    @Transactional
    Project interest(long entryId, long investorId, boolean interested) {
        visible(entryId, investorId);
        long programId = programOf(entryId);
        var existing = interests.findByInvestorIdAndEntryId(investorId, entryId);
        if (interested && existing.isEmpty()) {
            interests.save(new Interest(null, programId, investorId, entryId, clock.instant()));
            interestChanged.publishEvent(new InterestChanged(investorId, programId, entryId, true));
        } else if (!interested && existing.isPresent()) {
            interests.delete(existing.get());
            interestChanged.publishEvent(new InterestChanged(investorId, programId, entryId, false));
        }
        return visible(entryId, investorId);
    }

    /**
     * A file the team shares, for one of the program's investors. The file is opened here, before
     * the download is recorded, so the audit trail never shows a download that could not happen.
     */
    @Transactional
    EntryService.Download file(long entryId, long fileId, long investorId) {
        Project project = visible(entryId, investorId);
        EntryService.Download shared = shares.sharedFile(entryId, fileId);
        java.io.InputStream bytes = shared.open(); // 404 if the object is gone
        try {
            fileDownloaded.publishEvent(new MatchmakingEvents.FileDownloaded(
                    investorId, project.programId(), project.entryId(), fileId, shared.fileName()));
        } catch (RuntimeException e) {
            try {
                bytes.close();
            } catch (java.io.IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        return new EntryService.Download(shared.fileName(), shared.contentType(), shared.size(), () -> bytes);
    }

    /**
     * The project as this investor may see it, or 404: not shared, not a finalist, or of a program
     * the investor is not invited to (404 too, so an entry id tells a stranger nothing, not even
     * that it exists or where).
     */
    Project visible(long entryId, long investorId) {
        long programId = programOf(entryId);
        if (!investors.invited(programId, investorId)) {
            throw new MatchmakingProblems.ProjectNotFound(entryId);
        }
        return projects(programs.find(programId), investorId, investors.scoreBands(programId)).stream()
                .filter(p -> p.entryId() == entryId)
                .findFirst()
                .orElseThrow(() -> new MatchmakingProblems.ProjectNotFound(entryId));
    }

    private long programOf(long entryId) {
        return entries.facts(List.of(entryId)).stream()
                .findFirst()
                .map(org.laurel.entries.EntryFacts::programId)
                .orElseThrow(() -> new MatchmakingProblems.ProjectNotFound(entryId));
    }

    private List<Project> projects(ProgramView program, long investorId, boolean bands) {
        List<ForInvestors> shared = entries.forInvestors(program.id());
        List<Long> ids = shared.stream().map(ForInvestors::entryId).toList();
        Map<Long, StageSlots.SlotRef> slotOf = slots.of(ids);
        // Finalists: those with a slot on a stage. The rest never pitched to the investors.
        List<ForInvestors> finalists =
                shared.stream().filter(e -> slotOf.containsKey(e.entryId())).toList();
        List<Long> finalistIds = finalists.stream().map(ForInvestors::entryId).toList();
        Map<Long, Set<Long>> chosen = entryTopics.of(finalistIds);
        Map<Long, String> topicNames = topics.names(
                chosen.values().stream().flatMap(Set::stream).distinct().toList());
        Map<Long, Double> scores = bands ? slots.revealedScores(finalistIds) : Map.of();
        Set<Long> liked = interests.findByProgramIdAndInvestorId(program.id(), investorId).stream()
                .map(Interest::entryId)
                .collect(Collectors.toSet());
        Map<Long, MeetingView> latest = meetings.latestOf(program.id(), investorId).stream()
                .collect(Collectors.toMap(MeetingView::entryId, Function.identity(), (a, b) -> b));
        return finalists.stream()
                .map(e -> new Project(
                        e.entryId(),
                        program.id(),
                        program.timeZone(),
                        e.title(),
                        e.categoryId(),
                        e.categoryId() == null ? null : program.categoryName(e.categoryId()),
                        e.summary(),
                        e.organization(),
                        e.team(),
                        e.institutions(),
                        e.files(),
                        chosen.getOrDefault(e.entryId(), Set.of()).stream()
                                .filter(topicNames::containsKey)
                                .map(t -> new MatchmakingViews.Topic(t, topicNames.get(t)))
                                .sorted(Comparator.comparing(MatchmakingViews.Topic::name))
                                .toList(),
                        slotOf.get(e.entryId()),
                        scores.containsKey(e.entryId()) ? band(scores.get(e.entryId())) : null,
                        liked.contains(e.entryId()),
                        latest.get(e.entryId()),
                        !latest.containsKey(e.entryId())
                                || !latest.get(e.entryId()).status().open()))
                .sorted(Comparator.comparing(Project::title, String.CASE_INSENSITIVE_ORDER)
                        .thenComparingLong(Project::entryId))
                .toList();
    }

    /** A band of ten points of the 0-100 final ("80-89", "90-100"), never the score itself. */
    static String band(double score) {
        int low = Math.min(90, Math.max(0, (int) Math.floor(score / 10) * 10));
        return low == 90 ? "90-100" : low + "-" + (low + 9);
    }
}
