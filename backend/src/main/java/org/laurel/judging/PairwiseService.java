package org.laurel.judging;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.laurel.judging.PairwiseRepositories.Comparison;
import org.laurel.judging.PairwiseRepositories.JudgeRow;
import org.laurel.judging.PairwiseRepositories.TableRow;
import org.laurel.judging.PairwiseViews.Decision;
import org.laurel.judging.PairwiseViews.DecisionRequest;
import org.laurel.judging.PairwiseViews.Walk;
import org.laurel.programs.RoundView;
import org.laurel.shared.ProblemException;

/**
 * A judge's walk on the expo floor: where to go next, and what they said about the last two
 * tables. Each answer updates the two tables' and the judge's CrowdBT beliefs in the same
 * transaction that records it, with the judge's row and then the two tables' rows locked (in
 * entry order), so concurrent judges never lose an update and the log replays to the same state.
 */
@Singleton
public class PairwiseService {

    /** A table another judge was sent to this recently counts as busy. */
    static final Duration BUSY_FOR = Duration.ofMinutes(10);

    private final PairwiseRepositories.Tables tables;
    private final PairwiseReads reads;
    private final PairwiseRepositories.Judges judges;
    private final PairwiseRepositories.Visits visits;
    private final PairwiseRepositories.Comparisons comparisons;
    private final JudgingRepositories.Conflicts conflicts;
    private final PairwiseRounds rounds;
    private final ApplicationEventPublisher<PairwiseDecided> decided;
    private final Clock clock;

    PairwiseService(
            PairwiseRepositories.Tables tables,
            PairwiseReads reads,
            PairwiseRepositories.Judges judges,
            PairwiseRepositories.Visits visits,
            PairwiseRepositories.Comparisons comparisons,
            JudgingRepositories.Conflicts conflicts,
            PairwiseRounds rounds,
            ApplicationEventPublisher<PairwiseDecided> decided,
            Clock clock) {
        this.tables = tables;
        this.reads = reads;
        this.judges = judges;
        this.visits = visits;
        this.comparisons = comparisons;
        this.conflicts = conflicts;
        this.rounds = rounds;
        this.decided = decided;
        this.clock = clock;
    }

    /**
     * What a judge may say, the one rule the screen follows: nothing while the round takes no
     * answers; START when they stand nowhere and a table is left; at their first table NEXT or
     * SKIP; with a last table to compare with, which was better, or SKIP.
     */
    static List<Decision> allowed(boolean open, Long current, Long previous, int tablesLeft) {
        if (!open) {
            return List.of();
        }
        if (current == null) {
            return tablesLeft > 0 ? List.of(Decision.START) : List.of();
        }
        if (previous == null) {
            return List.of(Decision.NEXT, Decision.SKIP);
        }
        return List.of(Decision.CURRENT_BETTER, Decision.PREVIOUS_BETTER, Decision.SKIP);
    }

    @Transactional
    public Walk walk(long roundId, long judgeId) {
        RoundView round = rounds.requirePanel(roundId, judgeId);
        JudgeRow me = judges.findByRoundIdAndJudgeId(roundId, judgeId).orElse(null);
        return view(round, me, floor(round, judgeId));
    }

    @Transactional
    public Walk decide(long roundId, long judgeId, DecisionRequest request) {
        RoundView round = rounds.requirePanel(roundId, judgeId);
        rounds.requireTakesAnswers(round);
        JudgeRow me = judges.lock(roundId, judgeId).orElse(null);
        if (me == null) {
            // The judge's first answer in this round: their row starts at the prior.
            judges.join(roundId, judgeId, CrowdBT.ALPHA_PRIOR, CrowdBT.BETA_PRIOR);
            me = judges.lock(roundId, judgeId).orElseThrow();
        }
        Floor floor = floor(round, judgeId);
        if (!Objects.equals(request.currentEntryId(), me.currentEntryId())) {
            throw new ProblemException.Conflict(
                    "pairwise-stale",
                    "Your screen is behind",
                    me.currentEntryId() == null
                            ? "You are not at a table now; reload to see where to go."
                            : "You are at table " + floor.label(me.currentEntryId()) + " now; reload to see it.");
        }
        Decision decision = request.decision();
        if (!allowed(true, me.currentEntryId(), me.previousEntryId(), floor.left(me))
                .contains(decision)) {
            throw new ProblemException.Conflict(
                    "pairwise-decision-not-allowed",
                    "Not possible now",
                    decision + " is not possible here; you may "
                            + allowed(true, me.currentEntryId(), me.previousEntryId(), floor.left(me)) + ".");
        }
        Instant now = clock.instant();
        Long current = me.currentEntryId();
        Long previous = me.previousEntryId();
        Map<String, Object> after = new LinkedHashMap<>();
        switch (decision) {
            case START -> {}
            case NEXT -> {
                visits.record(roundId, judgeId, current, false, now);
                previous = current;
            }
            case SKIP -> visits.record(roundId, judgeId, current, true, now);
            case CURRENT_BETTER, PREVIOUS_BETTER -> {
                long winner = decision == Decision.CURRENT_BETTER ? current : previous;
                long loser = decision == Decision.CURRENT_BETTER ? previous : current;
                me = compare(round, me, winner, loser, floor, now);
                visits.record(roundId, judgeId, current, false, now);
                after.put("winner", floor.label(winner));
                after.put("loser", floor.label(loser));
                previous = current;
            }
        }
        if (current != null) {
            floor.seen().add(current);
        }
        Long next = PairwiseChooser.next(me.belief(), floor.forChooser(), previous, floor.excluded(), floor.busy())
                .orElse(null);
        me = me.at(next, previous, now);
        judges.update(me);
        after.put("table", next == null ? null : floor.label(next));
        decided.publishEvent(new PairwiseDecided(judgeId, round.programId(), roundId, decision, current, after));
        return view(round, me, floor);
    }

    /** Records one answer and moves the beliefs; the caller holds the judge's row lock. */
    private JudgeRow compare(RoundView round, JudgeRow me, long winner, long loser, Floor floor, Instant now) {
        List<TableRow> pair = tables.lockPair(round.id(), winner, loser);
        TableRow w =
                pair.stream().filter(t -> t.entryId() == winner).findFirst().orElseThrow();
        TableRow l = pair.stream().filter(t -> t.entryId() == loser).findFirst().orElseThrow();
        CrowdBT.Update u = CrowdBT.update(me.belief(), w.belief(), l.belief());
        TableRow w2 = w.believing(u.winner());
        TableRow l2 = l.believing(u.loser());
        tables.updateAll(List.of(w2, l2));
        floor.replace(w2);
        floor.replace(l2);
        comparisons.save(new Comparison(null, round.id(), me.judgeId(), winner, loser, now));
        return me.believing(u.judge());
    }

    /** Everything one decision or view needs about the floor, in a fixed number of queries. */
    private Floor floor(RoundView round, long judgeId) {
        Map<Long, TableRow> byEntry = new LinkedHashMap<>();
        reads.tables(round.id()).forEach(t -> byEntry.put(t.entryId(), t));
        Set<Long> seen = new HashSet<>(visits.seenBy(round.id(), judgeId));
        Set<Long> conflicted = new HashSet<>();
        conflicts.findByJudgeId(judgeId).forEach(c -> conflicted.add(c.entryId()));
        Set<Long> busy = reads.busy(round.id(), judgeId, clock.instant().minus(BUSY_FOR));
        return new Floor(byEntry, seen, conflicted, busy);
    }

    private Walk view(RoundView round, JudgeRow me, Floor floor) {
        boolean open = rounds.takesAnswers(round);
        Long current = me == null ? null : me.currentEntryId();
        Long previous = me == null ? null : me.previousEntryId();
        int left = floor.left(me);
        // Titles of the two tables on screen only: one light query whatever the floor's size.
        Map<Long, String> titles = rounds.titles(java.util.stream.Stream.of(current, previous)
                .filter(Objects::nonNull)
                .toList());
        return new Walk(
                round.id(),
                round.name(),
                round.status(),
                round.scoringClosesAt(),
                floor.stop(previous, titles),
                floor.stop(current, titles),
                me == null ? 0 : me.comparisons(),
                left,
                allowed(open, current, previous, left));
    }

    /** The floor as one judge sees it. */
    private record Floor(Map<Long, TableRow> tables, Set<Long> seen, Set<Long> conflicted, Set<Long> busy) {

        String label(long entryId) {
            TableRow t = tables.get(entryId);
            return t == null ? "?" : t.label();
        }

        void replace(TableRow t) {
            tables.put(t.entryId(), t);
        }

        Set<Long> excluded() {
            Set<Long> out = new HashSet<>(seen);
            out.addAll(conflicted);
            return out;
        }

        /** Tables this judge could still be sent to, besides the one they are at. */
        int left(JudgeRow me) {
            Long current = me == null ? null : me.currentEntryId();
            Set<Long> excluded = excluded();
            return (int) tables.values().stream()
                    .filter(t -> t.present() && !excluded.contains(t.entryId()))
                    .filter(t -> current == null || t.entryId() != current)
                    .count();
        }

        List<PairwiseChooser.Table> forChooser() {
            List<PairwiseChooser.Table> out = new ArrayList<>(tables.size());
            tables.values()
                    .forEach(t ->
                            out.add(new PairwiseChooser.Table(t.entryId(), t.belief(), t.comparisons(), t.present())));
            return out;
        }

        PairwiseViews.Stop stop(Long entryId, Map<Long, String> titles) {
            if (entryId == null || !tables.containsKey(entryId)) {
                return null;
            }
            return new PairwiseViews.Stop(entryId, titles.getOrDefault(entryId, "?"), label(entryId));
        }
    }
}
