package org.laurel.judging;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The aggregation engine's part for an audience vote: how the hall's votes become a score on the
 * judges' 0-100 scale, and how that score joins the judges' final. Pure; the formula is stated by
 * {@link #formula} in the words the screens show, and this class is its only home.
 *
 * <ul>
 *   <li>SCORE (each person gives 1-10): audience = 100 x (mean vote - 1) / 9.
 *   <li>FAVOURITE (each person marks the pitches they favour): audience = 100 x this pitch's
 *       favourites / the most favourites any pitch of the session has.
 *   <li>A pitch nobody voted for has audience 0.
 *   <li>combined = (100 - w)% x judges + w% x audience, for the round's weight w (in percent);
 *       with w = 0 the audience is a separate popularity ranking and the final is the judges'.
 * </ul>
 * Ranks: highest combined first, as shown (two decimals); equal combined scores are separated by
 * the judges' score, then share a rank (1, 2, 2, 4).
 */
public final class AudienceBlend {

    public enum Mode {
        SCORE,
        FAVOURITE
    }

    /** The votes counted for one pitch: how many, and the sum of their values. */
    public record Tally(long entryId, int votes, long sum) {}

    /** One pitch: the judges' final, the audience's score and votes, the combined final and its rank. */
    public record Blended(
            long entryId,
            @Nullable Double judges,
            double audience,
            int votes,
            @Nullable Double combined,
            @Nullable Integer rank) {}

    private AudienceBlend() {}

    /** The audience's score for a pitch on the 0-100 scale; {@code mostVotes} matters for FAVOURITE. */
    public static double audienceScore(Mode mode, @Nullable Tally tally, int mostVotes) {
        if (tally == null || tally.votes() == 0) {
            return 0;
        }
        double score = switch (mode) {
            case SCORE -> 100.0 * ((double) tally.sum() / tally.votes() - 1) / 9;
            case FAVOURITE -> mostVotes == 0 ? 0 : 100.0 * tally.votes() / mostVotes;
        };
        return Aggregation.round(score, 2);
    }

    /** The combined final; null while the judges have no score (nothing to combine with). */
    @Nullable
    public static Double combined(@Nullable Double judges, double audience, int weightPercent) {
        if (judges == null) {
            return null;
        }
        return Aggregation.round((100 - weightPercent) / 100.0 * judges + weightPercent / 100.0 * audience, 2);
    }

    /**
     * Every pitch given ({@code judges}: entry to the judges' final, null when unscored), blended
     * with the tallies, ranked by the combined final. With weight 0 the rank is the popularity
     * ranking instead: by audience score, then by votes.
     */
    public static List<Blended> blend(
            Mode mode, int weightPercent, Map<Long, Double> judges, Collection<Tally> tallies) {
        Map<Long, Tally> byEntry = new java.util.HashMap<>();
        int most = 0;
        for (Tally t : tallies) {
            byEntry.put(t.entryId(), t);
            most = Math.max(most, t.votes());
        }
        List<Blended> rows = new ArrayList<>();
        for (Map.Entry<Long, Double> e : judges.entrySet()) {
            Tally t = byEntry.get(e.getKey());
            double audience = audienceScore(mode, t, most);
            Double combined = weightPercent == 0 ? e.getValue() : combined(e.getValue(), audience, weightPercent);
            rows.add(new Blended(e.getKey(), e.getValue(), audience, t == null ? 0 : t.votes(), combined, null));
        }
        return weightPercent == 0 ? rankBy(rows, true) : rankBy(rows, false);
    }

    private static List<Blended> rankBy(List<Blended> rows, boolean popularity) {
        Comparator<Blended> order = popularity
                ? Comparator.comparingLong((Blended b) -> shown(b.audience()))
                        .thenComparingInt(Blended::votes)
                        .reversed()
                : Comparator.comparingLong((Blended b) -> shown(b.combined()))
                        .thenComparingLong(b -> shown(b.judges()))
                        .reversed();
        List<Blended> sorted = rows.stream()
                .filter(b -> popularity || b.combined() != null)
                .sorted(order.thenComparingLong(Blended::entryId))
                .toList();
        List<Blended> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Blended b = sorted.get(i);
            int rank = i > 0 && order.compare(sorted.get(i - 1), b) == 0
                    ? out.get(i - 1).rank()
                    : i + 1;
            out.add(new Blended(b.entryId(), b.judges(), b.audience(), b.votes(), b.combined(), rank));
        }
        return out;
    }

    private static long shown(@Nullable Double v) {
        return v == null ? Long.MIN_VALUE : Math.round(v * 100);
    }

    /** The formula as a sentence, for API readers; screens word it from mode and weight in their language. */
    public static String formula(Mode mode, int weightPercent) {
        String audience = mode == Mode.SCORE
                ? "audience = 100 x (mean vote - 1) / 9 (votes 1-10)"
                : "audience = 100 x favourites / the most favourites of any pitch";
        return weightPercent == 0
                ? "final = judges; " + audience + ", ranked separately as the popularity ranking"
                : "final = " + (100 - weightPercent) + "% x judges + " + weightPercent + "% x audience; " + audience
                        + "; a pitch with no votes has audience 0";
    }
}
