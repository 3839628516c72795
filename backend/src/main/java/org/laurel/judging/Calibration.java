package org.laurel.judging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.stat.correlation.KendallsCorrelation;
import org.laurel.judging.Aggregation.Card;

/**
 * How each judge scores against the rest of the panel, on the entries they share.
 *
 * <p><b>Leniency</b>: the mean, over the judge's entries that others scored too, of the judge's
 * total minus the mean of the other judges' totals on that entry. Positive: more generous than
 * the panel. <b>Agreement</b>: Kendall's tau-b between the judge's totals and those panel means
 * (from three shared entries on): 1 orders the entries as the panel does, -1 the reverse.
 *
 * <p>A judge is flagged when they sit {@link #LENIENCY_FLAG} points or more from the panel, or
 * order the shared entries against it (tau below 0). A flag is for the organizer to look at;
 * it changes no score.
 */
public final class Calibration {

    /** Points on the 0-100 scale: a full grade on most rubrics. */
    public static final double LENIENCY_FLAG = 10;

    static final int MIN_SHARED_FOR_AGREEMENT = 3;

    /** {@code leniency} and {@code agreement} are null when the judge shares no (or too few) entries. */
    public record JudgeCalibration(
            long judgeId,
            int count,
            double mean,
            double stdDev,
            List<Double> totals,
            int shared,
            Double leniency,
            Double agreement,
            boolean outlier) {}

    private Calibration() {}

    /** Per judge (by id), from the counted cards (conflicted ones already left out). */
    public static List<JudgeCalibration> of(List<Aggregation.Criterion> rubric, List<Card> cards) {
        Map<Long, List<double[]>> byEntry = new HashMap<>(); // entry -> [judgeId, total]
        Map<Long, List<Double>> totalsByJudge = new TreeMap<>();
        for (Card card : cards) {
            double total = Aggregation.total(rubric, card);
            byEntry.computeIfAbsent(card.entryId(), k -> new ArrayList<>()).add(new double[] {card.judgeId(), total});
            totalsByJudge
                    .computeIfAbsent(card.judgeId(), k -> new ArrayList<>())
                    .add(total);
        }
        Map<Long, List<double[]>> pairs = new HashMap<>(); // judge -> [own, others' mean]
        for (List<double[]> scored : byEntry.values()) {
            if (scored.size() < 2) {
                continue;
            }
            double sum = scored.stream().mapToDouble(s -> s[1]).sum();
            for (double[] s : scored) {
                double others = (sum - s[1]) / (scored.size() - 1);
                pairs.computeIfAbsent((long) s[0], k -> new ArrayList<>()).add(new double[] {s[1], others});
            }
        }
        List<JudgeCalibration> out = new ArrayList<>();
        totalsByJudge.forEach((judge, list) -> {
            double[] v = list.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            List<double[]> mine = pairs.getOrDefault(judge, List.of());
            Double leniency = mine.isEmpty()
                    ? null
                    : Aggregation.round(
                            mine.stream()
                                    .mapToDouble(p -> p[0] - p[1])
                                    .average()
                                    .orElseThrow(),
                            2);
            Double agreement = agreement(mine);
            boolean outlier =
                    (leniency != null && Math.abs(leniency) >= LENIENCY_FLAG) || (agreement != null && agreement < 0);
            out.add(new JudgeCalibration(
                    judge,
                    v.length,
                    Aggregation.round(Aggregation.mean(v), 2),
                    Aggregation.round(Aggregation.stdDev(v), 2),
                    java.util.Arrays.stream(v)
                            .mapToObj(x -> Aggregation.round(x, 2))
                            .toList(),
                    mine.size(),
                    leniency,
                    agreement,
                    outlier));
        });
        return out;
    }

    /** Kendall's tau-b of own totals against the panel's means; null when undefined (too few, or no spread). */
    private static Double agreement(List<double[]> pairs) {
        if (pairs.size() < MIN_SHARED_FOR_AGREEMENT) {
            return null;
        }
        double[] own = pairs.stream().mapToDouble(p -> p[0]).toArray();
        double[] panel = pairs.stream().mapToDouble(p -> p[1]).toArray();
        double tau = new KendallsCorrelation().correlation(own, panel);
        // A constant side (every total equal) leaves tau undefined (NaN).
        return Double.isNaN(tau) ? null : Aggregation.round(tau, 3);
    }
}
