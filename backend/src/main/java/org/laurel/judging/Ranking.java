package org.laurel.judging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.laurel.judging.Aggregation.Card;
import org.laurel.judging.Aggregation.Result;

/**
 * Ranks within each category, the way DOMAIN.md says ties break: scores are compared as shown
 * (two decimals); equal scores are separated by the configured criteria in order, then by
 * head-to-head — how many judges who scored both entries gave this one the higher total;
 * entries still level share a rank (1, 2, 2, 4). Entries without any score get no rank.
 */
final class Ranking {

    private Ranking() {}

    static List<Result> assign(
            List<Result> results,
            List<Long> tieBreakCriteria,
            Map<Long, List<Card>> cardsByEntry,
            Map<Card, Double> totals) {
        Map<Long, Integer> ranks = new HashMap<>();
        Map<Long, List<Result>> byCategory = new LinkedHashMap<>();
        for (Result r : results) {
            byCategory
                    .computeIfAbsent(r.categoryId() == null ? Long.MIN_VALUE : r.categoryId(), k -> new ArrayList<>())
                    .add(r);
        }
        Comparator<Result> order =
                Comparator.comparingLong((Result r) -> shown(r.score())).reversed();
        for (Long criterion : tieBreakCriteria) {
            order = order.thenComparing(r -> criterionScore(r, criterion), Comparator.reverseOrder());
        }
        Comparator<Result> byScoreAndCriteria = order;
        for (List<Result> category : byCategory.values()) {
            List<Result> scored = new ArrayList<>(
                    category.stream().filter(r -> r.score() != null).toList());
            scored.sort(byScoreAndCriteria.thenComparingLong(Result::entryId));
            int position = 0;
            while (position < scored.size()) {
                int end = position + 1;
                while (end < scored.size() && byScoreAndCriteria.compare(scored.get(position), scored.get(end)) == 0) {
                    end++;
                }
                List<Result> tied = scored.subList(position, end);
                Map<Long, Integer> wins = headToHead(tied, cardsByEntry, totals);
                List<Result> group = new ArrayList<>(tied);
                group.sort(Comparator.comparingInt((Result r) -> wins.get(r.entryId()))
                        .reversed()
                        .thenComparingLong(Result::entryId));
                for (int i = 0; i < group.size(); i++) {
                    boolean sharesWithPrevious = i > 0
                            && wins.get(group.get(i).entryId())
                                    .equals(wins.get(group.get(i - 1).entryId()));
                    int rank = sharesWithPrevious ? ranks.get(group.get(i - 1).entryId()) : position + i + 1;
                    ranks.put(group.get(i).entryId(), rank);
                }
                position = end;
            }
        }
        List<Result> ranked = new ArrayList<>();
        for (Result r : results) {
            ranked.add(new Result(
                    r.entryId(),
                    r.categoryId(),
                    ranks.get(r.entryId()),
                    r.score(),
                    r.judgeCount(),
                    r.spread(),
                    r.stdDev(),
                    r.flags(),
                    r.perCriterion(),
                    r.totals()));
        }
        ranked.sort(Comparator.comparing((Result r) -> r.categoryId() == null ? Long.MIN_VALUE : r.categoryId())
                .thenComparing(r -> r.rank() == null ? Integer.MAX_VALUE : r.rank())
                .thenComparingLong(Result::entryId));
        return ranked;
    }

    /** Scores compare as displayed, to two decimals. */
    private static long shown(Double score) {
        return Math.round(score * 100);
    }

    private static double criterionScore(Result r, Long criterion) {
        Double v = r.perCriterion().get(criterion);
        return v == null ? Double.NEGATIVE_INFINITY : Math.round(v * 10_000) / 10_000.0;
    }

    /**
     * For each tied entry: the number of (judge, other tied entry) pairs where that judge gave it
     * the higher total. Counted per judge over their totals sorted once, so a large tie group
     * costs n log n, not n squared.
     */
    private static Map<Long, Integer> headToHead(
            List<Result> tied, Map<Long, List<Card>> cardsByEntry, Map<Card, Double> totals) {
        Map<Long, Integer> wins = new HashMap<>();
        tied.forEach(r -> wins.put(r.entryId(), 0));
        if (tied.size() < 2) {
            return wins;
        }
        Map<Long, List<Card>> byJudge = new HashMap<>();
        for (Result r : tied) {
            for (Card c : cardsByEntry.getOrDefault(r.entryId(), List.of())) {
                byJudge.computeIfAbsent(c.judgeId(), k -> new ArrayList<>()).add(c);
            }
        }
        for (List<Card> cards : byJudge.values()) {
            cards.sort(Comparator.comparingDouble(totals::get));
            int lower = 0;
            for (int i = 0; i < cards.size(); i++) {
                if (i > 0 && totals.get(cards.get(i)) > totals.get(cards.get(i - 1)) + 1e-9) {
                    lower = i;
                }
                wins.merge(cards.get(i).entryId(), lower, Integer::sum);
            }
        }
        return wins;
    }
}
