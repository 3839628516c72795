package org.laurel.judging;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.laurel.programs.RoundView;

/** Translates the round's rubric and stored scorecards into the aggregation engine's terms. */
final class Results {

    private Results() {}

    static List<Aggregation.Criterion> rubric(RoundView round) {
        return round.criteria().stream()
                .map(c -> new Aggregation.Criterion(c.id(), c.weight(), c.min(), c.max()))
                .toList();
    }

    static Aggregation.Card card(Scorecard card, Map<String, Double> values) {
        return card(card.getEntryId(), card.getJudgeId(), values);
    }

    static Aggregation.Card card(long entryId, long judgeId, Map<String, Double> values) {
        Map<Long, Double> byCriterion = new HashMap<>();
        values.forEach((k, v) -> byCriterion.put(Long.parseLong(k), v));
        return new Aggregation.Card(entryId, judgeId, byCriterion);
    }

    /** The engine's results as the API and snapshots show them, with each entry's title. */
    static List<JudgingViews.ResultItem> items(List<Aggregation.Result> ranked, Map<Long, String> titles) {
        return ranked.stream()
                .map(r -> new JudgingViews.ResultItem(
                        r.entryId(),
                        titles.getOrDefault(r.entryId(), "?"),
                        r.categoryId(),
                        r.rank(),
                        r.score(),
                        r.judgeCount(),
                        r.spread(),
                        r.stdDev(),
                        r.flags().stream().map(Enum::name).toList(),
                        r.perCriterion()))
                .toList();
    }

    /** The entries that advance: ranked within the top {@code advanceCount} of their category, by id. */
    static List<Long> advancing(List<JudgingViews.ResultItem> items, int advanceCount) {
        return items.stream()
                .filter(i -> i.rank() != null && i.rank() <= advanceCount)
                .map(JudgingViews.ResultItem::entryId)
                .sorted()
                .toList();
    }

    static Aggregation.Settings settings(RoundView round, org.laurel.programs.AggregationMethod method) {
        return new Aggregation.Settings(
                method,
                round.trimCount(),
                round.disputeThreshold(),
                round.mode() == org.laurel.programs.RoundMode.ONLINE ? round.judgesPerEntry() : 0,
                round.tieBreakCriteria());
    }
}
