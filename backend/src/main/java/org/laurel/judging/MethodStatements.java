package org.laurel.judging;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import org.laurel.judging.JudgingViews.ResultItem;
import org.laurel.judging.MethodStatement.CardWork;
import org.laurel.judging.MethodStatement.Combination;
import org.laurel.judging.MethodStatement.Scale;
import org.laurel.judging.MethodStatement.Term;
import org.laurel.judging.MethodStatement.Worked;
import org.laurel.judging.ResultService.SnapshotContent;
import org.laurel.programs.AggregationMethod;

/**
 * Writes a round's {@link MethodStatement} from its verification bundle: the same anonymised cards
 * and settings an outsider downloads, pushed through the engine's own steps ({@link
 * Aggregation#total}, {@link Aggregation#combine}), so the worked score is the one the snapshot froze.
 */
final class MethodStatements {

    private MethodStatements() {}

    /**
     * @param worked the entries to work out (a published result's winners), or null for each
     *               category's first
     */
    static MethodStatement of(
            RoundBundle bundle,
            SnapshotContent frozen,
            LongFunction<String> categoryNames,
            boolean scoresShown,
            @Nullable Set<Long> worked) {
        RoundBundle.Settings s = bundle.settings();
        List<Aggregation.Criterion> rubric = bundle.criteria().stream()
                .map(c -> new Aggregation.Criterion(c.id(), c.weight(), c.min(), c.max()))
                .toList();
        double span = rubric.stream()
                .mapToDouble(c -> c.weight() * (c.max() - c.min()))
                .sum();
        List<Scale> scales = bundle.criteria().stream()
                .map(c -> new Scale(
                        c.id(), c.name(), c.min(), c.max(), c.weight(), points(c.weight() * (c.max() - c.min()), span)))
                .toList();
        List<String> tieBreaks = s.tieBreakCriteria().stream()
                .map(id -> bundle.criteria().stream()
                        .filter(c -> c.id() == id)
                        .map(RoundBundle.Criterion::name)
                        .findFirst()
                        .orElse("#" + id))
                .toList();
        Set<Integer> judges = new LinkedHashSet<>();
        bundle.cards().forEach(c -> judges.add(c.judge()));
        MethodStatement.PairwiseMethod pairwise = bundle.comparisons() == null
                ? null
                : PairwiseStatements.of(bundle, frozen, categoryNames, scoresShown, worked);
        List<Worked> winners = scoresShown && pairwise == null
                ? worked(bundle, frozen, rubric, span, categoryNames, worked)
                : List.of();
        return new MethodStatement(
                bundle.roundId(),
                bundle.roundName(),
                bundle.snapshot().version(),
                bundle.snapshot().sha256(),
                s.method(),
                s.trimCount(),
                s.disputeThreshold(),
                s.requiredJudges(),
                s.advanceCount(),
                scales,
                tieBreaks,
                bundle.entries().size(),
                bundle.cards().size(),
                pairwise == null ? judges.size() : pairwise.judgeCount(),
                scoresShown,
                winners,
                pairwise);
    }

    private static List<Worked> worked(
            RoundBundle bundle,
            SnapshotContent frozen,
            List<Aggregation.Criterion> rubric,
            double span,
            LongFunction<String> categoryNames,
            @Nullable Set<Long> chosen) {
        RoundBundle.Settings s = bundle.settings();
        Aggregation.Settings settings = new Aggregation.Settings(
                s.method(), s.trimCount(), s.disputeThreshold(), s.requiredJudges(), s.tieBreakCriteria());
        List<Aggregation.Card> cards = bundle.cards().stream()
                .map(c -> new Aggregation.Card(c.entryId(), c.judge(), c.values()))
                .toList();
        Map<Aggregation.Card, Double> totals = new IdentityHashMap<>();
        cards.forEach(c -> totals.put(c, Aggregation.total(rubric, c)));
        Aggregation.ZScores z = s.method() == AggregationMethod.ZSCORE ? Aggregation.ZScores.of(cards, totals) : null;

        List<Worked> out = new ArrayList<>();
        List<ResultItem> items = frozen.items();
        for (int i = 0; i < items.size(); i++) {
            ResultItem winner = items.get(i);
            boolean wanted = chosen != null
                    ? chosen.contains(winner.entryId())
                    // the first entry of each category, when it is ranked first
                    : winner.rank() != null
                            && winner.rank() == 1
                            && (i == 0 || !same(items.get(i - 1).categoryId(), winner.categoryId()));
            if (!wanted || winner.rank() == null || winner.score() == null) {
                continue;
            }
            // A published result says nothing of the entry after a winner unless it is a winner too.
            ResultItem next = i + 1 < items.size()
                            && same(items.get(i + 1).categoryId(), winner.categoryId())
                            && items.get(i + 1).score() != null
                            && (chosen == null
                                    || chosen.contains(items.get(i + 1).entryId()))
                    ? items.get(i + 1)
                    : null;
            List<Aggregation.Card> own = cards.stream()
                    .filter(c -> c.entryId() == winner.entryId())
                    .sorted(Comparator.comparingLong(Aggregation.Card::judgeId))
                    .toList();
            double[] values = own.stream().mapToDouble(totals::get).toArray();
            double[] inputs = z == null ? values : z.zs(own);
            boolean[] dropped = new boolean[inputs.length];
            double unrounded = Aggregation.combine(settings, inputs, dropped, z);
            List<CardWork> work = new ArrayList<>();
            for (int k = 0; k < own.size(); k++) {
                Aggregation.Card card = own.get(k);
                double[] stats = z == null ? null : z.meanAndSd().get(card.judgeId());
                work.add(new CardWork(
                        (int) card.judgeId(),
                        terms(rubric, card, span),
                        round4(values[k]),
                        dropped[k],
                        stats == null ? null : round4(stats[0]),
                        stats == null ? null : round4(stats[1]),
                        z == null ? null : round4(inputs[k])));
            }
            boolean trimApplied = s.method() == AggregationMethod.TRIMMED_MEAN
                    && s.trimCount() > 0
                    && inputs.length >= 2 * s.trimCount() + 1;
            Double meanZ = z == null ? null : round4(Aggregation.mean(inputs));
            Combination combination = new Combination(
                    Arrays.stream(inputs).map(MethodStatements::round4).boxed().toList(),
                    s.method() == AggregationMethod.MEDIAN ? middle(inputs) : List.of(),
                    trimApplied,
                    meanZ,
                    z == null ? null : round4(z.roundMean()),
                    z == null ? null : round4(z.roundSd()),
                    z == null ? null : round4(z.roundMean() + Aggregation.mean(inputs) * z.roundSd()),
                    round4(unrounded));
            double shown = Aggregation.round(unrounded, 2);
            out.add(new Worked(
                    winner.entryId(),
                    winner.title(),
                    winner.categoryId(),
                    winner.categoryId() == null ? null : categoryNames.apply(winner.categoryId()),
                    winner.score(),
                    work,
                    combination,
                    next == null ? null : next.score(),
                    next != null && next.score().equals(winner.score()) && next.rank() > winner.rank(),
                    next != null && next.rank().equals(winner.rank()),
                    shown == winner.score()));
        }
        return out;
    }

    private static List<Term> terms(List<Aggregation.Criterion> rubric, Aggregation.Card card, double span) {
        return rubric.stream()
                .map(c -> {
                    Double v = card.values().get(c.id());
                    double value = v == null ? c.min() : v;
                    return new Term(c.id(), v, points(c.weight() * (value - c.min()), span));
                })
                .toList();
    }

    private static List<Double> middle(double[] inputs) {
        double[] sorted = inputs.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? List.of(round4(sorted[n / 2])) : List.of(round4(sorted[n / 2 - 1]), round4(sorted[n / 2]));
    }

    private static double points(double weighted, double span) {
        return span == 0 ? 0 : round4(100 * weighted / span);
    }

    private static boolean same(Long a, Long b) {
        return a == null ? b == null : a.equals(b);
    }

    /** Four decimals: enough to follow the arithmetic by hand, without a double's noise. */
    private static double round4(double v) {
        return Aggregation.round(v, 4);
    }
}
