package org.laurel.judging;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.laurel.entries.EntryDirectory;
import org.laurel.identity.IdentityService;
import org.laurel.identity.Role;
import org.laurel.identity.UserView;
import org.laurel.judging.JudgingParts.Assignment;
import org.laurel.judging.JudgingParts.Conflict;
import org.laurel.judging.JudgingParts.PanelMember;
import org.laurel.judging.JudgingParts.RoundEntry;
import org.laurel.judging.JudgingViews.AssignmentMatrix;
import org.laurel.judging.JudgingViews.AutoAssignResult;
import org.laurel.judging.JudgingViews.PanelView;
import org.laurel.programs.RoundService;
import org.laurel.programs.RoundStatus;
import org.laurel.programs.RoundView;
import org.laurel.shared.FieldError;
import org.laurel.shared.ProblemException;

/** Panels, the round's entries and assignments, the organizer's side of judging; conflicts are recorded by {@link ConflictRegister}. */
@Singleton
public class PanelService {

    private final JudgingRepositories.Panels panels;
    private final JudgingRepositories.RoundEntries roundEntries;
    private final JudgingRepositories.Assignments assignments;
    private final JudgingRepositories.Conflicts conflicts;
    private final JudgingRepositories.Scorecards scorecards;
    private final RoundService rounds;
    private final EntryDirectory entries;
    private final IdentityService identity;
    private final JudgingPolicy policy;
    private final ConflictRegister register;
    private final RoundLineup lineup;
    private final AssignmentMatrices matrices;
    private final ApplicationEventPublisher<PanelSet> panelSet;
    private final ApplicationEventPublisher<JudgesAssigned> assigned;
    private final ApplicationEventPublisher<JudgeUnassigned> unassigned;
    private final Clock clock;
    private final AutoAssigner auto;
    private final List<PanelGuard> guards;

    PanelService(
            JudgingRepositories.Panels panels,
            JudgingRepositories.RoundEntries roundEntries,
            JudgingRepositories.Assignments assignments,
            JudgingRepositories.Conflicts conflicts,
            JudgingRepositories.Scorecards scorecards,
            RoundService rounds,
            EntryDirectory entries,
            IdentityService identity,
            JudgingPolicy policy,
            ConflictRegister register,
            RoundLineup lineup,
            AssignmentMatrices matrices,
            ApplicationEventPublisher<PanelSet> panelSet,
            ApplicationEventPublisher<JudgesAssigned> assigned,
            ApplicationEventPublisher<JudgeUnassigned> unassigned,
            Clock clock,
            AutoAssigner auto,
            List<PanelGuard> guards) {
        this.panels = panels;
        this.roundEntries = roundEntries;
        this.assignments = assignments;
        this.conflicts = conflicts;
        this.scorecards = scorecards;
        this.rounds = rounds;
        this.entries = entries;
        this.identity = identity;
        this.policy = policy;
        this.register = register;
        this.lineup = lineup;
        this.matrices = matrices;
        this.panelSet = panelSet;
        this.assigned = assigned;
        this.unassigned = unassigned;
        this.clock = clock;
        this.auto = auto;
        this.guards = guards;
    }

    @Transactional
    public PanelView setPanel(long roundId, List<Long> judgeIds, long organizerId) {
        // One panel change at a time per round: two replacing the same rows at once would collide on them.
        rounds.lockForChange(roundId);
        RoundView round = rounds.get(roundId, organizerId);
        requireNotFinalized(round);
        Set<Long> wanted = new LinkedHashSet<>(judgeIds);
        Map<Long, UserView> people = identity.getAll(wanted);
        List<FieldError> errors = new ArrayList<>();
        for (Long id : wanted) {
            UserView u = people.get(id);
            if (u == null || !u.roles().contains(Role.JUDGE)) {
                errors.add(new FieldError("judgeIds", "user " + id + " is not a judge"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException.Invalid("Only people with the JUDGE role can sit on a panel", errors);
        }
        Set<Long> before = panels.findByRoundIdOrderByJudgeId(roundId).stream()
                .map(PanelMember::judgeId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<Long> leaving = new HashSet<>(before);
        leaving.removeAll(wanted);
        for (PanelGuard guard : guards) {
            guard.beforePanel(round, wanted);
        }
        for (Long judge : leaving) {
            if (scorecards.existsByRoundIdAndJudgeId(roundId, judge)) {
                throw new ProblemException.Conflict(
                        "judge-has-scores",
                        "Judge has scores",
                        "Judge " + judge + " has already scored in this round and cannot leave its panel.");
            }
        }
        panels.deleteByRoundId(roundId);
        panels.saveAll(
                wanted.stream().map(j -> new PanelMember(null, roundId, j)).toList());
        assignments.deleteAll(assignments.findByRoundId(roundId).stream()
                .filter(a -> leaving.contains(a.judgeId()))
                .toList());
        panelSet.publishEvent(new PanelSet(organizerId, round.programId(), roundId, before, wanted));
        return panel(roundId, organizerId);
    }

    public PanelView panel(long roundId, long organizerId) {
        rounds.get(roundId, organizerId);
        return new PanelView(roundId, matrices.judges(roundId, assignments.findByRoundId(roundId)));
    }

    /** Tops up every entry to k judges, after detecting conflicts; reports entries that cannot be served. */
    public AutoAssignResult autoAssign(long roundId, long organizerId) {
        return auto.assign(roundId, organizerId, false);
    }

    /** The same, first dropping unscored automatic assignments ({@link AutoAssigner}). */
    public AutoAssignResult autoAssign(long roundId, long organizerId, boolean replace) {
        return auto.assign(roundId, organizerId, replace);
    }

    /**
     * A live round: every panel judge scores every finalist they have no conflict with. Syncs the
     * round's entries (while DRAFT), detects conflicts, and adds the missing assignments. Returns
     * the entry ids in the round.
     */
    @Transactional
    public List<Long> assignWholePanel(long roundId, long organizerId) {
        RoundView round = rounds.get(roundId, organizerId);
        requireNotFinalized(round);
        List<RoundEntry> inRound = lineup.sync(round);
        List<Long> judges = panels.findByRoundIdOrderByJudgeId(roundId).stream()
                .map(PanelMember::judgeId)
                .toList();
        if (judges.isEmpty()) {
            throw new ProblemException.Conflict(
                    "empty-panel", "No judges", "Choose the round's judges before scheduling the live session.");
        }
        register.detect(round, inRound, organizerId);
        Set<String> conflicted = lineup.conflictKeys(inRound);
        Set<String> existing = assignments.findByRoundId(roundId).stream()
                .map(a -> a.judgeId() + ":" + a.entryId())
                .collect(Collectors.toSet());
        List<Assignment> added = new ArrayList<>();
        for (RoundEntry e : inRound) {
            for (Long j : judges) {
                String key = j + ":" + e.entryId();
                if (!conflicted.contains(key) && !existing.contains(key)) {
                    added.add(new Assignment(null, roundId, e.entryId(), j, "LIVE", clock.instant()));
                }
            }
        }
        assignments.saveAll(added);
        if (!added.isEmpty()) {
            assigned.publishEvent(new JudgesAssigned(
                    organizerId, round.programId(), roundId, null, "LIVE", Map.of("added", added.size())));
        }
        return inRound.stream().map(RoundEntry::entryId).toList();
    }

    /** The panel's judge ids in a fixed order (judge 1, 2, ... on a live screen), with display names. */
    public Map<Long, String> roster(long roundId) {
        List<Long> ids = panels.findByRoundIdOrderByJudgeId(roundId).stream()
                .map(PanelMember::judgeId)
                .toList();
        Map<Long, UserView> users = identity.getAll(ids);
        Map<Long, String> out = new java.util.LinkedHashMap<>();
        ids.forEach(
                id -> out.put(id, users.get(id) == null ? "?" : users.get(id).displayName()));
        return out;
    }

    /** Each round's panel (judge ids), in one query: the stages' booking check reads many rounds at once. */
    public Map<Long, Set<Long>> panelsOf(java.util.Collection<Long> roundIds) {
        Map<Long, Set<Long>> out = new HashMap<>();
        if (!roundIds.isEmpty()) {
            panels.findByRoundIdIn(roundIds)
                    .forEach(p -> out.computeIfAbsent(p.roundId(), r -> new HashSet<>())
                            .add(p.judgeId()));
        }
        return out;
    }

    /** An entry's title, for explanations. */
    String entryTitle(long entryId) {
        return entries.titles(List.of(entryId)).getOrDefault(entryId, "?");
    }

    /** Display names of judges. */
    public Map<Long, String> namesOf(java.util.Collection<Long> judgeIds) {
        Map<Long, String> out = new HashMap<>();
        identity.getAll(judgeIds).forEach((id, u) -> out.put(id, u.displayName()));
        return out;
    }

    /** Judges recused from the entry (see {@link JudgingPolicy}): a live pitch expects scores from the others. */
    public Set<Long> conflictedJudges(long entryId) {
        return conflicts.findByEntryIdIn(List.of(entryId)).stream()
                .map(Conflict::judgeId)
                .collect(Collectors.toSet());
    }

    public AssignmentMatrix assignments(long roundId, long organizerId) {
        RoundView round = rounds.get(roundId, organizerId);
        return matrices.of(round, roundEntries.findByRoundIdOrderByEntryId(roundId));
    }

    /** One page of the matrix's entry rows; see {@link AssignmentMatrices#page}. */
    public JudgingViews.AssignmentPage assignmentPage(
            long roundId,
            long organizerId,
            io.micronaut.data.model.Pageable page,
            @io.micronaut.core.annotation.Nullable String q,
            @io.micronaut.core.annotation.Nullable Long categoryId,
            boolean missingOnly,
            @io.micronaut.core.annotation.Nullable Long judgeId,
            @io.micronaut.core.annotation.Nullable String sort) {
        RoundView round = rounds.get(roundId, organizerId);
        return matrices.page(
                round,
                roundEntries.findByRoundIdOrderByEntryId(roundId),
                page,
                q,
                categoryId,
                missingOnly,
                judgeId,
                sort);
    }

    @Transactional
    public AssignmentMatrix assign(long roundId, long entryId, long judgeId, long organizerId) {
        RoundView round = rounds.get(roundId, organizerId);
        requireNotFinalized(round);
        entries.requireOfProgram(round.programId(), entryId);
        List<RoundEntry> inRound = lineup.sync(round);
        if (inRound.stream().noneMatch(e -> e.entryId() == entryId)) {
            throw new ProblemException.Invalid(
                    "The entry is not in this round", List.of(new FieldError("entryId", "is not in this round")));
        }
        requireOnPanel(roundId, judgeId);
        policy.requireNotRecused(entryId, judgeId);
        if (assignments
                .findByRoundIdAndEntryIdAndJudgeId(roundId, entryId, judgeId)
                .isEmpty()) {
            assignments.save(new Assignment(null, roundId, entryId, judgeId, "MANUAL", clock.instant()));
            assigned.publishEvent(new JudgesAssigned(
                    organizerId, round.programId(), roundId, entryId, "MANUAL", Map.of("judgeId", judgeId)));
        }
        return matrices.of(round, inRound);
    }

    @Transactional
    public AssignmentMatrix unassign(long roundId, long entryId, long judgeId, long organizerId) {
        RoundView round = rounds.get(roundId, organizerId);
        requireNotFinalized(round);
        Assignment a = assignments
                .findByRoundIdAndEntryIdAndJudgeId(roundId, entryId, judgeId)
                .orElseThrow(() -> new ProblemException.NotFound(
                        "assignment-not-found",
                        "Judge " + judgeId + " is not assigned to entry " + entryId + " in this round."));
        if (scorecards
                .findByRoundIdAndEntryIdAndJudgeId(roundId, entryId, judgeId)
                .filter(Scorecard::submitted)
                .isPresent()) {
            throw new ProblemException.Conflict(
                    "scorecard-submitted",
                    "Already scored",
                    "Judge " + judgeId + " has submitted a scorecard for this entry; it cannot be unassigned.");
        }
        assignments.delete(a);
        unassigned.publishEvent(new JudgeUnassigned(organizerId, round.programId(), roundId, entryId, judgeId));
        return matrices.of(round, roundEntries.findByRoundIdOrderByEntryId(roundId));
    }

    /** An organizer records a conflict; any assignment of that judge to the entry goes. */
    @Transactional
    public AssignmentMatrix setConflict(long roundId, JudgingViews.ConflictRequest request, long organizerId) {
        RoundView round = rounds.get(roundId, organizerId);
        entries.requireOfProgram(round.programId(), request.entryId());
        requireOnPanel(roundId, request.judgeId());
        register.record(
                round, request.entryId(), request.judgeId(), request.reason().strip(), "ORGANIZER", organizerId);
        return matrices.of(round, roundEntries.findByRoundIdOrderByEntryId(roundId));
    }

    /** A judge named in an organizer's request about a round must sit on its panel (400 otherwise, unknown ids included). */
    private void requireOnPanel(long roundId, long judgeId) {
        if (!panels.existsByRoundIdAndJudgeId(roundId, judgeId)) {
            throw new ProblemException.Invalid(
                    "The judge is not on this round's panel",
                    List.of(new FieldError("judgeId", "is not on this round's panel")));
        }
    }

    static void requireNotFinalized(RoundView round) {
        if (round.status() == RoundStatus.FINALIZED) {
            throw new ProblemException.Conflict(
                    "round-state",
                    "Round finalized",
                    "Round " + round.name() + " is finalized; its panel and assignments are frozen.");
        }
    }
}
