package org.laurel.judging;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.laurel.entries.EntryDirectory;
import org.laurel.identity.IdentityService;
import org.laurel.identity.UserView;
import org.laurel.judging.JudgingParts.Assignment;
import org.laurel.judging.JudgingParts.PanelMember;
import org.laurel.judging.JudgingParts.RoundEntry;
import org.laurel.judging.JudgingViews.AssignmentMatrix;
import org.laurel.judging.JudgingViews.AssignmentPage;
import org.laurel.judging.JudgingViews.ConflictView;
import org.laurel.judging.JudgingViews.EntryRow;
import org.laurel.judging.JudgingViews.JudgeSummary;
import org.laurel.programs.RoundView;

/** The organizer's view of a round's assignments: who judges what, conflicts, gaps and each judge's load. */
@Singleton
class AssignmentMatrices {

    private final JudgingRepositories.Panels panels;
    private final JudgingRepositories.Assignments assignments;
    private final JudgingRepositories.Conflicts conflicts;
    private final EntryDirectory entries;
    private final IdentityService identity;

    AssignmentMatrices(
            JudgingRepositories.Panels panels,
            JudgingRepositories.Assignments assignments,
            JudgingRepositories.Conflicts conflicts,
            EntryDirectory entries,
            IdentityService identity) {
        this.panels = panels;
        this.assignments = assignments;
        this.conflicts = conflicts;
        this.entries = entries;
        this.identity = identity;
    }

    AssignmentMatrix of(RoundView round, List<RoundEntry> inRound) {
        List<Assignment> all = assignments.findByRoundId(round.id());
        Map<Long, List<Long>> judgesOf = new HashMap<>();
        all.forEach(a ->
                judgesOf.computeIfAbsent(a.entryId(), k -> new ArrayList<>()).add(a.judgeId()));
        Map<Long, List<ConflictView>> conflictsOf = new HashMap<>();
        if (!inRound.isEmpty()) {
            conflicts
                    .findInRound(round.id())
                    .forEach(c -> conflictsOf
                            .computeIfAbsent(c.entryId(), k -> new ArrayList<>())
                            .add(new ConflictView(c.judgeId(), c.reason(), c.source())));
        }
        Map<Long, String> titles = entries.titlesIn(round.programId());
        List<EntryRow> rows = inRound.stream()
                .map(e -> {
                    List<Long> js = judgesOf.getOrDefault(e.entryId(), List.of()).stream()
                            .sorted()
                            .toList();
                    return new EntryRow(
                            e.entryId(),
                            titles.getOrDefault(e.entryId(), "?"),
                            e.categoryId(),
                            js,
                            conflictsOf.getOrDefault(e.entryId(), List.of()),
                            Math.max(0, round.judgesPerEntry() - js.size()));
                })
                .toList();
        List<JudgeSummary> judges = judges(round.id(), all);
        int min = judges.stream().mapToInt(JudgeSummary::load).min().orElse(0);
        int max = judges.stream().mapToInt(JudgeSummary::load).max().orElse(0);
        return new AssignmentMatrix(round.id(), round.judgesPerEntry(), judges, rows, min, max);
    }

    /**
     * One page of the matrix's entry rows, filtered by category, title, missing judges only, or a
     * judge's entries; {@code sort}: entry (id), title, -title, missing (most judges missing first).
     */
    AssignmentPage page(
            RoundView round,
            List<RoundEntry> inRound,
            Pageable page,
            @Nullable String q,
            @Nullable Long categoryId,
            boolean missingOnly,
            @Nullable Long judgeId,
            @Nullable String sort) {
        String order = Pages.choice("sort", sort, "entry", List.of("entry", "title", "-title", "missing"));
        AssignmentMatrix matrix = of(round, inRound);
        Comparator<EntryRow> byId = Comparator.comparingLong(EntryRow::entryId);
        Comparator<EntryRow> byTitle = Comparator.comparing(e -> e.title().toLowerCase(Locale.ROOT));
        Comparator<EntryRow> comparator = switch (order) {
            case "title" -> byTitle.thenComparing(byId);
            case "-title" -> byTitle.reversed().thenComparing(byId);
            case "missing" ->
                Comparator.comparingInt(EntryRow::missing).reversed().thenComparing(byId);
            default -> byId;
        };
        List<EntryRow> rows = matrix.entries().stream()
                .filter(e -> categoryId == null || categoryId.equals(e.categoryId()))
                .filter(e -> Pages.matches(q, e.title()))
                .filter(e -> !missingOnly || e.missing() > 0)
                .filter(e -> judgeId == null
                        || e.judgeIds().contains(judgeId)
                        || e.conflicts().stream().anyMatch(c -> c.judgeId() == judgeId))
                .sorted(comparator)
                .toList();
        List<EntryRow> lacking =
                matrix.entries().stream().filter(e -> e.missing() > 0).toList();
        return new AssignmentPage(
                round.id(),
                round.judgesPerEntry(),
                matrix.judges(),
                Pages.cut(rows, page),
                rows.size(),
                matrix.minLoad(),
                matrix.maxLoad(),
                matrix.entries().size(),
                lacking.size(),
                lacking.stream().mapToInt(EntryRow::missing).sum());
    }

    List<JudgeSummary> judges(long roundId, List<Assignment> all) {
        List<Long> ids = panels.findByRoundIdOrderByJudgeId(roundId).stream()
                .map(PanelMember::judgeId)
                .toList();
        Map<Long, UserView> users = identity.getAll(ids);
        Map<Long, Long> load = all.stream().collect(Collectors.groupingBy(Assignment::judgeId, Collectors.counting()));
        return ids.stream()
                .map(id -> {
                    UserView u = users.get(id);
                    return new JudgeSummary(
                            id,
                            u.displayName(),
                            u.email(),
                            u.organization(),
                            load.getOrDefault(id, 0L).intValue());
                })
                .toList();
    }
}
