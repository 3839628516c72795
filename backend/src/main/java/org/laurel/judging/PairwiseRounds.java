package org.laurel.judging;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.laurel.entries.EntryDirectory;
import org.laurel.judging.JudgingParts.PanelMember;
import org.laurel.judging.JudgingParts.RoundEntry;
import org.laurel.judging.PairwiseRepositories.JudgeRow;
import org.laurel.programs.ProgramService;
import org.laurel.programs.ProgramView;
import org.laurel.programs.RoundEvents.RoundOpened;
import org.laurel.programs.RoundMode;
import org.laurel.programs.RoundService;
import org.laurel.programs.RoundStatus;
import org.laurel.programs.RoundView;
import org.laurel.shared.ProblemException;

/**
 * The round side of pairwise judging: who may walk a round's floor (its panel), when it takes
 * answers (the same rule as scorecards), and its tables, which are laid out when the round
 * opens, one per entry in the round, numbered in entry order.
 */
@Singleton
class PairwiseRounds {

    private final RoundService rounds;
    private final ProgramService programs;
    private final JudgingPolicy policy;
    private final JudgingRepositories.Panels panels;
    private final JudgingRepositories.RoundEntries roundEntries;
    private final PairwiseRepositories.Tables tables;
    private final PairwiseRepositories.Judges judges;
    private final EntryDirectory entries;

    PairwiseRounds(
            RoundService rounds,
            ProgramService programs,
            JudgingPolicy policy,
            JudgingRepositories.Panels panels,
            JudgingRepositories.RoundEntries roundEntries,
            PairwiseRepositories.Tables tables,
            PairwiseRepositories.Judges judges,
            EntryDirectory entries) {
        this.rounds = rounds;
        this.programs = programs;
        this.policy = policy;
        this.panels = panels;
        this.roundEntries = roundEntries;
        this.tables = tables;
        this.judges = judges;
        this.entries = entries;
    }

    /** The round when the judge is on its panel (otherwise 404, as for a round they cannot see); 409 when it is not pairwise. */
    RoundView requirePanel(long roundId, long judgeId) {
        RoundView round = rounds.find(roundId);
        if (round.status() == RoundStatus.DRAFT || !panels.existsByRoundIdAndJudgeId(roundId, judgeId)) {
            throw new ProblemException.NotFound(
                    "round-not-found", "No round " + roundId + " for you to judge on the floor.");
        }
        return requirePairwise(round);
    }

    /** The round when the caller organizes its program (403/404 otherwise) and it is pairwise (409 otherwise). */
    RoundView requireOrganized(long roundId, long organizerId) {
        return requirePairwise(rounds.get(roundId, organizerId));
    }

    private static RoundView requirePairwise(RoundView round) {
        if (round.mode() != RoundMode.PAIRWISE) {
            throw new ProblemException.Conflict(
                    "round-not-pairwise",
                    "Not a pairwise round",
                    "Round " + round.name() + " is judged " + round.mode() + ", not by comparing tables.");
        }
        return round;
    }

    /** Whether answers count now: open and before the scoring deadline, as for scorecards. */
    boolean takesAnswers(RoundView round) {
        return policy.acceptsScores(round);
    }

    void requireTakesAnswers(RoundView round) {
        if (round.status() != RoundStatus.OPEN) {
            throw new JudgingPolicy.ScoringClosed(
                    "Round " + round.name() + " is " + round.status() + "; it takes no more comparisons.");
        }
        if (policy.deadlinePassed(round)) {
            throw new JudgingPolicy.ScoringDeadlinePassed("The scoring deadline of round " + round.name()
                    + " passed at " + round.scoringClosesAt() + "; it takes no more comparisons.");
        }
    }

    Map<Long, String> titles(RoundView round) {
        return entries.titlesIn(round.programId());
    }

    Map<Long, String> titles(java.util.Collection<Long> entryIds) {
        return entries.titles(entryIds);
    }

    /** Lays out the tables when a pairwise round opens (and again, idempotently, when it reopens). */
    @EventListener
    void on(RoundOpened opened) {
        RoundView round = rounds.find(opened.roundId());
        if (round.mode() != RoundMode.PAIRWISE) {
            return;
        }
        List<RoundEntry> inRound = roundEntries.findByRoundIdOrderByEntryId(round.id());
        Set<Long> placed = tables.findByRoundIdOrderByEntryId(round.id()).stream()
                .map(PairwiseRepositories.TableRow::entryId)
                .collect(Collectors.toSet());
        for (int i = 0; i < inRound.size(); i++) {
            long entryId = inRound.get(i).entryId();
            if (!placed.contains(entryId)) {
                tables.place(round.id(), entryId, String.valueOf(i + 1), CrowdBT.MU_PRIOR, CrowdBT.SIGMA_SQ_PRIOR);
            }
        }
    }

    /** The pairwise rounds a judge is on the panel of and that have started, for their queue. */
    List<PairwiseViews.MyRound> mine(long judgeId) {
        List<RoundView> started = new ArrayList<>();
        for (PanelMember p : panels.findByJudgeId(judgeId)) {
            RoundView round = rounds.find(p.roundId());
            if (round.mode() == RoundMode.PAIRWISE && round.status() != RoundStatus.DRAFT) {
                started.add(round);
            }
        }
        Map<Long, ProgramView> programsById =
                programs.findAll(started.stream().map(RoundView::programId).collect(Collectors.toSet()));
        return started.stream()
                .map(r -> new PairwiseViews.MyRound(
                        r.id(),
                        r.name(),
                        r.status(),
                        r.programId(),
                        programsById.get(r.programId()).title(),
                        judges.findByRoundIdAndJudgeId(r.id(), judgeId)
                                .map(JudgeRow::comparisons)
                                .orElse(0)))
                .toList();
    }
}
