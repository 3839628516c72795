package org.laurel.judging;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import org.laurel.programs.RoundService;
import org.laurel.programs.RoundStatus;
import org.laurel.programs.RoundView;
import org.laurel.shared.ProblemException;

/**
 * A judge's own calibration once a round is finalized: how they scored against the rest of the
 * panel on the entries they shared ({@link Calibration}), about themselves only — never another
 * judge's figures. Not before: a closed round can still be reopened, and the figures must not steer a rescore.
 */
@Singleton
class OwnCalibration {

    /** {@code scored}: whether the judge submitted any counted card here (the rest is null otherwise). */
    @Serdeable
    public record View(
            long roundId,
            String roundName,
            boolean scored,
            int count,
            @Nullable Double mean,
            @Nullable Double stdDev,
            int shared,
            @Nullable Double leniency,
            @Nullable Double agreement,
            boolean outlier) {}

    private final RoundService rounds;
    private final ResultService results;
    private final JudgingRepositories.Panels panels;

    OwnCalibration(RoundService rounds, ResultService results, JudgingRepositories.Panels panels) {
        this.rounds = rounds;
        this.results = results;
        this.panels = panels;
    }

    View mine(long roundId, long judgeId) {
        if (!panels.existsByRoundIdAndJudgeId(roundId, judgeId)) {
            // Not the judge's round: whether it exists is none of their business.
            throw new ProblemException.NotFound("round-not-found", "No round " + roundId + ".");
        }
        RoundView round = rounds.find(roundId);
        // Finalized only: a closed round can still be reopened, and the judge rescore.
        if (round.status() != RoundStatus.FINALIZED) {
            throw new ProblemException.Conflict(
                    "round-state",
                    "Not possible in this state",
                    "Round " + round.name() + " is " + round.status()
                            + "; how you scored against the panel is shown once it is finalized.");
        }
        return Calibration.of(Results.rubric(round), results.input(round).counted()).stream()
                .filter(c -> c.judgeId() == judgeId)
                .findFirst()
                .map(c -> new View(
                        roundId,
                        round.name(),
                        true,
                        c.count(),
                        c.mean(),
                        c.stdDev(),
                        c.shared(),
                        c.leniency(),
                        c.agreement(),
                        c.outlier()))
                .orElse(new View(roundId, round.name(), false, 0, null, null, 0, null, null, false));
    }
}
