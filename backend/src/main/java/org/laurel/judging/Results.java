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

    static Aggregation.Settings settings(RoundView round, org.laurel.programs.AggregationMethod method) {
        return new Aggregation.Settings(
                method,
                round.trimCount(),
                round.disputeThreshold(),
                round.mode() == org.laurel.programs.RoundMode.ONLINE ? round.judgesPerEntry() : 0,
                round.tieBreakCriteria());
    }
}
