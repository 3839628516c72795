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
 * Quality against a known truth: 200 teams with hidden strengths (normal, standard deviation 3 on
 * the Bradley-Terry scale, so two teams one deviation apart are told apart 95 times in 100), 20
 * judges of whom one in five answers at random, and 10 comparisons per team: 2,000 answers, each
 * judge walking to a table and saying whether it beat the last one (so each table is the new one
 * in 10 answers on average, and takes part in 20). The CrowdBT ranking must agree with the truth at
 * Kendall's tau of 0.8 or more when judges walk the floor as {@link PairwiseChooser} sends them,
 * and agree better than when the same budget goes to randomly chosen pairs. Seeded, so the
 * figures are the same on every run; several seeds, so one lucky draw proves nothing.
 *
 * <p>Measured with half the budget (1,000 answers, each team in 10): tau about 0.70 against about
 * 0.66 for random pairs; the same data fitted by batch maximum likelihood does no better, so the
 * shortfall is information, not the one-pass estimator.
 */
class PairwiseSimulationTest {

    static final int ENTRIES = 200;
    static final int JUDGES = 20;
    static final int BUDGET = ENTRIES * 10;

    /** A simulated hall: truths, which judges are unreliable, and the noise source. */
    record Hall(double[] truth, boolean[] unreliable, Random random) {

        static Hall of(long seed) {
            Random random = new Random(seed);
            double[] truth = new double[ENTRIES];
            for (int i = 0; i < ENTRIES; i++) {
                truth[i] = random.nextGaussian() * 3;
            }
            boolean[] unreliable = new boolean[JUDGES];
            for (int j = 0; j < JUDGES; j += 5) {
                unreliable[j] = true;
            }
            return new Hall(truth, unreliable, random);
        }

        /** Whether the judge says a is better than b: a fair coin for an unreliable judge, Bradley-Terry otherwise. */
        boolean prefers(int judge, int a, int b) {
            if (unreliable[judge]) {
                return random.nextBoolean();
            }
            double p = 1 / (1 + Math.exp(truth[b] - truth[a]));
            return random.nextDouble() < p;
        }
    }

    /** The beliefs of a simulated round, updated as in the service. */
    static final class Beliefs {
        final Map<Long, CrowdBT.Entry> entries = new HashMap<>();
        final Map<Long, Integer> counts = new HashMap<>();
        final CrowdBT.Judge[] judges = new CrowdBT.Judge[JUDGES];

        Beliefs() {
            java.util.Arrays.fill(judges, CrowdBT.Judge.PRIOR);
        }

        void record(int judge, long winner, long loser) {
            CrowdBT.Update u = CrowdBT.update(
                    judges[judge],
                    entries.getOrDefault(winner, CrowdBT.Entry.PRIOR),
                    entries.getOrDefault(loser, CrowdBT.Entry.PRIOR));
            entries.put(winner, u.winner());
            entries.put(loser, u.loser());
            judges[judge] = u.judge();
            counts.merge(winner, 1, Integer::sum);
            counts.merge(loser, 1, Integer::sum);
        }

        double mu(long entry) {
            return entries.getOrDefault(entry, CrowdBT.Entry.PRIOR).mu();
        }
    }

    static double active(long seed) {
        Hall hall = Hall.of(seed);
        Beliefs beliefs = new Beliefs();
        Long[] previous = new Long[JUDGES];
        List<Set<Long>> seen = new ArrayList<>();
        for (int j = 0; j < JUDGES; j++) {
            seen.add(new HashSet<>());
        }
        Long[] current = new Long[JUDGES];
        int made = 0;
        while (made < BUDGET) {
            for (int j = 0; j < JUDGES && made < BUDGET; j++) {
                Set<Long> busy = new HashSet<>();
                for (int o = 0; o < JUDGES; o++) {
                    if (o != j && current[o] != null) {
                        busy.add(current[o]);
                    }
                }
                List<PairwiseChooser.Table> tables = new ArrayList<>();
                for (long e = 0; e < ENTRIES; e++) {
                    tables.add(PairwiseChooser.table(e, beliefs.entries, beliefs.counts, true));
                }
                Long next = PairwiseChooser.next(beliefs.judges[j], tables, previous[j], seen.get(j), busy)
                        .orElse(null);
                if (next == null) {
                    continue;
                }
                current[j] = next;
                seen.get(j).add(next);
                if (previous[j] != null) {
                    long a = next;
                    long b = previous[j];
                    if (hall.prefers(j, (int) a, (int) b)) {
                        beliefs.record(j, a, b);
                    } else {
                        beliefs.record(j, b, a);
                    }
                    made++;
                }
                previous[j] = next;
            }
        }
        return tau(hall, beliefs);
    }

    static double random(long seed) {
        Hall hall = Hall.of(seed);
        Beliefs beliefs = new Beliefs();
        Random pick = new Random(seed * 31 + 7);
        for (int made = 0; made < BUDGET; made++) {
            int j = made % JUDGES;
            int a = pick.nextInt(ENTRIES);
            int b = pick.nextInt(ENTRIES - 1);
            if (b >= a) {
                b++;
            }
            if (hall.prefers(j, a, b)) {
                beliefs.record(j, a, b);
            } else {
                beliefs.record(j, b, a);
            }
        }
        return tau(hall, beliefs);
    }

    /** Kendall's tau-a between the beliefs' means and the hidden strengths. */
    static double tau(Hall hall, Beliefs beliefs) {
        long concordant = 0;
        long discordant = 0;
        for (int i = 0; i < ENTRIES; i++) {
            for (int k = i + 1; k < ENTRIES; k++) {
                double truth = Math.signum(hall.truth()[i] - hall.truth()[k]);
                double guess = Math.signum(beliefs.mu(i) - beliefs.mu(k));
                if (truth * guess > 0) {
                    concordant++;
                } else if (truth * guess < 0) {
                    discordant++;
                }
            }
        }
        return (concordant - discordant) / (ENTRIES * (ENTRIES - 1) / 2.0);
    }

    @Test
    void walkingTheFloorRanksWellAndBetterThanRandomPairs() {
        for (long seed : new long[] {1, 2, 3}) {
            double active = active(seed);
            double random = random(seed);
            System.out.printf("seed %d: tau %.3f with the chooser, %.3f with random pairs%n", seed, active, random);
            assertThat(active).as("tau, seed " + seed).isGreaterThanOrEqualTo(0.8);
            assertThat(active).as("chooser against random pairs, seed " + seed).isGreaterThan(random);
        }
    }
}
