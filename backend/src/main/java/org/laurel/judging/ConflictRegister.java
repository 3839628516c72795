package org.laurel.judging;

import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.laurel.entries.EntryDirectory;
import org.laurel.entries.EntryFacts;
import org.laurel.identity.IdentityService;
import org.laurel.identity.UserView;
import org.laurel.judging.JudgingParts.Conflict;
import org.laurel.judging.JudgingParts.PanelMember;
import org.laurel.judging.JudgingParts.RoundEntry;
import org.laurel.programs.RoundView;

/**
 * Records conflicts of interest, whether a judge declares one, an organizer sets one or
 * {@link ConflictRules} detects one; what a recorded conflict means is {@link JudgingPolicy}'s.
 */
@Singleton
class ConflictRegister {

    private final JudgingRepositories.Conflicts conflicts;
    private final JudgingRepositories.Assignments assignments;
    private final JudgingRepositories.Panels panels;
    private final JudgingPolicy policy;
    private final EntryDirectory entries;
    private final IdentityService identity;
    private final ApplicationEventPublisher<ConflictRecorded> recorded;
    private final Clock clock;

    ConflictRegister(
            JudgingRepositories.Conflicts conflicts,
            JudgingRepositories.Assignments assignments,
            JudgingRepositories.Panels panels,
            JudgingPolicy policy,
            EntryDirectory entries,
            IdentityService identity,
            ApplicationEventPublisher<ConflictRecorded> recorded,
            Clock clock) {
        this.conflicts = conflicts;
        this.assignments = assignments;
        this.panels = panels;
        this.policy = policy;
        this.entries = entries;
        this.identity = identity;
        this.recorded = recorded;
        this.clock = clock;
    }

    /** Records the conflict (once) and drops the judge's assignment to the entry in this round. */
    void record(RoundView round, long entryId, long judgeId, String reason, String source, long actorId) {
        if (!policy.isRecused(entryId, judgeId)) {
            conflicts.save(new Conflict(null, entryId, judgeId, reason, source, actorId, clock.instant()));
            recorded.publishEvent(
                    new ConflictRecorded(actorId, round.programId(), round.id(), entryId, judgeId, reason, source));
        }
        assignments
                .findByRoundIdAndEntryIdAndJudgeId(round.id(), entryId, judgeId)
                .ifPresent(assignments::delete);
    }

    /** Records every conflict {@link ConflictRules} finds between the round's panel and its entries. */
    void detect(RoundView round, List<RoundEntry> inRound, long actorId) {
        List<PanelMember> panel = panels.findByRoundIdOrderByJudgeId(round.id());
        if (panel.isEmpty() || inRound.isEmpty()) {
            return;
        }
        List<EntryFacts> facts =
                entries.facts(inRound.stream().map(RoundEntry::entryId).toList());
        Set<Long> people = new HashSet<>();
        panel.forEach(p -> people.add(p.judgeId()));
        facts.forEach(f -> people.addAll(f.teamIds()));
        Map<Long, UserView> users = identity.getAll(people);
        Set<String> known = keys(round.id());
        for (PanelMember p : panel) {
            UserView j = users.get(p.judgeId());
            ConflictRules.Judge judge = new ConflictRules.Judge(j.id(), j.email(), j.organization());
            for (EntryFacts f : facts) {
                if (known.contains(p.judgeId() + ":" + f.entryId())) {
                    continue;
                }
                String why = ConflictRules.reason(judge, conflictFacts(f, users));
                if (why != null) {
                    record(round, f.entryId(), p.judgeId(), why, "DETECTED", actorId);
                }
            }
        }
    }

    /** The entry's people for {@link ConflictRules}: the members' accounts add their emails and organizations. */
    static ConflictRules.Entry conflictFacts(EntryFacts f, Map<Long, UserView> users) {
        UserView applicant = users.get(f.applicantId());
        List<String> emails = new ArrayList<>(f.teamEmails());
        List<String> organizations = new ArrayList<>(f.teamOrganizations());
        for (long id : f.memberIds()) {
            UserView member = users.get(id);
            if (member != null) {
                emails.add(member.email());
                if (member.organization() != null) {
                    organizations.add(member.organization());
                }
            }
        }
        return new ConflictRules.Entry(
                f.entryId(),
                f.applicantId(),
                applicant == null ? "" : applicant.email(),
                f.organization(),
                emails,
                f.memberIds(),
                organizations);
    }

    /** "judgeId:entryId" for every conflict on the round's entries: whom aggregation and assignment leave out. */
    Set<String> keys(long roundId) {
        return conflicts.findInRound(roundId).stream()
                .map(c -> c.judgeId() + ":" + c.entryId())
                .collect(Collectors.toSet());
    }
}
