package org.laurel.judging;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import org.laurel.judging.JudgingViews.ResultItem;
import org.laurel.judging.MethodStatement.PairwiseMethod;
import org.laurel.judging.MethodStatement.PairwiseWorked;
import org.laurel.judging.ResultService.SnapshotContent;

/**
 * The method statement's part for a PAIRWISE round: CrowdBT's starting beliefs, how many
 * comparisons and judges, and each winner's strength replayed from the bundle's comparisons (the
 * same replay {@link Verifier} makes), so a reader can check that it is the snapshot's score.
 */
final class PairwiseStatements {

    private PairwiseStatements() {}

    static PairwiseMethod of(
            RoundBundle bundle,
            SnapshotContent frozen,
            LongFunction<String> categoryNames,
            boolean scoresShown,
            @Nullable Set<Long> chosen) {
        List<RoundBundle.Comparison> comparisons = bundle.comparisons();
        List<PairwiseRanking.Answer> answers = comparisons.stream()
                .map(c -> new PairwiseRanking.Answer(c.judge(), c.winner(), c.loser()))
                .toList();
        PairwiseRanking.Beliefs beliefs = PairwiseRanking.replay(answers);
        Map<Long, Integer> won = new HashMap<>();
        Map<Long, Integer> lost = new HashMap<>();
        Set<Integer> judges = new LinkedHashSet<>();
        for (RoundBundle.Comparison c : comparisons) {
            won.merge(c.winner(), 1, Integer::sum);
            lost.merge(c.loser(), 1, Integer::sum);
            judges.add(c.judge());
        }
        List<PairwiseWorked> worked = new ArrayList<>();
        List<ResultItem> items = frozen.items();
        for (int i = 0; scoresShown && i < items.size(); i++) {
            ResultItem winner = items.get(i);
            boolean wanted =
                    chosen != null ? chosen.contains(winner.entryId()) : winner.rank() != null && winner.rank() == 1;
            if (!wanted || winner.rank() == null || winner.score() == null) {
                continue;
            }
            CrowdBT.Entry belief = beliefs.entries().getOrDefault(winner.entryId(), CrowdBT.Entry.PRIOR);
            double strength = PairwiseRanking.rounded(belief.mu());
            worked.add(new PairwiseWorked(
                    winner.entryId(),
                    winner.title(),
                    winner.categoryId(),
                    winner.categoryId() == null ? null : categoryNames.apply(winner.categoryId()),
                    strength,
                    PairwiseRanking.rounded(Math.sqrt(belief.sigmaSq())),
                    won.getOrDefault(winner.entryId(), 0),
                    lost.getOrDefault(winner.entryId(), 0),
                    strength == winner.score()));
        }
        return new PairwiseMethod(
                comparisons.size(),
                judges.size(),
                CrowdBT.MU_PRIOR,
                CrowdBT.SIGMA_SQ_PRIOR,
                CrowdBT.ALPHA_PRIOR,
                CrowdBT.BETA_PRIOR,
                worked);
    }
}
