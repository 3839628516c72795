package org.laurel.showcase;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.laurel.awards.AwardService;
import org.laurel.entries.EntryDirectory;
import org.laurel.entries.EntryDirectory.Showcased;
import org.laurel.entries.EntryTopics;
import org.laurel.live.StageSlots;
import org.laurel.programs.ProgramService;
import org.laurel.programs.ProgramStatus;
import org.laurel.programs.ProgramTopics;
import org.laurel.programs.ProgramView;
import org.laurel.shared.ProblemException;

/**
 * The public showcase of a program: the entries whose owners opted in (and that the public may
 * see at all: {@link org.laurel.entries.EntryVisibility#SHOWN}), of a published program only, with
 * their category, topics, announced award and stage slot. Read in a fixed number of queries.
 */
@Singleton
class ShowcaseService {

    private final ProgramService programs;
    private final ProgramTopics topics;
    private final EntryDirectory entries;
    private final EntryTopics entryTopics;
    private final AwardService awards;
    private final StageSlots slots;

    ShowcaseService(
            ProgramService programs,
            ProgramTopics topics,
            EntryDirectory entries,
            EntryTopics entryTopics,
            AwardService awards,
            StageSlots slots) {
        this.programs = programs;
        this.topics = topics;
        this.entries = entries;
        this.entryTopics = entryTopics;
        this.awards = awards;
        this.slots = slots;
    }

    /** {@code q}: words in the title, summary, organization, team or institutions (any case); the others filter by id. */
    Showcase.Gallery gallery(String slug, @Nullable String q, @Nullable Long categoryId, @Nullable Long topicId) {
        ProgramView program = published(slug);
        List<Showcase.Project> all = projects(program);
        String needle = q == null || q.isBlank() ? null : q.strip().toLowerCase(Locale.ROOT);
        List<Showcase.Project> kept = all.stream()
                .filter(p -> categoryId == null || categoryId.equals(p.categoryId()))
                .filter(p -> topicId == null || p.topics().stream().anyMatch(t -> t.id() == topicId))
                .filter(p -> needle == null || matches(p, needle))
                .toList();
        return new Showcase.Gallery(
                program.slug(),
                program.title(),
                program.timeZone(),
                program.event(),
                all.size(),
                program.categories().stream()
                        .map(c -> new Showcase.Category(c.id(), c.name()))
                        .toList(),
                topics.of(program.id()).stream()
                        .map(t -> new Showcase.Topic(t.id(), t.name()))
                        .toList(),
                kept);
    }

    Showcase.Project project(String slug, long entryId) {
        return projects(published(slug)).stream()
                .filter(p -> p.entryId() == entryId)
                .findFirst()
                .orElseThrow(() -> new ProblemException.NotFound(
                        "project-not-found", "No project " + entryId + " in this showcase."));
    }

    /** A draft program is unknown to the public (404), like its address. */
    private ProgramView published(String slug) {
        ProgramView program = programs.getBySlug(slug, null);
        if (program.status() != ProgramStatus.PUBLISHED) {
            throw new ProblemException.NotFound("program-not-found", "No program " + slug + ".");
        }
        return program;
    }

    private List<Showcase.Project> projects(ProgramView program) {
        List<Showcased> shown = entries.showcased(program.id());
        List<Long> ids = shown.stream().map(Showcased::entryId).toList();
        Map<Long, Set<Long>> chosen = entryTopics.of(ids);
        Map<Long, String> topicNames = topics.names(
                chosen.values().stream().flatMap(Set::stream).distinct().toList());
        Map<Long, String> won = awards.publishedAwards(program.id());
        Map<Long, StageSlots.SlotRef> slotOf = slots.of(ids);
        return shown.stream()
                .map(e -> new Showcase.Project(
                        e.entryId(),
                        e.title(),
                        e.summary(),
                        e.organization(),
                        e.team(),
                        e.institutions(),
                        e.categoryId(),
                        e.categoryId() == null ? null : program.categoryName(e.categoryId()),
                        chosen.getOrDefault(e.entryId(), Set.of()).stream()
                                .filter(topicNames::containsKey)
                                .map(t -> new Showcase.Topic(t, topicNames.get(t)))
                                .toList(),
                        won.get(e.entryId()),
                        slotOf.get(e.entryId())))
                // Award winners first, then by title: a visitor looks for the winners.
                .sorted(Comparator.comparing((Showcase.Project p) -> p.award() == null)
                        .thenComparing(Showcase.Project::title, String.CASE_INSENSITIVE_ORDER)
                        .thenComparingLong(Showcase.Project::entryId))
                .toList();
    }

    private static boolean matches(Showcase.Project p, String needle) {
        StringBuilder text = new StringBuilder(p.title()).append(' ').append(p.summary());
        if (p.organization() != null) {
            text.append(' ').append(p.organization());
        }
        p.team().forEach(n -> text.append(' ').append(n));
        p.institutions().forEach(n -> text.append(' ').append(n));
        return text.toString().toLowerCase(Locale.ROOT).contains(needle);
    }
}
