package org.laurel.judging;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.laurel.programs.AggregationMethod;

/**
 * The one aggregation engine: results pages, the live roadshow's reveal and exports all call it,
 * so a score shown anywhere is the same number. Pure and deterministic: scorecards in, ranking
 * out; nothing is stored, so results can never drift from the scorecards they come from.
 *
 * <p>A scorecard's total is on a 0-100 scale: {@code 100 * sum(w * (v - min)) / sum(w * (max - min))}.
 * With weight 1 and criteria whose maxima add up to 100 it is simply the sum of the points.
 */
public final class Aggregation {

    /** One criterion of the rubric. */
    public record Criterion(long id, double weight, double min, double max) {}

    /** One judge's submitted values for one entry, by criterion id. */
    public record Card(long entryId, long judgeId, Map<Long, Double> values) {}

    public record EntryRef(long entryId, Long categoryId) {}

    /**
     * @param trimCount         k for TRIMMED_MEAN
     * @param disputeThreshold  an entry whose totals span more than this (max - min) is DISPUTED; null: never
     * @param requiredJudges    fewer submitted cards than this is INCOMPLETE
     * @param tieBreakCriteria  criterion ids compared, in order, when scores tie
     */
    public record Settings(
            AggregationMethod method,
            int trimCount,
            Double disputeThreshold,
            int requiredJudges,
            List<Long> tieBreakCriteria) {}

    public enum Flag {
        DISPUTED,
        INCOMPLETE
    }

    /** One entry's result. {@code score} is null when no judge has scored it. */
    public record Result(
            long entryId,
            Long categoryId,
            Integer rank,
            Double score,
            int judgeCount,
            Double spread,
            Double stdDev,
            List<Flag> flags,
            Map<Long, Double> perCriterion,
            List<JudgeTotal> totals) {}

    /** One judge's total for the entry, and whether the method dropped it (TRIMMED_MEAN's high and low). */
    public record JudgeTotal(long judgeId, double total, boolean dropped) {}

    private Aggregation() {}

    /**
     * Ranks every entry within its category. Cards of a judge conflicted on the entry
     * ({@code conflicts} holds "judgeId:entryId") are left out as if never written.
     */
    public static List<Result> rank(
            List<Criterion> rubric,
            Settings settings,
            Collection<EntryRef> entries,
            Collection<Card> cards,
            Set<String> conflicts) {
        Map<Long, List<Card>> byEntry = new HashMap<>();
        List<Card> counted = new ArrayList<>();
        for (Card card : cards) {
            if (!conflicts.contains(card.judgeId() + ":" + card.entryId())) {
                byEntry.computeIfAbsent(card.entryId(), k -> new ArrayList<>()).add(card);
                counted.add(card);
            }
        }
        // By identity: a card's record hash would hash its values map on every lookup.
        Map<Card, Double> totals = new java.util.IdentityHashMap<>();
        counted.forEach(c -> totals.put(c, total(rubric, c)));
        ZScores z = settings.method() == AggregationMethod.ZSCORE ? ZScores.of(counted, totals) : null;

        List<Result> results = new ArrayList<>();
        for (EntryRef entry : entries) {
            List<Card> own = byEntry.getOrDefault(entry.entryId(), List.of());
            own = own.stream().sorted(Comparator.comparingLong(Card::judgeId)).toList();
            double[] values = own.stream().mapToDouble(totals::get).toArray();
            Double score = null;
            boolean[] dropped = new boolean[values.length];
            if (values.length > 0) {
                score = combine(settings, z == null ? values : z.zs(own), dropped, z);
            }
            List<Flag> flags = new ArrayList<>();
            Double spread = values.length == 0 ? null : max(values) - min(values);
            if (spread != null && settings.disputeThreshold() != null && spread > settings.disputeThreshold() + 1e-9) {
                flags.add(Flag.DISPUTED);
            }
            if (values.length < settings.requiredJudges()) {
                flags.add(Flag.INCOMPLETE);
            }
            Map<Long, Double> perCriterion = new LinkedHashMap<>();
            for (Criterion c : rubric) {
                double[] cv = own.stream()
                        .map(card -> card.values().get(c.id()))
                        .filter(v -> v != null)
                        .mapToDouble(Double::doubleValue)
                        .toArray();
                perCriterion.put(c.id(), cv.length == 0 ? null : round(mean(cv), 2));
            }
            List<JudgeTotal> judgeTotals = new ArrayList<>();
            for (int i = 0; i < own.size(); i++) {
                judgeTotals.add(new JudgeTotal(own.get(i).judgeId(), round(values[i], 2), dropped[i]));
            }
            results.add(new Result(
                    entry.entryId(),
                    entry.categoryId(),
                    null,
                    score == null ? null : round(score, 2),
                    values.length,
                    spread == null ? null : round(spread, 2),
                    values.length == 0 ? null : round(stdDev(values), 2),
                    flags,
                    perCriterion,
                    judgeTotals));
        }
        return Ranking.assign(results, settings.tieBreakCriteria(), byEntry, totals);
    }

    /** The ranking under every method, for the side-by-side comparison. */
    public static Map<AggregationMethod, List<Result>> compare(
            List<Criterion> rubric,
            Settings settings,
            Collection<EntryRef> entries,
            Collection<Card> cards,
            Set<String> conflicts) {
        Map<AggregationMethod, List<Result>> all = new EnumMap<>(AggregationMethod.class);
        for (AggregationMethod m : AggregationMethod.values()) {
            Settings s = new Settings(
                    m,
                    settings.trimCount(),
                    settings.disputeThreshold(),
                    settings.requiredJudges(),
                    settings.tieBreakCriteria());
            all.put(m, rank(rubric, s, entries, cards, conflicts));
        }
        return all;
    }

    /**
     * One entry's score from its cards' values under the settings' method: the values are the
     * cards' totals, or for ZSCORE their z-scores, which {@code z} maps back to the 0-100 scale.
     * The rank intervals and the leave-one-judge-out check ({@link Stability}) score through here too.
     */
    static double combine(Settings settings, double[] values, boolean[] dropped, ZScores z) {
        return switch (settings.method()) {
            case MEAN -> mean(values);
            case MEDIAN -> median(values);
            case TRIMMED_MEAN -> trimmedMean(values, settings.trimCount(), dropped);
            case ZSCORE -> z.fromMeanZ(mean(values));
        };
    }

    /** A scorecard's weighted total on the 0-100 scale; a missing value counts as the criterion's minimum. */
    public static double total(List<Criterion> rubric, Card card) {
        double sum = 0;
        double span = 0;
        for (Criterion c : rubric) {
            Double v = card.values().get(c.id());
            double value = v == null ? c.min() : v;
            sum += c.weight() * (value - c.min());
            span += c.weight() * (c.max() - c.min());
        }
        return span == 0 ? 0 : 100 * sum / span;
    }

    static double trimmedMean(double[] values, int k, boolean[] dropped) {
        if (k <= 0 || values.length < 2 * k + 1) {
            return mean(values);
        }
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        // Ties between equal totals drop the earlier judge first, so the choice is deterministic.
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> values[i]).thenComparingInt(i -> i));
        double sum = 0;
        for (int i = 0; i < order.length; i++) {
            if (i < k || i >= order.length - k) {
                dropped[order[i]] = true;
            } else {
                sum += values[order[i]];
            }
        }
        return sum / (values.length - 2 * k);
    }

    static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** Population standard deviation. */
    static double stdDev(double[] values) {
        double m = mean(values);
        double sq = 0;
        for (double v : values) {
            sq += (v - m) * (v - m);
        }
        return Math.sqrt(sq / values.length);
    }

    private static double max(double[] v) {
        return Arrays.stream(v).max().orElseThrow();
    }

    private static double min(double[] v) {
        return Arrays.stream(v).min().orElseThrow();
    }

    /** Results are rounded once, to the two decimals everyone sees, so screens never round a rounded number again. */
    public static double round(double v, int places) {
        // Half-up on the number as it prints (1.005 -> 1.01), like BigDecimal.valueOf; but that
        // formats every double as text, which dominated building 2,000 results. The arithmetic
        // path is exact except within a hair of a half, where the decimal path decides.
        if (v >= 0 && places <= 6) {
            double scale = places == 2 ? 100 : Math.pow(10, places);
            double x = v * scale;
            double frac = x - Math.floor(x);
            if (Math.abs(frac - 0.5) > 1e-7 && x < 1e15) {
                return Math.floor(x + 0.5) / scale;
            }
        }
        return BigDecimal.valueOf(v).setScale(places, RoundingMode.HALF_UP).doubleValue();
    }

    /** Each judge's totals standardised against that judge's own mean and spread within the round. */
    record ZScores(Map<Long, double[]> meanAndSd, double roundMean, double roundSd, Map<Card, Double> totals) {

        static ZScores of(List<Card> cards, Map<Card, Double> totals) {
            Map<Long, List<Double>> byJudge = new HashMap<>();
            cards.forEach(c ->
                    byJudge.computeIfAbsent(c.judgeId(), k -> new ArrayList<>()).add(totals.get(c)));
            Map<Long, double[]> stats = new HashMap<>();
            byJudge.forEach((judge, list) -> {
                double[] v = list.stream().mapToDouble(Double::doubleValue).toArray();
                stats.put(judge, new double[] {mean(v), stdDev(v)});
            });
            double[] all = cards.stream().mapToDouble(totals::get).toArray();
            return new ZScores(stats, all.length == 0 ? 0 : mean(all), all.length == 0 ? 0 : stdDev(all), totals);
        }

        /** Each card's total standardised against its judge's own mean and spread. */
        double[] zs(List<Card> cards) {
            double[] z = new double[cards.size()];
            for (int i = 0; i < z.length; i++) {
                z[i] = zOf(cards.get(i), totals.get(cards.get(i)));
            }
            return z;
        }

        double zOf(Card card, double total) {
            double[] s = meanAndSd.get(card.judgeId());
            // A judge who gave everyone the same total (or scored once) says nothing about relative merit.
            return s[1] == 0 ? 0 : (total - s[0]) / s[1];
        }

        /** An entry's mean z mapped back: round mean + z * round standard deviation, kept within 0-100. */
        double fromMeanZ(double z) {
            return Math.max(0, Math.min(100, roundMean + z * roundSd));
        }
    }
}
