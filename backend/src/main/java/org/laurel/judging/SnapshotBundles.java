package org.laurel.judging;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.laurel.judging.JudgingParts.Snapshot;
import org.laurel.programs.RoundMode;
import org.laurel.programs.RoundService;
import org.laurel.programs.RoundStatus;
import org.laurel.programs.RoundView;
import org.laurel.shared.ProblemException;

/** Builds a finalized round's verification bundle ({@link RoundBundle}) from its latest snapshot. */
@Singleton
class SnapshotBundles {

    private final ResultService results;
    private final RoundService rounds;
    private final JudgingRepositories.Snapshots snapshots;

    SnapshotBundles(ResultService results, RoundService rounds, JudgingRepositories.Snapshots snapshots) {
        this.results = results;
        this.rounds = rounds;
        this.snapshots = snapshots;
    }

    RoundBundle bundle(long roundId, long organizerId) {
        return bundle(rounds.get(roundId, organizerId));
    }

    /** The bundle of a round the caller may already see (the organizer's, or a published final round). */
    RoundBundle bundle(RoundView round) {
        long roundId = round.id();
        if (round.status() != RoundStatus.FINALIZED) {
            // A reopened round's cards may already differ from what its last snapshot froze.
            throw new ProblemException.Conflict(
                    "round-state",
                    "Not possible in this state",
                    "Round " + round.name() + " is " + round.status()
                            + "; only a finalized round has a bundle to verify.");
        }
        Snapshot snapshot = snapshots
                .findFirstByRoundIdOrderByVersionDesc(roundId)
                .orElseThrow(() -> new ProblemException.NotFound(
                        "snapshot-not-found", "Round " + roundId + " has not been finalized."));
        ResultService.Input in = results.input(round);
        Aggregation.Settings settings = Results.settings(round, round.aggregation());

        // Judges numbered by ascending id: the engine orders a card list by judge, and so must the verifier.
        Map<Long, Integer> number = new TreeMap<>();
        List<Aggregation.Card> counted = in.counted();
        counted.forEach(c -> number.put(c.judgeId(), 0));
        List<PairwiseRanking.Answer> answers = round.mode() == RoundMode.PAIRWISE ? results.answers(round) : null;
        if (answers != null) {
            answers.forEach(a -> number.put(a.judgeId(), 0));
        }
        int n = 0;
        for (Map.Entry<Long, Integer> e : number.entrySet()) {
            e.setValue(++n);
        }
        return new RoundBundle(
                RoundBundle.FORMAT,
                round.id(),
                round.name(),
                new RoundBundle.Settings(
                        settings.method(),
                        settings.trimCount(),
                        settings.disputeThreshold(),
                        settings.requiredJudges(),
                        settings.tieBreakCriteria(),
                        round.advanceCount()),
                round.criteria().stream()
                        .map(c -> new RoundBundle.Criterion(c.id(), c.name(), c.weight(), c.min(), c.max()))
                        .toList(),
                in.refs().stream()
                        .map(r -> new RoundBundle.Entry(
                                r.entryId(), r.categoryId(), in.titles().getOrDefault(r.entryId(), "?")))
                        .toList(),
                counted.stream()
                        .map(c -> new RoundBundle.Card(c.entryId(), number.get(c.judgeId()), new TreeMap<>(c.values())))
                        .toList(),
                new RoundBundle.Snapshot(snapshot.version(), snapshot.content(), snapshot.sha256()),
                answers == null
                        ? null
                        : answers.stream()
                                .map(a -> new RoundBundle.Comparison(number.get(a.judgeId()), a.winner(), a.loser()))
                                .toList());
    }
}
