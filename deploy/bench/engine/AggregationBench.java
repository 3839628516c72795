import org.laurel.judging.Aggregation;
import org.laurel.programs.AggregationMethod;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Random;
import java.util.Set;

/**
 * Time to rank 2,000 entries x 3 judges x 6 criteria under all four methods (the results page's
 * method comparison), with the engine the server uses. Run by deploy/bench/run-all.sh --only aggregation.
 */
public class AggregationBench {

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
        Aggregation.Settings settings = new Aggregation.Settings(AggregationMethod.TRIMMED_MEAN, 1, 20.0, 3, List.of(1L, 2L));
        for (int i = 0; i < 20; i++) { // warm-up, as a running server would be
            Aggregation.compare(rubric, settings, refs, cards, Set.of());
        }
        int runs = 30;
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            Aggregation.compare(rubric, settings, refs, cards, Set.of());
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("all four methods, %d entries x %d judges x %d criteria (%d cards): median %.1f ms, p90 %.1f ms, max %.1f ms over %d runs%n",
                entries, judgesPerEntry, criteria, cards.size(), ms[runs / 2], ms[(int) (runs * 0.9)], ms[runs - 1], runs);
        System.out.println("machine: " + Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    }
}
