package org.laurel.judging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class AssignmentPlannerTest {

    static List<Long> ids(long from, long to) {
        return LongStream.rangeClosed(from, to).boxed().toList();
    }

    static Map<Long, Integer> loads(List<AssignmentPlanner.Pair> pairs) {
        Map<Long, Integer> load = new HashMap<>();
        pairs.forEach(p -> load.merge(p.judgeId(), 1, Integer::sum));
        return load;
    }

    @Test
    void everyEntryGetsKDistinctJudgesAndLoadsDifferByAtMostOne() {
        AssignmentPlanner.Plan plan = AssignmentPlanner.plan(ids(1, 2000), ids(10_001, 10_300), 3, Set.of(), List.of());

        assertThat(plan.added()).hasSize(6000);
        assertThat(plan.shortfalls()).isEmpty();
        Map<Long, Set<Long>> perEntry = new HashMap<>();
        plan.added()
                .forEach(p -> perEntry.computeIfAbsent(p.entryId(), k -> new HashSet<>())
                        .add(p.judgeId()));
        assertThat(perEntry.values()).allSatisfy(js -> assertThat(js).hasSize(3));
        Map<Long, Integer> load = loads(plan.added());
        assertThat(load).hasSize(300);
        assertThat(load.values().stream().mapToInt(i -> i).max().getAsInt()
                        - load.values().stream().mapToInt(i -> i).min().getAsInt())
                .isLessThanOrEqualTo(1);
    }

    @Test
    void theSameInputGivesTheSamePlan() {
        Set<String> conflicts = Set.of("3:1", "4:2");
        assertThat(AssignmentPlanner.plan(ids(1, 50), ids(1, 7), 2, conflicts, List.of()))
                .isEqualTo(AssignmentPlanner.plan(ids(1, 50), ids(1, 7), 2, conflicts, List.of()));
    }

    @Test
    void conflictedJudgesAreNeverChosenAndMissingJudgesAreReported() {
        // Entry 1 conflicts with judges 1 and 2 of three; with k = 2 only judge 3 is left.
        AssignmentPlanner.Plan plan = AssignmentPlanner.plan(ids(1, 4), ids(1, 3), 2, Set.of("1:1", "2:1"), List.of());

        assertThat(plan.added())
                .filteredOn(p -> p.entryId() == 1)
                .extracting(AssignmentPlanner.Pair::judgeId)
                .containsExactly(3L);
        assertThat(plan.shortfalls()).containsExactly(Map.entry(1L, 1));
        assertThat(plan.added()).noneMatch(p -> p.entryId() == 1 && p.judgeId() != 3);
    }

    @Test
    void existingAssignmentsAreKeptAndCountedSoARerunOnlyTopsUp() {
        List<AssignmentPlanner.Pair> existing =
                new ArrayList<>(List.of(new AssignmentPlanner.Pair(1, 1), new AssignmentPlanner.Pair(2, 1)));

        AssignmentPlanner.Plan plan = AssignmentPlanner.plan(ids(1, 2), ids(1, 2), 2, Set.of(), existing);

        assertThat(plan.added())
                .containsExactlyInAnyOrder(new AssignmentPlanner.Pair(1, 2), new AssignmentPlanner.Pair(2, 2));
        existing.addAll(plan.added());
        assertThat(AssignmentPlanner.plan(ids(1, 2), ids(1, 2), 2, Set.of(), existing)
                        .added())
                .isEmpty();
    }
}
