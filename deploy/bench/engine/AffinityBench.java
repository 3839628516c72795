package org.laurel.judging;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Expertise-aware assignment at contest scale (issue 14): 2,000 entries, 300 judges, k = 3, a
 * load cap of 21 (an even share plus one, as the server sets it), 1% of pairs conflicted; each judge has a written expertise and bids on 30
 * entries, each entry and judge two of 12 topics. Times the whole computation the server makes:
 * BM25 similarities for every judge over every entry (Lucene), the affinities, and the
 * min-cost flow. Compiled against the jar, same package to reach it; run by
 * deploy/bench/run-all.sh --only affinity, with the server's own JVM options (deploy/run.sh: serial
 * GC, 256 MB heap), because the collector chosen changes these timings by half.
 */
public class AffinityBench {

    static final String[] WORDS = {"vision", "image", "robot", "workflow", "battery", "solar", "genome", "protein",
        "ledger", "token", "speech", "translation", "drone", "map", "sensor", "grid", "health", "clinic", "market",
        "payment", "视觉", "图像", "机器人", "储能", "光伏", "基因", "区块链", "语音", "翻译", "无人机"};

    public static void main(String[] args) {
        Random random = new Random(17);
        int n = 2000;
        int m = 300;
        Map<Long, String> entryText = new HashMap<>();
        Map<Long, Set<Integer>> entryTopics = new HashMap<>();
        for (long e = 1; e <= n; e++) {
            entryText.put(e, text(random, 12));
            entryTopics.put(e, new HashSet<>(List.of(random.nextInt(12), random.nextInt(12))));
        }
        Map<Long, String> judgeText = new HashMap<>();
        Map<Long, Set<Integer>> judgeTopics = new HashMap<>();
        Map<String, Affinity.Bid> bids = new HashMap<>();
        List<Long> judges = new ArrayList<>();
        for (long j = 100_001; j <= 100_000 + m; j++) {
            judges.add(j);
            judgeText.put(j, text(random, 8));
            judgeTopics.put(j, new HashSet<>(List.of(random.nextInt(12), random.nextInt(12))));
            for (int b = 0; b < 30; b++) {
                bids.put(j + ":" + (1 + random.nextInt(n)), Affinity.Bid.values()[random.nextInt(3)]);
            }
        }
        Set<String> conflicts = new HashSet<>();
        while (conflicts.size() < n * m / 100) {
            conflicts.add(judges.get(random.nextInt(m)) + ":" + (1 + random.nextInt(n)));
        }
        List<Long> entries = new ArrayList<>(entryText.keySet());
        double[] ms = new double[7];
        AssignmentPlanner.Plan plan = null;
        for (int i = 0; i < ms.length + 2; i++) {
            long t0 = System.nanoTime();
            Map<Long, Map<Long, Double>> similarity = ExpertiseText.similarities(entryText, judgeText);
            long t1 = System.nanoTime();
            AffinityPlanner.Affinity affinity = (e, j) -> {
                int shared = 0;
                for (Integer t : entryTopics.get(e)) {
                    shared += judgeTopics.get(j).contains(t) ? 1 : 0;
                }
                return Affinity.score(bids.get(j + ":" + e), shared,
                        similarity.getOrDefault(j, Map.of()).getOrDefault(e, 0.0));
            };
            plan = AffinityPlanner.plan(entries, judges, 3, 21, conflicts, List.of(), affinity);
            long t2 = System.nanoTime();
            if (i == 0) {
                // What pruning to the best candidates costs: the plan's total affinity (it is exact within the pruned graph).
                System.out.printf("  total affinity of the plan: %.1f (%d candidates per entry)%n",
                        plan.added().stream().mapToDouble(p -> affinity.of(p.entryId(), p.judgeId())).sum(),
                        AffinityPlanner.CANDIDATES);
            }
            if (i >= 2) {
                ms[i - 2] = (t2 - t0) / 1e6;
                System.out.printf("  run %d: similarities %.0f ms, flow %.0f ms%n", i - 1, (t1 - t0) / 1e6, (t2 - t1) / 1e6);
            }
        }
        Arrays.sort(ms);
        System.out.printf("expertise-aware assignment, 2000 entries x 3 of 300 judges (BM25 + min-cost flow): %d assignments, "
                + "%d shortfalls; median %.0f ms, max %.0f ms over %d runs%n", plan.added().size(), plan.shortfalls().size(),
                ms[ms.length / 2], ms[ms.length - 1], ms.length);
    }

    static String text(Random random, int words) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words; i++) {
            out.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        return out.toString();
    }
}
