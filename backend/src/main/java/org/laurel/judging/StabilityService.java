package org.laurel.judging;

import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.laurel.identity.IdentityService;
import org.laurel.identity.UserView;
import org.laurel.programs.RoundService;
import org.laurel.programs.RoundView;

/** The round's ranking stability, computed on demand like its results (nothing is stored). */
@Singleton
public class StabilityService {

    /** Where a round advances nobody, the podium is the line that matters. */
    static final int PODIUM = 3;

    private final ResultService results;
    private final RoundService rounds;
    private final IdentityService identity;

    StabilityService(ResultService results, RoundService rounds, IdentityService identity) {
        this.results = results;
        this.rounds = rounds;
        this.identity = identity;
    }

    public StabilityView stability(long roundId, long organizerId) {
        RoundView round = rounds.get(roundId, organizerId);
        ResultService.Input in = results.input(round);
        Aggregation.Settings settings = Results.settings(round, round.aggregation());
        List<Aggregation.Criterion> rubric = Results.rubric(round);
        List<Aggregation.Result> official = Aggregation.rank(rubric, settings, in.refs(), in.cards(), in.conflicts());
        boolean advances = round.advanceCount() != null;
        int line = advances ? round.advanceCount() : PODIUM;
        List<Stability.EntryStability> analysed = Stability.analyse(
                settings,
                rubric,
                in.refs(),
                in.cards(),
                in.conflicts(),
                official,
                line,
                Stability.RESAMPLES,
                Stability.SEED);

        Set<Long> judgeIds = new HashSet<>();
        analysed.forEach(a -> a.pivots().forEach(p -> judgeIds.add(p.judgeId())));
        Map<Long, UserView> people = judgeIds.isEmpty() ? new HashMap<>() : identity.getAll(judgeIds);
        Map<Long, Integer> order = new HashMap<>();
        for (int i = 0; i < official.size(); i++) {
            order.put(official.get(i).entryId(), i);
        }
        List<StabilityView.Item> items = analysed.stream()
                .sorted(java.util.Comparator.comparingInt(a -> order.getOrDefault(a.entryId(), Integer.MAX_VALUE)))
                .map(a -> new StabilityView.Item(
                        a.entryId(),
                        in.titles().getOrDefault(a.entryId(), "?"),
                        a.categoryId(),
                        a.rank(),
                        a.low(),
                        a.high(),
                        a.advanceShare(),
                        a.advances(),
                        a.pivots().stream()
                                .map(p -> new StabilityView.PivotalJudge(
                                        p.judgeId(), name(people.get(p.judgeId())), p.effect()))
                                .toList()))
                .toList();
        int pivotal =
                (int) items.stream().filter(i -> !i.pivotalJudges().isEmpty()).count();
        return new StabilityView(
                round.id(),
                round.aggregation(),
                Stability.RESAMPLES,
                Stability.SEED,
                line,
                advances ? StabilityView.LineKind.ADVANCE : StabilityView.LineKind.PODIUM,
                pivotal,
                items);
    }

    /** The round's ranking as it would be with one judge left out: the engine's own ranking, tie-breaks included. */
    public record WithoutJudge(long judgeId, String judgeName, List<JudgingViews.ResultItem> items) {}

    /**
     * The ranking recomputed once per judge without that judge's cards, for the prize tiers to be
     * re-proposed from (the awards module names the prizes that hang on one judge). The caller has
     * checked the round is theirs. One engine run per judge: meant for a final round's panel.
     */
    public List<WithoutJudge> withoutEachJudge(RoundView round) {
        ResultService.Input in = results.input(round);
        Aggregation.Settings settings = Results.settings(round, round.aggregation());
        List<Aggregation.Criterion> rubric = Results.rubric(round);
        java.util.TreeSet<Long> judges = new java.util.TreeSet<>();
        in.counted().forEach(c -> judges.add(c.judgeId()));
        if (judges.size() < 2) {
            return List.of(); // without the only judge there is no ranking to compare
        }
        Map<Long, UserView> people = identity.getAll(judges);
        return judges.stream()
                .map(j -> new WithoutJudge(
                        j,
                        name(people.get(j)),
                        Results.items(
                                Aggregation.rank(
                                        rubric,
                                        settings,
                                        in.refs(),
                                        in.cards().stream()
                                                .filter(c -> c.judgeId() != j)
                                                .toList(),
                                        in.conflicts()),
                                in.titles())))
                .toList();
    }

    private static String name(UserView user) {
        return user == null ? "?" : user.displayName();
    }
}
