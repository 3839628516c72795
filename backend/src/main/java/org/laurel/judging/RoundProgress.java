package org.laurel.judging;

import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.laurel.entries.EntryDirectory;
import org.laurel.identity.IdentityService;
import org.laurel.identity.UserView;
import org.laurel.judging.JudgingParts.Assignment;
import org.laurel.judging.JudgingParts.RoundEntry;
import org.laurel.judging.JudgingViews.EntryProgress;
import org.laurel.judging.JudgingViews.JudgeProgress;
import org.laurel.judging.JudgingViews.ProgressView;
import org.laurel.programs.RoundService;
import org.laurel.programs.RoundStatus;
import org.laurel.programs.RoundView;

/** How far judging has got in a round: per judge, cards assigned, started and submitted; per entry, cards submitted. */
@Singleton
class RoundProgress {

    private final JudgingRepositories.RoundEntries roundEntries;
    private final JudgingRepositories.Scorecards scorecards;
    private final JudgingRepositories.Assignments assignments;
    private final RoundService rounds;
    private final EntryDirectory entries;
    private final IdentityService identity;

    RoundProgress(
            JudgingRepositories.RoundEntries roundEntries,
            JudgingRepositories.Scorecards scorecards,
            JudgingRepositories.Assignments assignments,
            RoundService rounds,
            EntryDirectory entries,
            IdentityService identity) {
        this.roundEntries = roundEntries;
        this.scorecards = scorecards;
        this.assignments = assignments;
        this.rounds = rounds;
        this.entries = entries;
        this.identity = identity;
    }

    public ProgressView progress(long roundId, long organizerId) {
        RoundView round = rounds.get(roundId, organizerId);
        List<Assignment> all = assignments.findByRoundId(roundId);
        Map<String, Scorecard> cards = new HashMap<>();
        scorecards.findByRoundId(roundId).forEach(c -> cards.put(c.getJudgeId() + ":" + c.getEntryId(), c));
        Map<Long, int[]> perJudge = new HashMap<>();
        Map<Long, int[]> perEntry = new HashMap<>();
        for (Assignment a : all) {
            Scorecard c = cards.get(a.judgeId() + ":" + a.entryId());
            int[] j = perJudge.computeIfAbsent(a.judgeId(), k -> new int[3]);
            int[] e = perEntry.computeIfAbsent(a.entryId(), k -> new int[2]);
            j[0]++;
            e[0]++;
            if (c != null && c.submitted()) {
                j[2]++;
                e[1]++;
            } else if (c != null) {
                j[1]++;
            }
        }
        Map<Long, UserView> people = identity.getAll(perJudge.keySet());
        List<RoundEntry> inRound = roundEntries.findByRoundIdOrderByEntryId(roundId);
        Map<Long, String> titles = entries.titlesIn(round.programId());
        return new ProgressView(
                roundId,
                perJudge.entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .map(e -> new JudgeProgress(
                                e.getKey(),
                                people.get(e.getKey()).displayName(),
                                e.getValue()[0],
                                e.getValue()[1],
                                e.getValue()[2]))
                        .toList(),
                inRound.stream()
                        .map(e -> {
                            int[] p = perEntry.getOrDefault(e.entryId(), new int[2]);
                            return new EntryProgress(e.entryId(), titles.getOrDefault(e.entryId(), "?"), p[0], p[1]);
                        })
                        .toList(),
                round.scoringClosesAt(),
                round.status() == RoundStatus.OPEN);
    }
}
