package org.laurel.judging;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.laurel.judging.ExpertiseViews.EntryAffinity;
import org.laurel.judging.ExpertiseViews.ForbidRequest;
import org.laurel.judging.ExpertiseViews.PairAffinity;
import org.laurel.judging.JudgingParts.RoundEntry;
import org.laurel.programs.RoundService;
import org.laurel.programs.RoundView;
import org.laurel.shared.ProblemException;

/**
 * Why each of the panel's judges fits an entry, part by part (bid, shared topics, text
 * similarity), for the organizer's assignment board; and forbidding a pair before re-running the
 * automatic assignment (pinning is assigning by hand, which a re-run keeps).
 */
@Singleton
class AffinityExplainer {

    private final RoundService rounds;
    private final JudgingRepositories.RoundEntries roundEntries;
    private final JudgingRepositories.Assignments assignments;
    private final ExpertiseRepositories.Forbiddens forbiddens;
    private final AffinityInputs inputs;
    private final RoundLineup lineup;
    private final PanelService panel;
    private final ApplicationEventPublisher<ExpertiseEvents.PairForbidden> forbidden;

    AffinityExplainer(
            RoundService rounds,
            JudgingRepositories.RoundEntries roundEntries,
            JudgingRepositories.Assignments assignments,
            ExpertiseRepositories.Forbiddens forbiddens,
            AffinityInputs inputs,
            RoundLineup lineup,
            PanelService panel,
            ApplicationEventPublisher<ExpertiseEvents.PairForbidden> forbidden) {
        this.rounds = rounds;
        this.roundEntries = roundEntries;
        this.assignments = assignments;
        this.forbiddens = forbiddens;
        this.inputs = inputs;
        this.lineup = lineup;
        this.panel = panel;
        this.forbidden = forbidden;
    }

    EntryAffinity explain(long roundId, long entryId, long organizerId) {
        RoundView round = rounds.get(roundId, organizerId);
        List<RoundEntry> inRound = roundEntries.findByRoundIdOrderByEntryId(roundId);
        if (inRound.stream().noneMatch(e -> e.entryId() == entryId)) {
            throw new ProblemException.NotFound("entry-not-found", "No entry " + entryId + " in this round.");
        }
        Map<Long, String> judges = panel.roster(roundId);
        AffinityInputs.Round affinity =
                inputs.of(round, inRound.stream().map(RoundEntry::entryId).toList(), judges.keySet());
        Set<String> conflicted = lineup.conflictKeys(inRound);
        Set<Long> assigned = new HashSet<>();
        assignments.findByRoundId(roundId).stream()
                .filter(a -> a.entryId() == entryId)
                .forEach(a -> assigned.add(a.judgeId()));
        List<PairAffinity> pairs = judges.entrySet().stream()
                .map(j -> {
                    Affinity.Parts parts = affinity.parts(entryId, j.getKey());
                    String key = j.getKey() + ":" + entryId;
                    return new PairAffinity(
                            j.getKey(),
                            j.getValue(),
                            Math.round(parts.score() * 1000) / 1000.0,
                            parts.bid(),
                            parts.sharedTopics().stream()
                                    .map(t -> affinity.topicNames().getOrDefault(t, "?"))
                                    .toList(),
                            Math.round(parts.similarity() * 1000) / 1000.0,
                            assigned.contains(j.getKey()),
                            affinity.forbidden().contains(key),
                            conflicted.contains(key));
                })
                .sorted(java.util.Comparator.comparingDouble((PairAffinity p) -> -p.score())
                        .thenComparingLong(PairAffinity::judgeId))
                .toList();
        return new EntryAffinity(
                entryId,
                panel.entryTitle(entryId),
                affinity.entryTopics().getOrDefault(entryId, Set.of()).stream()
                        .map(t -> affinity.topicNames().getOrDefault(t, "?"))
                        .toList(),
                pairs);
    }

    @Transactional
    EntryAffinity forbid(long roundId, ForbidRequest request, long organizerId) {
        RoundView round = rounds.get(roundId, organizerId);
        if (roundEntries.findByRoundIdOrderByEntryId(roundId).stream()
                .noneMatch(e -> e.entryId() == request.entryId())) {
            throw new ProblemException.NotFound("entry-not-found", "No entry " + request.entryId() + " in this round.");
        }
        if (!panel.roster(roundId).containsKey(request.judgeId())) {
            throw new ProblemException.Invalid(
                    "judgeId: not on this round's panel",
                    List.of(new org.laurel.shared.FieldError("judgeId", "is not on this round's panel")));
        }
        var existing = forbiddens.findByRoundIdAndEntryIdAndJudgeId(roundId, request.entryId(), request.judgeId());
        if (request.forbidden() && existing.isEmpty()) {
            forbiddens.save(new ExpertiseRepositories.Forbidden(null, roundId, request.entryId(), request.judgeId()));
        } else if (!request.forbidden() && existing.isPresent()) {
            forbiddens.delete(existing.get());
        }
        if (request.forbidden() != existing.isPresent()) {
            forbidden.publishEvent(new ExpertiseEvents.PairForbidden(
                    organizerId,
                    round.programId(),
                    roundId,
                    request.entryId(),
                    request.judgeId(),
                    request.forbidden()));
        }
        return explain(roundId, request.entryId(), organizerId);
    }
}
