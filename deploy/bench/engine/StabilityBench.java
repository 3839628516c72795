import org.laurel.judging.Aggregation;
import org.laurel.judging.Stability;
import org.laurel.programs.AggregationMethod;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Time to compute a round's stability (rank intervals from 1,000 bootstrap resamples, and
 * leave-one-judge-out over every judge) for 2,000 entries x 3 judges x 6 criteria from a panel of
 * 300, under each method, with the code the server runs. The same data as AggregationBench.
 * Run by deploy/bench/run-all.sh --only stability.
 */
public class StabilityBench {

    public static void main(String[] args) {
        int entries = 2000, judgesPerEntry = 3, judges = 300, criteria = 6;
        Random random = new Random(42);
        List<Aggregation.Criterion> rubric = new ArrayList<>();
        for (int c = 1; c <= criteria; c++) {
            rubric.add(new Aggregation.Criterion(c, 1 + random.nextInt(3), 0, 10));
        }
        List<Aggregation.EntryRef> refs = new ArrayList<>();
        List<Aggregation.Card> cards = new ArrayList<>();
        for (long e = 1; e <= entries; e++) {
            refs.add(new Aggregation.EntryRef(e, e % 4));
            for (int j = 0; j < judgesPerEntry; j++) {
                long judge = (e * judgesPerEntry + j) % judges;
                Map<Long, Double> values = new HashMap<>();
                for (int c = 1; c <= criteria; c++) {
                    values.put((long) c, (double) Math.round(random.nextDouble() * 20) / 2);
                }
                cards.add(new Aggregation.Card(e, judge, values));
            }
        }
        double slowest = 0;
        for (AggregationMethod method : AggregationMethod.values()) {
            Aggregation.Settings settings = new Aggregation.Settings(method, 1, 20.0, 3, List.of(1L, 2L));
            int runs = 7, warmup = 3;
            double[] ms = new double[runs];
            int pivotal = 0;
            for (int i = 0; i < warmup + runs; i++) {
                long t0 = System.nanoTime();
                // As the endpoint does: the official ranking, then the analysis of it.
                List<Aggregation.Result> official = Aggregation.rank(rubric, settings, refs, cards, Set.of());
                List<Stability.EntryStability> out = Stability.analyse(
                        settings, rubric, refs, cards, Set.of(), official, 10, Stability.RESAMPLES, Stability.SEED);
                if (i >= warmup) {
                    ms[i - warmup] = (System.nanoTime() - t0) / 1e6;
                }
                pivotal = (int) out.stream().filter(s -> !s.pivots().isEmpty()).count();
            }
            Arrays.sort(ms);
            slowest = Math.max(slowest, ms[runs / 2]);
            System.out.printf("%s: median %.1f ms, max %.1f ms over %d runs (%d entries with a pivotal judge at the top-10 line)%n",
                    method, ms[runs / 2], ms[runs - 1], runs, pivotal);
        }
        System.out.printf("stability, %d entries x %d judges x %d criteria, %d judges, %d resamples + leave-one-out: slowest method median %.1f ms%n",
                entries, judgesPerEntry, criteria, judges, Stability.RESAMPLES, slowest);
        System.out.println("machine: " + Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    }
}
