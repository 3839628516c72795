package org.laurel.judging;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.laurel.judging.JudgingParts.Assignment;
import org.laurel.judging.JudgingParts.PanelMember;
import org.laurel.judging.JudgingParts.RoundEntry;
import org.laurel.judging.JudgingViews.AutoAssignResult;
import org.laurel.programs.RoundService;
import org.laurel.programs.RoundView;
import org.laurel.shared.ProblemException;

/** Automatic assignment of a round: balanced, or expertise-aware when anything says who fits which entry. */
@Singleton
class AutoAssigner {

    private final RoundService rounds;
    private final RoundLineup lineup;
    private final ConflictRegister register;
    private final JudgingRepositories.Panels panels;
    private final JudgingRepositories.Assignments assignments;
    private final JudgingRepositories.Scorecards scorecards;
    private final AffinityInputs affinities;
    private final AssignmentMatrices matrices;
    private final ApplicationEventPublisher<JudgesAssigned> assigned;
    private final Clock clock;

    AutoAssigner(
            RoundService rounds,
            RoundLineup lineup,
            ConflictRegister register,
            JudgingRepositories.Panels panels,
            JudgingRepositories.Assignments assignments,
            JudgingRepositories.Scorecards scorecards,
            AffinityInputs affinities,
            AssignmentMatrices matrices,
            ApplicationEventPublisher<JudgesAssigned> assigned,
            Clock clock) {
        this.rounds = rounds;
        this.lineup = lineup;
        this.register = register;
        this.panels = panels;
        this.assignments = assignments;
        this.scorecards = scorecards;
        this.affinities = affinities;
        this.matrices = matrices;
        this.assigned = assigned;
        this.clock = clock;
    }

    /**
     * Assigns automatically. When bids, shared topics or judges' written expertise say who fits
     * which entry, the expertise-aware planner maximises the total affinity ({@link AffinityPlanner},
     * load cap: an even share plus one); otherwise the balanced planner spreads the load.
     * {@code replace}: first drop the automatic assignments nobody has scored yet, so forbidding or
     * pinning (assigning by hand) before re-running takes effect; hand-made ones always stay.
     */
    @Transactional
    AutoAssignResult assign(long roundId, long organizerId, boolean replace) {
        RoundView round = rounds.get(roundId, organizerId);
        PanelService.requireNotFinalized(round);
        List<RoundEntry> inRound = lineup.sync(round);
        register.detect(round, inRound, organizerId);
        List<Long> judges = panels.findByRoundIdOrderByJudgeId(roundId).stream()
                .map(PanelMember::judgeId)
                .toList();
        if (judges.isEmpty()) {
            throw new ProblemException.Conflict(
                    "empty-panel", "No judges", "Choose the round's judges before assigning.");
        }
        if (replace) {
            dropUnscoredAutomatic(roundId);
        }
        Set<String> conflicted = lineup.conflictKeys(inRound);
        List<AssignmentPlanner.Pair> existing = assignments.findByRoundId(roundId).stream()
                .map(a -> new AssignmentPlanner.Pair(a.entryId(), a.judgeId()))
                .toList();
        List<Long> entryIds = inRound.stream().map(RoundEntry::entryId).toList();
        AffinityInputs.Round affinity = affinities.of(round, entryIds, judges);
        AssignmentPlanner.Plan plan;
        String source;
        if (affinity.anySignal()) {
            Set<String> excluded = new java.util.HashSet<>(conflicted);
            excluded.addAll(affinity.forbidden());
            int cap = (int) Math.ceil(round.judgesPerEntry() * (double) entryIds.size() / judges.size()) + 1;
            plan = AffinityPlanner.plan(
                    entryIds, judges, round.judgesPerEntry(), cap, excluded, existing, affinity::score);
            source = "AUTO_AFFINITY";
        } else {
            Set<String> excluded = new java.util.HashSet<>(conflicted);
            excluded.addAll(affinity.forbidden());
            plan = AssignmentPlanner.plan(entryIds, judges, round.judgesPerEntry(), excluded, existing);
            source = "AUTO";
        }
        assignments.saveAll(plan.added().stream()
                .map(p -> new Assignment(null, roundId, p.entryId(), p.judgeId(), "AUTO", clock.instant()))
                .toList());
        assigned.publishEvent(new JudgesAssigned(
                organizerId,
                round.programId(),
                roundId,
                null,
                source,
                Map.of("added", plan.added().size(), "shortfalls", plan.shortfalls())));
        return new AutoAssignResult(plan.added().size(), plan.shortfalls(), matrices.of(round, inRound));
    }

    /** Automatic assignments without a scorecard: what a re-run may redo. */
    private void dropUnscoredAutomatic(long roundId) {
        Set<String> scored = new java.util.HashSet<>();
        scorecards.findByRoundId(roundId).forEach(c -> scored.add(c.getJudgeId() + ":" + c.getEntryId()));
        assignments.deleteAll(assignments.findByRoundId(roundId).stream()
                .filter(a -> "AUTO".equals(a.source()) && !scored.contains(a.judgeId() + ":" + a.entryId()))
                .toList());
    }
}
