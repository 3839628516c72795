package org.laurel.judging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A PAIRWISE round's ranking from its comparisons: CrowdBT applied once per comparison, in the
 * order they were committed. The stored beliefs are the same numbers (each comparison updated
 * them under locks before taking its id, so comparisons that touch the same table or judge have
 * ids in the order they were applied, and the others commute); replaying is what finalizing and
 * {@link Verifier} do, so the snapshot depends on the log alone.
 *
 * <p>Entries rank within their category by strength (mu), ties by entry id; an entry nobody has
 * compared yet has no rank. A result's score is the strength, its standard deviation the
 * uncertainty (the square root of sigma squared), its judge count the comparisons it took part in.
 */
final class PairwiseRanking {

    /** Strength and uncertainty are kept to this many decimals, so snapshots read the same on every machine. */
    private static final double ROUND = 1e6;

    private PairwiseRanking() {}

    /** A comparison as the ranking needs it. */
    record Answer(long judgeId, long winner, long loser) {}

    /** Each entry's belief and comparison count after the answers, in order. */
    record Beliefs(Map<Long, CrowdBT.Entry> entries, Map<Long, Integer> counts, Map<Long, CrowdBT.Judge> judges) {}

    static Beliefs replay(List<Answer> answers) {
        Map<Long, CrowdBT.Entry> entries = new HashMap<>();
        Map<Long, Integer> counts = new HashMap<>();
        Map<Long, CrowdBT.Judge> judges = new HashMap<>();
        for (Answer a : answers) {
            CrowdBT.Update u = CrowdBT.update(
                    judges.getOrDefault(a.judgeId(), CrowdBT.Judge.PRIOR),
                    entries.getOrDefault(a.winner(), CrowdBT.Entry.PRIOR),
                    entries.getOrDefault(a.loser(), CrowdBT.Entry.PRIOR));
            entries.put(a.winner(), u.winner());
            entries.put(a.loser(), u.loser());
            judges.put(a.judgeId(), u.judge());
            counts.merge(a.winner(), 1, Integer::sum);
            counts.merge(a.loser(), 1, Integer::sum);
        }
        return new Beliefs(entries, counts, judges);
    }

    /** The round's results in the aggregation engine's shape, so finalizing, advancement and winners work as for any round. */
    static List<JudgingViews.ResultItem> items(
            List<Aggregation.EntryRef> refs, List<Answer> answers, Map<Long, String> titles) {
        return items(refs, replay(answers), titles);
    }

    /** The same from beliefs already at hand (the stored ones, on the live floor view). */
    static List<JudgingViews.ResultItem> items(
            List<Aggregation.EntryRef> refs, Beliefs beliefs, Map<Long, String> titles) {
        List<Aggregation.EntryRef> ordered = new ArrayList<>(refs);
        ordered.sort(Comparator.comparing((Aggregation.EntryRef r) -> -strength(beliefs, r.entryId()))
                .thenComparingLong(Aggregation.EntryRef::entryId));
        Map<Long, Integer> nextRank = new HashMap<>();
        List<JudgingViews.ResultItem> out = new ArrayList<>();
        for (Aggregation.EntryRef r : ordered) {
            int count = beliefs.counts().getOrDefault(r.entryId(), 0);
            CrowdBT.Entry b = beliefs.entries().getOrDefault(r.entryId(), CrowdBT.Entry.PRIOR);
            Integer rank = null;
            if (count > 0) {
                long category = Objects.requireNonNullElse(r.categoryId(), -1L);
                rank = nextRank.merge(category, 1, Integer::sum);
            }
            out.add(new JudgingViews.ResultItem(
                    r.entryId(),
                    titles.getOrDefault(r.entryId(), "?"),
                    r.categoryId(),
                    rank,
                    count > 0 ? rounded(b.mu()) : null,
                    count,
                    null,
                    count > 0 ? rounded(Math.sqrt(b.sigmaSq())) : null,
                    List.of(),
                    Map.of()));
        }
        // Ranked entries first (by category rank, as the engine lists them), then the unranked.
        out.sort(Comparator.comparing((JudgingViews.ResultItem i) -> i.rank() == null)
                .thenComparing(i -> i.rank() == null ? 0 : i.rank())
                .thenComparing(i -> -Objects.requireNonNullElse(i.score(), 0.0))
                .thenComparingLong(JudgingViews.ResultItem::entryId));
        return out;
    }

    private static double strength(Beliefs beliefs, long entryId) {
        return beliefs.counts().containsKey(entryId)
                ? beliefs.entries().get(entryId).mu()
                : Double.NEGATIVE_INFINITY;
    }

    static double rounded(double v) {
        return Math.round(v * ROUND) / ROUND;
    }
}
