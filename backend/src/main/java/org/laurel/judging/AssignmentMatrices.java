package org.laurel.judging;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.laurel.entries.EntryDirectory;
import org.laurel.identity.IdentityService;
import org.laurel.identity.UserView;
import org.laurel.judging.JudgingParts.Assignment;
import org.laurel.judging.JudgingParts.PanelMember;
import org.laurel.judging.JudgingParts.RoundEntry;
import org.laurel.judging.JudgingViews.AssignmentMatrix;
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
