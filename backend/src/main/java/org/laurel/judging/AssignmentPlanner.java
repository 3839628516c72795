package org.laurel.judging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Automatic assignment: every entry gets k judges, never a conflicted one, with the load spread
 * as evenly as possible. Greedy and deterministic: the most constrained entries are served first,
 * each takes the least-loaded available judges, and ties rotate with the entry so that low ids
 * are not always first. Existing assignments are kept and counted, so running it again only
 * tops up. Without conflicts the loads end within one of each other.
 */
final class AssignmentPlanner {

    record Pair(long entryId, long judgeId) {}

    /** New pairs to add, and for entries that cannot get k conflict-free judges, how many are missing. */
    record Plan(List<Pair> added, Map<Long, Integer> shortfalls) {}

    private AssignmentPlanner() {}

    static Plan plan(List<Long> entries, List<Long> judges, int k, Set<String> conflicts, List<Pair> existing) {
        List<Long> panel = judges.stream().sorted().toList();
        Map<Long, Integer> load = new HashMap<>();
        Map<Long, Integer> seat = new HashMap<>();
        for (int i = 0; i < panel.size(); i++) {
            load.put(panel.get(i), 0);
            seat.put(panel.get(i), i);
        }
        Map<Long, List<Long>> has = new HashMap<>();
        for (Pair p : existing) {
            has.computeIfAbsent(p.entryId(), e -> new ArrayList<>()).add(p.judgeId());
            load.computeIfPresent(p.judgeId(), (j, n) -> n + 1);
        }
        Map<Long, List<Long>> available = new LinkedHashMap<>();
        for (long entry : entries.stream().sorted().toList()) {
            List<Long> already = has.getOrDefault(entry, List.of());
            available.put(
                    entry,
                    panel.stream()
                            .filter(j -> !conflicts.contains(j + ":" + entry) && !already.contains(j))
                            .toList());
        }
        List<Long> order = new ArrayList<>(available.keySet());
        order.sort(Comparator.comparingInt((Long e) -> available.get(e).size()).thenComparingLong(e -> e));

        List<Pair> added = new ArrayList<>();
        Map<Long, Integer> shortfalls = new LinkedHashMap<>();
        int index = 0;
        for (long entry : order) {
            int needed = k - has.getOrDefault(entry, List.of()).size();
            if (needed <= 0) {
                continue;
            }
            int rotation = panel.isEmpty() ? 0 : Math.floorMod(index++ * k, panel.size());
            List<Long> candidates = new ArrayList<>(available.get(entry));
            candidates.sort(Comparator.comparingInt((Long j) -> load.get(j))
                    .thenComparingInt(j -> Math.floorMod(seat.get(j) - rotation, panel.size())));
            int take = Math.min(needed, candidates.size());
            for (int i = 0; i < take; i++) {
                long judge = candidates.get(i);
                added.add(new Pair(entry, judge));
                load.merge(judge, 1, Integer::sum);
            }
            if (take < needed) {
                shortfalls.put(entry, needed - take);
            }
        }
        return new Plan(added, shortfalls);
    }
}
