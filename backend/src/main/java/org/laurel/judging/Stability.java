package org.laurel.judging;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.laurel.judging.Aggregation.Card;
import org.laurel.judging.Aggregation.EntryRef;
import org.laurel.judging.Aggregation.Result;
import org.laurel.judging.Aggregation.Settings;
import org.laurel.programs.AggregationMethod;

/**
 * How far a ranking can be trusted, from the same cards and the same method the engine ranks with.
 *
 * <p><b>Rank interval</b>: the bootstrap. Each resample redraws every entry's cards with replacement
 * (as many as it has), scores it with {@link Aggregation#combine} and ranks each category; the
 * interval is the 2.5th to 97.5th percentile of the ranks an entry got, widened to hold its actual
 * rank. The random stream has a fixed seed, so the same cards always give the same intervals.
 *
 * <p><b>Pivotal judges</b>: leave one judge out. For each judge the ranking is recomputed without
 * that judge's cards (for ZSCORE the judges' means and spreads are recomputed too); an entry whose
 * side of the line (top N per category) changes names the judge.
 *
 * <p>Both rank by the score as shown (two decimals), equal scores sharing a rank. The engine's
 * tie-breaks (criteria, head-to-head) need every card's criteria again for each of the thousand
 * rankings; a tie exactly at the line is rare, and the official ranking keeps applying them.
 */
public final class Stability {

    public static final int RESAMPLES = 1000;

    /** Fixed, so the intervals are reproducible: anyone with the same cards gets the same figures. */
    public static final long SEED = 0x4C617572656CL;

    public enum Effect {
        /** Without this judge the entry would fall below the line. */
        DROPS_OUT,
        /** Without this judge the entry would make the line. */
        GETS_IN
    }

    public record Pivot(long judgeId, Effect effect) {}

    /**
     * One entry's stability. {@code low}/{@code high} are null for an entry nobody scored;
     * {@code advanceShare} is the share of resamples in which it made the line.
     */
    public record EntryStability(
            long entryId,
            Long categoryId,
            Integer rank,
            Integer low,
            Integer high,
            double advanceShare,
            boolean advances,
            List<Pivot> pivots) {}

    private Stability() {}

    /**
     * @param official the engine's ranking of the same input, whose ranks the intervals are about
     * @param line     the top N per category that counts as advancing (or the podium)
     */
    public static List<EntryStability> analyse(
            Settings settings,
            List<Aggregation.Criterion> rubric,
            Collection<EntryRef> entries,
            Collection<Card> cards,
            Set<String> conflicts,
            List<Result> official,
            int line,
            int resamples,
            long seed) {
        Input in = Input.of(settings, rubric, entries, cards, conflicts);
        // Every card's value against the whole panel: what the bootstrap redraws and the baseline leave-one-out departs
        // from.
        double[][] values = in.values(in.counted, in.bootstrapZ);
        int[][] sampled = bootstrap(in, values, resamples, seed);
        Map<Long, List<Pivot>> pivots = leaveOneOut(in, values, line);
        Map<Long, Result> byEntry = new HashMap<>();
        official.forEach(r -> byEntry.put(r.entryId(), r));

        List<EntryStability> out = new ArrayList<>();
        for (int e = 0; e < in.ids.length; e++) {
            Result r = byEntry.get(in.ids[e]);
            Integer rank = r == null ? null : r.rank();
            Integer low = null;
            Integer high = null;
            double share = 0;
            if (rank != null && sampled[e] != null) {
                int[] ranks = sampled[e];
                Arrays.sort(ranks);
                low = Math.min(rank, ranks[(int) Math.floor(0.025 * (ranks.length - 1))]);
                high = Math.max(rank, ranks[(int) Math.ceil(0.975 * (ranks.length - 1))]);
                int made = 0;
                for (int x : ranks) {
                    made += x <= line ? 1 : 0;
                }
                share = Aggregation.round((double) made / ranks.length, 3);
            }
            out.add(new EntryStability(
                    in.ids[e],
                    in.categoryIds[e],
                    rank,
                    low,
                    high,
                    share,
                    rank != null && rank <= line,
                    pivots.getOrDefault(in.ids[e], List.of())));
        }
        return out;
    }

    /** Per entry, the rank it got in each resample; null for an entry without cards. */
    private static int[][] bootstrap(Input in, double[][] values, int resamples, long seed) {
        int n = in.ids.length;
        int[][] ranks = new int[n][];
        for (int e = 0; e < n; e++) {
            ranks[e] = values[e] == null ? null : new int[resamples];
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] scores = new double[n];
        int[] rank = new int[n];
        double[][] buffers = new double[16][];
        boolean[][] dropped = new boolean[16][];
        for (int b = 0; b < resamples; b++) {
            for (int e = 0; e < n; e++) {
                double[] own = values[e];
                if (own == null) {
                    scores[e] = Double.NaN;
                    continue;
                }
                int k = own.length;
                double[] draw = k < buffers.length
                        ? (buffers[k] == null ? buffers[k] = new double[k] : buffers[k])
                        : new double[k];
                for (int i = 0; i < k; i++) {
                    draw[i] = own[random.nextInt(k)];
                }
                boolean[] unused = k < dropped.length
                        ? (dropped[k] == null ? dropped[k] = new boolean[k] : dropped[k])
                        : new boolean[k];
                scores[e] = Aggregation.combine(in.settings, draw, unused, in.bootstrapZ);
            }
            in.rankAll(scores, rank);
            for (int e = 0; e < n; e++) {
                if (ranks[e] != null) {
                    ranks[e][b] = rank[e];
                }
            }
        }
        return ranks;
    }

    /** Per entry, the judges whose absence alone moves it across the line. */
    private static Map<Long, List<Pivot>> leaveOneOut(Input in, double[][] values, int line) {
        double[] base = in.scores(values, in.bootstrapZ);
        int[] baseRank = new int[base.length];
        in.rankAll(base, baseRank);
        TreeSet<Long> judges = new TreeSet<>();
        in.counted.forEach(c -> judges.add(c.judgeId()));
        Map<Long, List<Pivot>> pivots = new HashMap<>();
        int[] rank = new int[base.length];
        for (long judge : judges) {
            List<Card> without =
                    in.counted.stream().filter(c -> c.judgeId() != judge).toList();
            Aggregation.ZScores z = in.zscores(without);
            in.rankAll(in.scores(in.values(without, z), z), rank);
            for (int e = 0; e < base.length; e++) {
                boolean before = baseRank[e] > 0 && baseRank[e] <= line;
                boolean after = rank[e] > 0 && rank[e] <= line;
                if (before != after) {
                    pivots.computeIfAbsent(in.ids[e], k -> new ArrayList<>())
                            .add(new Pivot(judge, before ? Effect.DROPS_OUT : Effect.GETS_IN));
                }
            }
        }
        return pivots;
    }

    /** The round's entries and counted cards, indexed once. */
    private static final class Input {
        final Settings settings;
        final List<Aggregation.Criterion> rubric;
        final long[] ids;
        final Long[] categoryIds;
        final int[][] categories;
        final Map<Long, Integer> index = new HashMap<>();
        final List<Card> counted = new ArrayList<>();
        final Map<Card, Double> totals = new IdentityHashMap<>();
        Aggregation.ZScores bootstrapZ;

        private Input(Settings settings, List<Aggregation.Criterion> rubric, Collection<EntryRef> entries) {
            this.settings = settings;
            this.rubric = rubric;
            ids = new long[entries.size()];
            categoryIds = new Long[entries.size()];
            Map<Long, List<Integer>> byCategory = new HashMap<>();
            int i = 0;
            for (EntryRef ref : entries) {
                ids[i] = ref.entryId();
                categoryIds[i] = ref.categoryId();
                index.put(ref.entryId(), i);
                byCategory
                        .computeIfAbsent(
                                ref.categoryId() == null ? Long.MIN_VALUE : ref.categoryId(), k -> new ArrayList<>())
                        .add(i++);
            }
            categories = byCategory.values().stream()
                    .map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                    .toArray(int[][]::new);
        }

        static Input of(
                Settings settings,
                List<Aggregation.Criterion> rubric,
                Collection<EntryRef> entries,
                Collection<Card> cards,
                Set<String> conflicts) {
            Input in = new Input(settings, rubric, entries);
            cards.stream()
                    .filter(c -> !conflicts.contains(c.judgeId() + ":" + c.entryId()))
                    .filter(c -> in.index.containsKey(c.entryId()))
                    .sorted(Comparator.comparingLong(Card::entryId).thenComparingLong(Card::judgeId))
                    .forEach(c -> {
                        in.counted.add(c);
                        in.totals.put(c, Aggregation.total(rubric, c));
                    });
            in.bootstrapZ = in.zscores(in.counted);
            return in;
        }

        Aggregation.ZScores zscores(List<Card> cards) {
            return settings.method() == AggregationMethod.ZSCORE ? Aggregation.ZScores.of(cards, totals) : null;
        }

        /** Per entry, its cards' values (totals, or z-scores under ZSCORE); null when it has none. */
        double[][] values(List<Card> cards, Aggregation.ZScores z) {
            List<List<Double>> lists = new ArrayList<>();
            for (int e = 0; e < ids.length; e++) {
                lists.add(null);
            }
            for (Card c : cards) {
                int e = index.get(c.entryId());
                if (lists.get(e) == null) {
                    lists.set(e, new ArrayList<>());
                }
                double total = totals.get(c);
                lists.get(e).add(z == null ? total : z.zOf(c, total));
            }
            double[][] out = new double[ids.length][];
            for (int e = 0; e < ids.length; e++) {
                List<Double> l = lists.get(e);
                out[e] = l == null
                        ? null
                        : l.stream().mapToDouble(Double::doubleValue).toArray();
            }
            return out;
        }

        double[] scores(double[][] values, Aggregation.ZScores z) {
            double[] scores = new double[values.length];
            for (int e = 0; e < values.length; e++) {
                double[] v = values[e];
                scores[e] = v == null ? Double.NaN : Aggregation.combine(settings, v, new boolean[v.length], z);
            }
            return scores;
        }

        /**
         * Ranks each category by the score as shown, equal scores sharing the better rank (1, 2, 2,
         * 4); an entry without a score gets 0. One primitive sort per category: the key is the
         * score in hundredths, inverted so the best sorts first, with the entry's index below it.
         */
        void rankAll(double[] scores, int[] rank) {
            for (int[] members : categories) {
                long[] keys = new long[members.length];
                int scored = 0;
                for (int e : members) {
                    if (Double.isNaN(scores[e])) {
                        rank[e] = 0;
                    } else {
                        long shown = Math.round(scores[e] * 100);
                        keys[scored++] = ((20_000 - shown) << 32) | e;
                    }
                }
                Arrays.sort(keys, 0, scored);
                long previous = Long.MIN_VALUE;
                int previousRank = 0;
                for (int p = 0; p < scored; p++) {
                    long shown = keys[p] >>> 32;
                    int e = (int) (keys[p] & 0xFFFF_FFFFL);
                    previousRank = shown == previous ? previousRank : p + 1;
                    previous = shown;
                    rank[e] = previousRank;
                }
            }
        }
    }
}
