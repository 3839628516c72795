package org.laurel.judging;

import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.laurel.entries.EntryDirectory;
import org.laurel.judging.JudgingParts.RoundEntry;
import org.laurel.programs.RoundService;
import org.laurel.programs.RoundStatus;
import org.laurel.programs.RoundView;

/** Which entries a round judges, and which of its judge/entry pairs are conflicted. */
@Singleton
class RoundLineup {

    private final JudgingRepositories.RoundEntries roundEntries;
    private final JudgingRepositories.Assignments assignments;
    private final RoundService rounds;
    private final EntryDirectory entries;
    private final ConflictRegister register;

    RoundLineup(
            JudgingRepositories.RoundEntries roundEntries,
            JudgingRepositories.Assignments assignments,
            RoundService rounds,
            EntryDirectory entries,
            ConflictRegister register) {
        this.roundEntries = roundEntries;
        this.assignments = assignments;
        this.rounds = rounds;
        this.entries = entries;
        this.register = register;
    }

    /**
     * The entries of a round: fixed once it has opened. Before that they follow the program:
     * round 1 takes the eligible entries, a later round those the previous round advanced.
     */
    List<RoundEntry> sync(RoundView round) {
        List<RoundEntry> current = roundEntries.findByRoundIdOrderByEntryId(round.id());
        if (round.status() != RoundStatus.DRAFT) {
            return current;
        }
        Map<Long, Long> wanted = new HashMap<>();
        if (round.position() == 1) {
            entries.eligible(round.programId()).forEach(e -> wanted.put(e.entryId(), e.categoryId()));
        } else {
            RoundView previous = rounds.byPosition(round.programId(), round.position() - 1);
            List<Long> advanced = roundEntries.findByRoundIdOrderByEntryId(previous.id()).stream()
                    .filter(e -> Boolean.TRUE.equals(e.advanced()))
                    .map(RoundEntry::entryId)
                    .toList();
            entries.facts(advanced).forEach(e -> wanted.put(e.entryId(), e.categoryId()));
        }
        Set<Long> have = current.stream().map(RoundEntry::entryId).collect(Collectors.toSet());
        List<RoundEntry> gone =
                current.stream().filter(e -> !wanted.containsKey(e.entryId())).toList();
        if (!gone.isEmpty()) {
            Set<Long> goneIds = gone.stream().map(RoundEntry::entryId).collect(Collectors.toSet());
            assignments.deleteAll(assignments.findByRoundId(round.id()).stream()
                    .filter(a -> goneIds.contains(a.entryId()))
                    .toList());
            roundEntries.deleteAll(gone);
        }
        roundEntries.saveAll(wanted.entrySet().stream()
                .filter(w -> !have.contains(w.getKey()))
                .map(w -> new RoundEntry(null, round.id(), w.getKey(), w.getValue(), null))
                .toList());
        return roundEntries.findByRoundIdOrderByEntryId(round.id());
    }

    /** "judgeId:entryId" for every conflict on the round's entries. */
    Set<String> conflictKeys(List<RoundEntry> inRound) {
        return inRound.isEmpty() ? Set.of() : register.keys(inRound.get(0).roundId());
    }
}
