package org.laurel.judging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Expertise-aware assignment against a known truth: entries and judges each have a hidden topic,
 * and only their words say which (an entry's title and summary, a judge's written expertise, in
 * English or in Chinese). The text similarity and the min-cost flow must give at least 90% of the
 * entries a judge of their own hidden topic, where balanced assignment alone manages about 1/T
 * with one judge per entry; and never a conflicted or forbidden pair, never beyond the load cap.
 */
class AffinityAssignmentTest {

    static final String[][] VOCABULARY = {
        {"computer vision", "image", "camera", "detection", "segmentation", "视觉", "图像识别"},
        {"robotic process automation", "workflow", "invoice", "bots", "back office", "流程自动化"},
        {"battery", "energy storage", "grid", "solar", "charging", "储能", "光伏"},
        {"genomics", "protein", "drug discovery", "clinical", "biomarker", "基因组"},
        {"blockchain", "ledger", "smart contract", "token", "wallet", "区块链"},
        {"speech recognition", "translation", "language model", "dialogue", "语音识别", "机器翻译"},
    };

    static final String[] FILLER = {"platform", "startup", "users", "team", "prototype", "market", "平台", "团队"};

    record World(
            Map<Long, Integer> entryTopic,
            Map<Long, Integer> judgeTopic,
            Map<Long, String> entryText,
            Map<Long, String> judgeText) {}

    static World world(int entries, int judges, long seed) {
        Random random = new Random(seed);
        int topics = VOCABULARY.length;
        Map<Long, Integer> entryTopic = new HashMap<>();
        Map<Long, String> entryText = new HashMap<>();
        for (long e = 1; e <= entries; e++) {
            int t = random.nextInt(topics);
            entryTopic.put(e, t);
            entryText.put(e, words(random, VOCABULARY[t], 3) + " " + words(random, FILLER, 4));
        }
        Map<Long, Integer> judgeTopic = new HashMap<>();
        Map<Long, String> judgeText = new HashMap<>();
        for (long j = 1001; j < 1001 + judges; j++) {
            int t = (int) (j % topics);
            judgeTopic.put(j, t);
            judgeText.put(
                    j, "Expert in " + words(random, VOCABULARY[t], 4) + "; reviewer for " + words(random, FILLER, 1));
        }
        return new World(entryTopic, judgeTopic, entryText, judgeText);
    }

    static String words(Random random, String[] from, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(from[random.nextInt(from.length)]);
        }
        return String.join(" ", out);
    }

    static double matched(World w, AssignmentPlanner.Plan plan) {
        Set<Long> served = new HashSet<>();
        plan.added().forEach(p -> {
            if (w.entryTopic().get(p.entryId()).equals(w.judgeTopic().get(p.judgeId()))) {
                served.add(p.entryId());
            }
        });
        return served.size() / (double) w.entryTopic().size();
    }

    @Test
    void expertiseFindsAMatchingJudgeForNineEntriesInTenAndBalanceAloneForOneInT() {
        World w = world(300, 30, 5);
        List<Long> entries = new ArrayList<>(w.entryTopic().keySet());
        List<Long> judges = new ArrayList<>(w.judgeTopic().keySet());
        Map<Long, Map<Long, Double>> similarity = ExpertiseText.similarities(w.entryText(), w.judgeText());
        AffinityPlanner.Affinity affinity = (e, j) -> new Affinity.Parts(
                        null, List.of(), similarity.getOrDefault(j, Map.of()).getOrDefault(e, 0.0))
                .score();
        int cap = (int) Math.ceil(300.0 / 30);

        AssignmentPlanner.Plan aware = AffinityPlanner.plan(entries, judges, 1, cap, Set.of(), List.of(), affinity);
        AssignmentPlanner.Plan balanced = AssignmentPlanner.plan(entries, judges, 1, Set.of(), List.of());

        double awareShare = matched(w, aware);
        double balancedShare = matched(w, balanced);
        System.out.printf(
                "matching judge: %.1f%% expertise-aware, %.1f%% balanced only (1/T = %.1f%%)%n",
                100 * awareShare, 100 * balancedShare, 100.0 / VOCABULARY.length);
        assertThat(aware.shortfalls()).isEmpty();
        assertThat(awareShare).isGreaterThanOrEqualTo(0.9);
        assertThat(balancedShare).isLessThan(0.35);
    }

    @Test
    void theFlowNeverBreaksAConstraint() {
        World w = world(120, 12, 9);
        List<Long> entries = new ArrayList<>(w.entryTopic().keySet());
        List<Long> judges = new ArrayList<>(w.judgeTopic().keySet());
        Random random = new Random(3);
        Set<String> excluded = new HashSet<>();
        while (excluded.size() < 200) {
            excluded.add(judges.get(random.nextInt(judges.size())) + ":" + entries.get(random.nextInt(entries.size())));
        }
        // Entry 1 can have no judge at all: every pair is excluded.
        judges.forEach(j -> excluded.add(j + ":" + 1L));
        List<AssignmentPlanner.Pair> existing =
                List.of(new AssignmentPlanner.Pair(2, 1001), new AssignmentPlanner.Pair(3, 1001));
        int k = 3;
        int cap = 31;

        AssignmentPlanner.Plan plan = AffinityPlanner.plan(
                entries, judges, k, cap, excluded, existing, (e, j) -> (e * 7 + j * 13) % 10 / 10.0);

        Map<Long, Integer> load = new HashMap<>();
        Map<Long, Integer> perEntry = new HashMap<>();
        Set<String> seen = new HashSet<>();
        existing.forEach(p -> {
            load.merge(p.judgeId(), 1, Integer::sum);
            perEntry.merge(p.entryId(), 1, Integer::sum);
        });
        for (AssignmentPlanner.Pair p : plan.added()) {
            assertThat(excluded).doesNotContain(p.judgeId() + ":" + p.entryId());
            assertThat(seen.add(p.judgeId() + ":" + p.entryId())).isTrue();
            assertThat(existing).doesNotContain(p);
            load.merge(p.judgeId(), 1, Integer::sum);
            perEntry.merge(p.entryId(), 1, Integer::sum);
        }
        assertThat(load.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(cap));
        assertThat(perEntry.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(k));
        assertThat(plan.shortfalls()).containsEntry(1L, 3);
        entries.stream()
                .filter(e -> e != 1L)
                .forEach(e -> assertThat(perEntry.get(e)).as("entry " + e).isEqualTo(k));
        // Deterministic: the same input, the same plan.
        assertThat(AffinityPlanner.plan(
                        entries, judges, k, cap, excluded, existing, (e, j) -> (e * 7 + j * 13) % 10 / 10.0))
                .isEqualTo(plan);
    }
}
