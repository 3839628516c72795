package org.laurel.judging;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The next-table choice alone (issue 14): {@link PairwiseChooser} over 600 tables with beliefs
 * spread as after a few comparisons each, a judge who has seen 50 of them and 30 busy, the rule the
 * server applies on every decision (compiled against the jar; same package to reach it). Prints
 * the p50 / p99 of 2,000 choices after 2,000 to warm up. Run by deploy/bench/run-all.sh --only
 * pairwise-engine, or alone: javac -cp backend/target/laurel.jar -d /tmp/e deploy/bench/engine/PairwiseBench.java
 * && java -cp backend/target/laurel.jar:/tmp/e org.laurel.judging.PairwiseBench
 */
public class PairwiseBench {

    public static void main(String[] args) {
        Random random = new Random(11);
        List<PairwiseChooser.Table> tables = new ArrayList<>();
        for (long e = 1; e <= 600; e++) {
            tables.add(new PairwiseChooser.Table(
                    e, new CrowdBT.Entry(random.nextGaussian(), 0.2 + random.nextDouble() * 0.8), 2 + random.nextInt(6), true));
        }
        Set<Long> seen = new HashSet<>();
        while (seen.size() < 50) {
            seen.add(1L + random.nextInt(600));
        }
        Set<Long> busy = new HashSet<>();
        while (busy.size() < 30) {
            busy.add(1L + random.nextInt(600));
        }
        CrowdBT.Judge judge = new CrowdBT.Judge(14.2, 2.7);
        long[] nanos = new long[2000];
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < nanos.length; i++) {
                long previous = 1L + random.nextInt(600);
                long t0 = System.nanoTime();
                PairwiseChooser.next(judge, tables, previous, seen, busy);
                nanos[i] = System.nanoTime() - t0;
            }
        }
        Arrays.sort(nanos);
        System.out.printf("next-table choice, 600 tables (50 seen, 30 busy): median %.2f ms, p99 %.2f ms, max %.2f ms over %d choices%n",
                nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.99)] / 1e6, nanos[nanos.length - 1] / 1e6,
                nanos.length);
    }
}
