package org.laurel.judging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.alg.interfaces.MinimumCostFlowAlgorithm;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * Expertise-aware assignment: every entry gets k judges, never a conflicted or forbidden one, no
 * judge more than {@code maxLoad}, and the total affinity of the chosen pairs as high as it can
 * be. Solved exactly as a minimum-cost flow (JGraphT's capacity scaling): source to each judge
 * (capacity: the load left), judge to entry (capacity 1, cost: how far the pair's affinity is
 * below the best possible), entry to sink (capacity: the judges it still needs), and a costly
 * overflow arc from source to sink, so an entry that cannot be served shows as a shortfall
 * instead of making the problem infeasible. Deterministic: arcs are added in id order.
 *
 * <p>On large rounds each entry keeps only its {@link #CANDIDATES} best judges as arcs (HotCRP
 * prunes likewise); a judge outside them would only have lowered the total.
 */
final class AffinityPlanner {

    /**
     * Arcs kept per entry when the full bipartite graph would be large: with k judges per entry and
     * a load cap of an even share plus one, twenty is several times what any entry can use, and the
     * flow's Dijkstra searches cost in proportion to the arcs. At 2,000 entries x 300 judges the
     * plan's total affinity is the same with twenty, forty and all 300 (the full graph takes 30 s
     * and a 1 GB heap; twenty about 1.1 s; deploy/bench/RESULTS.md).
     */
    static final int CANDIDATES = 20;

    /** Above this many judge-entry pairs, arcs are pruned to the best candidates per entry. */
    static final int FULL_GRAPH_PAIRS = 100_000;

    /** Affinities are kept to this resolution in the integer-friendly costs. */
    private static final double SCALE = 1000;

    private AffinityPlanner() {}

    /** How well a judge fits an entry; higher is better. */
    interface Affinity {
        double of(long entryId, long judgeId);
    }

    static AssignmentPlanner.Plan plan(
            List<Long> entries,
            List<Long> judges,
            int k,
            int maxLoad,
            Set<String> excluded,
            List<AssignmentPlanner.Pair> existing,
            Affinity affinity) {
        List<Long> panel = judges.stream().sorted().toList();
        List<Long> lineup = entries.stream().sorted().toList();
        Map<Long, Integer> load = new HashMap<>();
        Map<Long, Integer> has = new HashMap<>();
        // entry id -> judges it may not get (conflicted, forbidden, or already assigned), read once:
        // the loop below asks for every pair, and building "judge:entry" keys there was most of its time.
        Map<Long, Set<Long>> blocked = new HashMap<>();
        for (AssignmentPlanner.Pair p : existing) {
            load.merge(p.judgeId(), 1, Integer::sum);
            has.merge(p.entryId(), 1, Integer::sum);
            blocked.computeIfAbsent(p.entryId(), x -> new HashSet<>()).add(p.judgeId());
        }
        for (String key : excluded) {
            int colon = key.indexOf(':');
            blocked.computeIfAbsent(Long.parseLong(key.substring(colon + 1)), x -> new HashSet<>())
                    .add(Long.parseLong(key.substring(0, colon)));
        }

        // Node ids: 0 source, 1 sink, judges from 2, entries after them.
        Graph<Integer, DefaultWeightedEdge> g = new DefaultDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        g.addVertex(0);
        g.addVertex(1);
        Map<Long, Integer> judgeNode = new LinkedHashMap<>();
        Map<Long, Integer> entryNode = new LinkedHashMap<>();
        int next = 2;
        for (long j : panel) {
            judgeNode.put(j, next);
            g.addVertex(next++);
        }
        for (long e : lineup) {
            entryNode.put(e, next);
            g.addVertex(next++);
        }
        Map<DefaultWeightedEdge, Integer> capacity = new HashMap<>();
        Map<DefaultWeightedEdge, Double> cost = new HashMap<>();
        Map<DefaultWeightedEdge, long[]> pairOf = new HashMap<>();
        int demand = 0;
        boolean prune = (long) panel.size() * lineup.size() > FULL_GRAPH_PAIRS;
        for (long e : lineup) {
            int needed = Math.max(0, k - has.getOrDefault(e, 0));
            if (needed == 0) {
                continue;
            }
            demand += needed;
            arc(g, capacity, cost, entryNode.get(e), 1, needed, 0);
            List<long[]> candidates = new ArrayList<>();
            Set<Long> not = blocked.getOrDefault(e, Set.of());
            for (long j : panel) {
                if (!not.contains(j)) {
                    candidates.add(new long[] {j, Math.round(affinity.of(e, j) * SCALE)});
                }
            }
            if (prune && candidates.size() > CANDIDATES) {
                candidates.sort(Comparator.comparingLong((long[] c) -> -c[1]).thenComparingLong(c -> c[0]));
                candidates = candidates.subList(0, CANDIDATES);
            }
            for (long[] c : candidates) {
                DefaultWeightedEdge arc = arc(g, capacity, cost, judgeNode.get(c[0]), entryNode.get(e), 1, c[1]);
                pairOf.put(arc, new long[] {e, c[0]});
            }
        }
        // Costs stay non-negative: how far each pair's affinity is below the best pair's.
        long best = pairOf.keySet().stream()
                .mapToLong(a -> cost.get(a).longValue())
                .max()
                .orElse(0);
        pairOf.keySet().forEach(a -> cost.put(a, (best - cost.get(a)) / SCALE));
        if (demand == 0) {
            return new AssignmentPlanner.Plan(List.of(), Map.of());
        }
        for (long j : panel) {
            int left = Math.max(0, maxLoad - load.getOrDefault(j, 0));
            if (left > 0) {
                arc(g, capacity, cost, 0, judgeNode.get(j), left, 0);
            }
        }
        // Serving an entry always beats leaving it short, whatever the affinities.
        double worst = pairOf.keySet().stream().mapToDouble(cost::get).max().orElse(0);
        arc(g, capacity, cost, 0, 1, demand, 10 * (worst + 1) * Math.max(1, k));

        // Costs as edge weights: the constructor taking a cost function reports a wrong flow map (JGraphT 1.5.3).
        cost.forEach(g::setEdgeWeight);
        final int total = demand;
        MinimumCostFlowProblem<Integer, DefaultWeightedEdge> problem =
                new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(
                        g, v -> v == 0 ? total : v == 1 ? -total : 0, capacity::get);
        MinimumCostFlowAlgorithm.MinimumCostFlow<DefaultWeightedEdge> flow =
                new CapacityScalingMinimumCostFlow<Integer, DefaultWeightedEdge>().getMinimumCostFlow(problem);

        List<AssignmentPlanner.Pair> added = new ArrayList<>();
        Map<Long, Integer> served = new HashMap<>();
        pairOf.forEach((arc, pair) -> {
            if (flow.getFlow(arc) > 0.5) {
                added.add(new AssignmentPlanner.Pair(pair[0], pair[1]));
                served.merge(pair[0], 1, Integer::sum);
            }
        });
        added.sort(Comparator.comparingLong(AssignmentPlanner.Pair::entryId)
                .thenComparingLong(AssignmentPlanner.Pair::judgeId));
        Map<Long, Integer> shortfalls = new LinkedHashMap<>();
        for (long e : lineup) {
            int missing = k - has.getOrDefault(e, 0) - served.getOrDefault(e, 0);
            if (missing > 0) {
                shortfalls.put(e, missing);
            }
        }
        return new AssignmentPlanner.Plan(added, shortfalls);
    }

    private static DefaultWeightedEdge arc(
            Graph<Integer, DefaultWeightedEdge> g,
            Map<DefaultWeightedEdge, Integer> capacity,
            Map<DefaultWeightedEdge, Double> cost,
            int from,
            int to,
            int cap,
            double c) {
        DefaultWeightedEdge e = g.addEdge(from, to);
        capacity.put(e, cap);
        cost.put(e, c);
        return e;
    }
}
