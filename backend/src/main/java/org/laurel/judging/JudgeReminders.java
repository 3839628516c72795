package org.laurel.judging;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.laurel.judging.JudgingParts.Assignment;
import org.laurel.judging.JudgingParts.PanelMember;
import org.laurel.judging.JudgingViews.RemindedView;
import org.laurel.programs.RoundService;
import org.laurel.programs.RoundStatus;
import org.laurel.programs.RoundView;
import org.laurel.shared.FieldError;
import org.laurel.shared.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reminds judges of the scorecards they still owe in a round (by email and in the app, through
 * {@link JudgesReminded}, which the notifications module turns into notices): when an
 * organizer asks, and automatically {@code laurel.judging.reminder-before} before the round's
 * scoring deadline, once per judge and deadline. The deadline itself is enforced by
 * {@link JudgingPolicy}.
 */
@Singleton
public class JudgeReminders {

    static final String AUTO = "AUTO";
    static final String MANUAL = "MANUAL";
    private static final Logger LOG = LoggerFactory.getLogger(JudgeReminders.class);

    private final RoundService rounds;
    private final JudgingRepositories.Panels panels;
    private final JudgingRepositories.Assignments assignments;
    private final JudgingRepositories.Scorecards scorecards;
    private final JudgingRepositories.Reminders reminders;
    private final ApplicationEventPublisher<JudgesReminded> reminded;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;
    private final Duration before;

    JudgeReminders(
            RoundService rounds,
            JudgingRepositories.Panels panels,
            JudgingRepositories.Assignments assignments,
            JudgingRepositories.Scorecards scorecards,
            JudgingRepositories.Reminders reminders,
            ApplicationEventPublisher<JudgesReminded> reminded,
            TransactionOperations<Connection> tx,
            Clock clock,
            @Value("${laurel.judging.reminder-before:48h}") Duration before) {
        this.rounds = rounds;
        this.panels = panels;
        this.assignments = assignments;
        this.scorecards = scorecards;
        this.reminders = reminders;
        this.reminded = reminded;
        this.tx = tx;
        this.clock = clock;
        this.before = before;
    }

    /**
     * An organizer reminds the given judges (each must sit on the round's panel), or without ids
     * every late judge. Judges with nothing left to submit are skipped, not reminded.
     */
    @Transactional
    public RemindedView remind(long roundId, @Nullable List<Long> judgeIds, long organizerId) {
        RoundView round = rounds.get(roundId, organizerId);
        Map<Long, Integer> pending = pending(roundId);
        Set<Long> asked;
        if (judgeIds == null || judgeIds.isEmpty()) {
            asked = pending.keySet();
        } else {
            Set<Long> panel = panels.findByRoundIdOrderByJudgeId(roundId).stream()
                    .map(PanelMember::judgeId)
                    .collect(Collectors.toSet());
            List<FieldError> errors = new ArrayList<>();
            for (int i = 0; i < judgeIds.size(); i++) {
                if (!panel.contains(judgeIds.get(i))) {
                    errors.add(new FieldError(
                            "judgeIds[" + i + "]", "user " + judgeIds.get(i) + " is not on this round's panel"));
                }
            }
            if (!errors.isEmpty()) {
                throw new ProblemException.Invalid("Only judges on the round's panel can be reminded", errors);
            }
            asked = new LinkedHashSet<>(judgeIds);
        }
        if (round.status() != RoundStatus.OPEN) {
            throw new ProblemException.Conflict(
                    "round-state",
                    "Not possible in this state",
                    "Judges can be reminded only while the round is open; round " + round.name() + " is "
                            + round.status() + ".");
        }
        if (round.scoringClosesAt() != null && !round.scoringClosesAt().isAfter(clock.instant())) {
            // Scoring is refused now: a reminder would ask for what can no longer be done.
            throw new ProblemException.Conflict(
                    "round-state",
                    "Not possible in this state",
                    "Scoring in round " + round.name() + " has closed, so there is nothing left to remind judges of."
                            + " Move the scoring deadline first if judges should still score.");
        }
        List<Long> targets = asked.stream().filter(pending::containsKey).toList();
        List<Long> skipped = asked.stream().filter(j -> !pending.containsKey(j)).toList();
        send(round, targets, pending, organizerId, MANUAL);
        return new RemindedView(roundId, targets, skipped);
    }

    /**
     * The scheduled job's work: for each open round whose deadline is within
     * {@code reminder-before}, reminds the late judges not yet reminded for that deadline. Each
     * round is one transaction: a judge is claimed in the reminder table, then notified, both
     * committed together. Another instance's claim of the same judge inserts nothing, so that judge
     * is reminded by exactly one of them; a failed transaction leaves no claim behind and the next
     * run tries again. Returns how many judges were reminded.
     */
    public int remindBeforeDeadlines() {
        Instant now = clock.instant();
        int sent = 0;
        for (RoundView round : rounds.openWithDeadlineBetween(now, now.plus(before))) {
            try {
                sent += tx.executeWrite(status -> remindAutomatically(round.id()));
            } catch (RuntimeException e) {
                // Rolled back, nothing sent; the next run tries this round again.
                LOG.warn("Automatic reminders for round {} failed: {}", round.id(), e.toString());
            }
        }
        return sent;
    }

    private int remindAutomatically(long roundId) {
        RoundView round = rounds.find(roundId); // read again inside the transaction: it may have closed meanwhile
        Instant deadline = round.scoringClosesAt();
        Instant now = clock.instant();
        if (round.status() != RoundStatus.OPEN || deadline == null || !deadline.isAfter(now)) {
            return 0;
        }
        Map<Long, Integer> pending = pending(roundId);
        List<Long> claimed = new ArrayList<>();
        for (Long judge : pending.keySet()) { // ascending ids: two instances take the row locks in one order
            if (reminders.claim(roundId, judge, deadline, AUTO, now) == 1) {
                claimed.add(judge);
            }
        }
        send(round, claimed, pending, null, AUTO);
        return claimed.size();
    }

    /** Tells the judges through the event: the notifications module writes the in-app notice and the email. */
    private void send(
            RoundView round, List<Long> targets, Map<Long, Integer> pending, @Nullable Long organizerId, String kind) {
        if (targets.isEmpty()) {
            return;
        }
        reminded.publishEvent(new JudgesReminded(
                organizerId,
                round.programId(),
                round.id(),
                round.name(),
                targets.stream()
                        .map(j -> new JudgesReminded.Judge(j, pending.getOrDefault(j, 0)))
                        .toList(),
                kind,
                round.scoringClosesAt()));
    }

    /** Late judges: those with assigned scorecards not yet submitted, and how many each (ascending judge ids). */
    private Map<Long, Integer> pending(long roundId) {
        Set<String> submitted = scorecards.findByRoundId(roundId).stream()
                .filter(Scorecard::submitted)
                .map(c -> c.getJudgeId() + ":" + c.getEntryId())
                .collect(Collectors.toSet());
        Map<Long, Integer> out = new TreeMap<>();
        for (Assignment a : assignments.findByRoundId(roundId)) {
            if (!submitted.contains(a.judgeId() + ":" + a.entryId())) {
                out.merge(a.judgeId(), 1, Integer::sum);
            }
        }
        return out;
    }
}
