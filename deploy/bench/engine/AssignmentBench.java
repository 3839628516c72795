package org.laurel.judging;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;

/**
 * Automatic assignment of 2,000 entries to 3 judges each from a panel of 300, with 1% of the
 * judge x entry pairs conflicted, using the planner the server uses (compiled against
 * backend/target/classes; same package to reach it). Run by deploy/bench/run-all.sh --only assignment.
 */
public class AssignmentBench {

    public static void main(String[] args) {
        List<Long> entries = LongStream.rangeClosed(1, 2000).boxed().toList();
        List<Long> judges = LongStream.rangeClosed(100_001, 100_300).boxed().toList();
        Random random = new Random(7);
        Set<String> conflicts = new HashSet<>();
        while (conflicts.size() < 6000) {
            conflicts.add(judges.get(random.nextInt(300)) + ":" + entries.get(random.nextInt(2000)));
        }
        for (int i = 0; i < 5; i++) {
            AssignmentPlanner.plan(entries, judges, 3, conflicts, List.of());
        }
        double[] ms = new double[15];
        AssignmentPlanner.Plan plan = null;
        for (int i = 0; i < ms.length; i++) {
            long t0 = System.nanoTime();
            plan = AssignmentPlanner.plan(entries, judges, 3, conflicts, List.of());
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("auto-assignment, 2000 entries x 3 judges from 300 (6000 conflicted pairs): %d assignments, %d shortfalls; "
                + "median %.1f ms, max %.1f ms over %d runs%n", plan.added().size(), plan.shortfalls().size(), ms[ms.length / 2],
                ms[ms.length - 1], ms.length);
    }
}
