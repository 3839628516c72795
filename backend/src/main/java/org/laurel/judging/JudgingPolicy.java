package org.laurel.judging;

import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.laurel.entries.EntryAccess;
import org.laurel.programs.RoundMode;
import org.laurel.programs.RoundService;
import org.laurel.programs.RoundStatus;
import org.laurel.programs.RoundView;
import org.laurel.shared.ProblemException;

/**
 * What a judge may do with an entry: the one home of these rules, for online scoring, live
 * scoring, files and panels alike.
 * <ul>
 *   <li><b>is recused</b>: the judge has a conflict of interest with the entry; it holds in every round.</li>
 *   <li><b>may see</b> the entry in a round: assigned to it there, the round has started (not DRAFT), not recused.</li>
 *   <li><b>may score</b> it there: may see it, the round is OPEN and its scoring deadline (when it
 *       has one) has not passed; in a LIVE round its pitch must also be in SCORING with scoring not
 *       closed.</li>
 *   <li><b>may open a file</b>: may see the entry in some round; blind when any of those rounds is
 *       blind (a judge who judges an entry blind anywhere sees it blind everywhere).</li>
 * </ul>
 * Every question about one judge and one entry is answered from one query
 * ({@link JudgingRepositories.Access#standing}); a scorecard save asks it once. The problems a
 * refusal raises ({@code entry-not-found}, {@code scoring-closed}, {@code conflict-of-interest})
 * are created here and nowhere else.
 */
@Singleton
public class JudgingPolicy implements EntryAccess {

    private final JudgingRepositories.Access access;
    private final RoundService rounds;
    /** Lazily: the live module's gate reads live state, which reads scorecards through the judging services. */
    private final BeanProvider<LiveScoring> live;

    private final Clock clock;

    JudgingPolicy(JudgingRepositories.Access access, RoundService rounds, BeanProvider<LiveScoring> live, Clock clock) {
        this.access = access;
        this.rounds = rounds;
        this.live = live;
        this.clock = clock;
    }

    /**
     * One round a judge is assigned to the entry in, with what the rules need to know about that
     * round, and the judge's scorecard there when they have one (read by the same query, so a save
     * needs no second read).
     */
    record Seat(long roundId, RoundStatus status, boolean blind, Instant roundUpdatedAt, Optional<Scorecard> card) {}

    /** What a judge allowed to score holds: the round, and their scorecard in it when they have one. */
    record ScoringSeat(RoundView round, Optional<Scorecard> card) {}

    /** A judge's standing on one entry: recused or not, and their seats (one per round they are assigned to it in). */
    record Standing(boolean recused, List<Seat> seats) {

        Optional<Seat> seat(long roundId) {
            return seats.stream().filter(s -> s.roundId() == roundId).findFirst();
        }

        boolean maySee(long roundId) {
            return seat(roundId).filter(s -> sees(s.status(), recused)).isPresent();
        }

        /** The round's side of scoring; a live pitch adds {@link #pitchAcceptsScores}. */
        boolean mayScore(long roundId) {
            return seat(roundId).filter(s -> scores(s.status(), recused)).isPresent();
        }

        Sight sight() {
            List<Seat> started =
                    seats.stream().filter(s -> sees(s.status(), recused)).toList();
            if (started.isEmpty()) {
                return Sight.NONE;
            }
            return started.stream().anyMatch(Seat::blind) ? Sight.BLIND : Sight.OPEN;
        }
    }

    /** The rule for an assigned judge, also applied to whole queues: the round has started and the judge is not recused. */
    static boolean sees(RoundStatus roundStatus, boolean recused) {
        return !recused && roundStatus != RoundStatus.DRAFT;
    }

    static boolean scores(RoundStatus roundStatus, boolean recused) {
        return sees(roundStatus, recused) && roundStatus == RoundStatus.OPEN;
    }

    /** Whether the round's scoring deadline, when it has one, has passed: from then on scorecards no longer change. */
    public boolean deadlinePassed(RoundView round) {
        return round.scoringClosesAt() != null && !clock.instant().isBefore(round.scoringClosesAt());
    }

    /** The round's side of scoring for a judge who is not recused: OPEN and before its deadline. */
    boolean acceptsScores(RoundView round) {
        return scores(round.status(), false) && !deadlinePassed(round);
    }

    /** Whether a live pitch takes scorecards now: the slot is in SCORING and the host has not closed scoring. */
    public static boolean pitchAcceptsScores(boolean inScoring, boolean scoringClosed) {
        return inScoring && !scoringClosed;
    }

    /** The one query, read into the rules' terms. */
    Standing standing(long entryId, long judgeId) {
        List<JudgingRepositories.StandingRow> rows = access.standing(entryId, judgeId);
        boolean recused = !rows.isEmpty() && rows.get(0).recused();
        List<Seat> seats = rows.stream()
                .filter(r -> r.roundId() != null)
                .map(r -> new Seat(
                        r.roundId(),
                        RoundStatus.valueOf(r.status()),
                        Boolean.TRUE.equals(r.blind()),
                        r.updatedAt(),
                        r.card(entryId, judgeId)))
                .toList();
        return new Standing(recused, seats);
    }

    public boolean isRecused(long entryId, long judgeId) {
        return standing(entryId, judgeId).recused();
    }

    /** Files: how much of the entry a judge may open (see {@link EntryAccess}). */
    @Override
    public Sight sight(long entryId, long userId) {
        return standing(entryId, userId).sight();
    }

    /** The round, when the judge may see the entry in it; otherwise 404, as if the entry did not exist. */
    public RoundView requireMaySee(long roundId, long entryId, long judgeId) {
        Standing standing = standing(entryId, judgeId);
        if (!standing.maySee(roundId)) {
            throw notVisible(roundId, entryId);
        }
        return rounds.find(roundId, standing.seat(roundId).orElseThrow().roundUpdatedAt());
    }

    /**
     * The round and the judge's card in it, when the judge may score the entry there now: 404 when they may not see it, 409
     * {@code scoring-closed} when the round (or, live, the pitch) does not take scores. In a live
     * round the pitch's slot stays locked until the save commits, so the host cannot close
     * scoring halfway through a save.
     */
    public ScoringSeat requireMayScore(long roundId, long entryId, long judgeId) {
        Standing standing = standing(entryId, judgeId);
        if (!standing.maySee(roundId)) {
            throw notVisible(roundId, entryId);
        }
        Seat seat = standing.seat(roundId).orElseThrow();
        RoundView round = rounds.find(roundId, seat.roundUpdatedAt());
        if (!standing.mayScore(roundId)) {
            throw new ScoringClosed(
                    "Round " + round.name() + " is " + round.status() + "; scorecards can no longer change.");
        }
        if (deadlinePassed(round)) {
            throw new ScoringDeadlinePassed("The scoring deadline of round " + round.name() + " passed at "
                    + round.scoringClosesAt() + "; scorecards can no longer change. Ask the organizers if you need"
                    + " more time.");
        }
        if (round.mode() == RoundMode.LIVE && live.isPresent()) {
            LiveScoring.Pitch pitch = live.get()
                    .lockPitch(roundId, entryId)
                    .orElseThrow(() ->
                            new ScoringClosed("This entry has no slot in the live session; it cannot be scored."));
            if (!pitchAcceptsScores(pitch.inScoring(), pitch.scoringClosed())) {
                throw new ScoringClosed("Scoring for this pitch is not open (the slot is " + pitch.state()
                        + (pitch.scoringClosed() && pitch.inScoring() ? ", scoring closed" : "") + ").");
            }
        }
        return new ScoringSeat(round, seat.card());
    }

    /** The judge holds an assignment to the entry in the round (in any state), e.g. to declare a conflict; otherwise 404. */
    public void requireAssigned(long roundId, long entryId, long judgeId) {
        if (standing(entryId, judgeId).seat(roundId).isEmpty()) {
            throw notVisible(roundId, entryId);
        }
    }

    /** An organizer may not assign a recused judge: 409. */
    public void requireNotRecused(long entryId, long judgeId) {
        if (isRecused(entryId, judgeId)) {
            throw new ConflictOfInterest(
                    "Judge " + judgeId + " has a conflict of interest with entry " + entryId + ".");
        }
    }

    /** The refusal for an entry the judge may not see: 404 as if it did not exist. */
    private ProblemException notVisible(long roundId, long entryId) {
        rounds.find(roundId); // a round that does not exist stays a round-not-found
        return new EntryNotFound("No entry " + entryId + " for you in this round.");
    }

    /** The entry is not one this judge may see in the round (or there is no such entry). */
    static final class EntryNotFound extends ProblemException.NotFound {
        EntryNotFound(String detail) {
            super("entry-not-found", detail);
        }
    }

    /** The round or the live pitch does not take scores now. */
    static final class ScoringClosed extends ProblemException.Conflict {
        ScoringClosed(String detail) {
            super("scoring-closed", "Scoring closed", detail);
        }
    }

    /** The round's scoring deadline has passed. */
    static final class ScoringDeadlinePassed extends ProblemException.Conflict {
        ScoringDeadlinePassed(String detail) {
            super("scoring-deadline-passed", "Scoring deadline passed", detail);
        }
    }

    static final class ConflictOfInterest extends ProblemException.Conflict {
        ConflictOfInterest(String detail) {
            super("conflict-of-interest", "Conflict of interest", detail);
        }
    }
}
