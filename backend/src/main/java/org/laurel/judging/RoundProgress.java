package org.laurel.judging;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.laurel.entries.EntryDirectory;
import org.laurel.identity.IdentityService;
import org.laurel.identity.UserView;
import org.laurel.judging.JudgingParts.Assignment;
import org.laurel.judging.JudgingParts.RoundEntry;
import org.laurel.judging.JudgingViews.EntryProgress;
import org.laurel.judging.JudgingViews.EntryProgressPage;
import org.laurel.judging.JudgingViews.JudgeProgress;
import org.laurel.judging.JudgingViews.ProgressSummary;
import org.laurel.judging.JudgingViews.ProgressView;
import org.laurel.programs.RoundService;
import org.laurel.programs.RoundStatus;
import org.laurel.programs.RoundView;
import org.laurel.shared.PageView;

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
        Tally tally = tally(round);
        return new ProgressView(
                roundId, tally.judges(), tally.entries(), round.scoringClosesAt(), round.status() == RoundStatus.OPEN);
    }

    /** The figures of the progress tab without its lists. */
    public ProgressSummary summary(long roundId, long organizerId) {
        RoundView round = rounds.get(roundId, organizerId);
        Tally tally = tally(round);
        int assigned = 0;
        int drafted = 0;
        int submitted = 0;
        for (JudgeProgress j : tally.judges()) {
            assigned += j.assigned();
            drafted += j.drafted();
            submitted += j.submitted();
        }
        return new ProgressSummary(
                roundId,
                assigned,
                drafted,
                submitted,
                tally.judges().size(),
                (int) tally.judges().stream().filter(RoundProgress::behind).count(),
                tally.entries().size(),
                (int) tally.entries().stream().filter(RoundProgress::missing).count(),
                round.scoringClosesAt(),
                round.status() == RoundStatus.OPEN);
    }

    /**
     * One page of per-entry progress. {@code status}: ALL, MISSING (scores still to come, or no judge
     * yet) or COMPLETE; with {@code judgeId}, only that judge's entries, and MISSING / COMPLETE then
     * mean that judge's own scorecard. {@code sort}: entry (id), title, -title, missing (most
     * scores missing first), submitted, -submitted.
     */
    public EntryProgressPage entries(
            long roundId,
            long organizerId,
            Pageable page,
            @Nullable String q,
            @Nullable String status,
            @Nullable Long judgeId,
            @Nullable Long categoryId,
            @Nullable String sort) {
        String state = Pages.choice("status", status, "ALL", List.of("ALL", "MISSING", "COMPLETE"));
        String order = Pages.choice(
                "sort", sort, "entry", List.of("entry", "title", "-title", "missing", "submitted", "-submitted"));
        RoundView round = rounds.get(roundId, organizerId);
        Tally tally = tally(round);
        List<EntryProgress> rows = tally.entries().stream()
                .filter(e -> categoryId == null || categoryId.equals(e.categoryId()))
                .filter(e -> Pages.matches(q, e.title()))
                .filter(e -> judgeId == null || tally.judgesOf(e.entryId()).contains(judgeId))
                .filter(e -> switch (state) {
                    case "MISSING" ->
                        judgeId == null ? missing(e) : e.pendingJudgeIds().contains(judgeId);
                    case "COMPLETE" ->
                        judgeId == null ? !missing(e) : !e.pendingJudgeIds().contains(judgeId);
                    default -> true;
                })
                .sorted(entryOrder(order))
                .toList();
        int missing =
                (int) tally.entries().stream().filter(RoundProgress::missing).count();
        return new EntryProgressPage(
                Pages.cut(rows, page), rows.size(), missing, tally.entries().size() - missing);
    }

    /**
     * One page of per-judge progress. {@code status}: ALL, BEHIND (scorecards still to submit) or DONE.
     * {@code sort}: name, -name, left (most still to submit first), assigned, submitted.
     */
    public PageView<JudgeProgress> judges(
            long roundId,
            long organizerId,
            Pageable page,
            @Nullable String q,
            @Nullable String status,
            @Nullable String sort) {
        String state = Pages.choice("status", status, "ALL", List.of("ALL", "BEHIND", "DONE"));
        String order = Pages.choice("sort", sort, "name", List.of("name", "-name", "left", "assigned", "submitted"));
        RoundView round = rounds.get(roundId, organizerId);
        List<JudgeProgress> rows = tally(round).judges().stream()
                .filter(j -> Pages.matches(q, j.displayName()))
                .filter(j -> switch (state) {
                    case "BEHIND" -> behind(j);
                    case "DONE" -> !behind(j);
                    default -> true;
                })
                .sorted(judgeOrder(order))
                .toList();
        return new PageView<>(Pages.cut(rows, page), rows.size());
    }

    private static boolean behind(JudgeProgress j) {
        return j.submitted() < j.assigned();
    }

    private static boolean missing(EntryProgress e) {
        return e.assigned() == 0 || e.submitted() < e.assigned();
    }

    private static Comparator<EntryProgress> entryOrder(String order) {
        Comparator<EntryProgress> byId = Comparator.comparingLong(EntryProgress::entryId);
        Comparator<EntryProgress> byTitle = Comparator.comparing(e -> e.title().toLowerCase(Locale.ROOT));
        return switch (order) {
            case "title" -> byTitle.thenComparing(byId);
            case "-title" -> byTitle.reversed().thenComparing(byId);
            case "missing" ->
                Comparator.<EntryProgress>comparingInt(e -> e.assigned() - e.submitted())
                        .reversed()
                        .thenComparing(Comparator.comparingInt(EntryProgress::assigned))
                        .thenComparing(byId);
            case "submitted" ->
                Comparator.comparingInt(EntryProgress::submitted).thenComparing(byId);
            case "-submitted" ->
                Comparator.comparingInt(EntryProgress::submitted).reversed().thenComparing(byId);
            default -> byId;
        };
    }

    private static Comparator<JudgeProgress> judgeOrder(String order) {
        Comparator<JudgeProgress> byId = Comparator.comparingLong(JudgeProgress::judgeId);
        Comparator<JudgeProgress> byName =
                Comparator.comparing(j -> j.displayName().toLowerCase(Locale.ROOT));
        return switch (order) {
            case "-name" -> byName.reversed().thenComparing(byId);
            case "left" ->
                Comparator.<JudgeProgress>comparingInt(j -> j.assigned() - j.submitted())
                        .reversed()
                        .thenComparing(byName)
                        .thenComparing(byId);
            case "assigned" ->
                Comparator.comparingInt(JudgeProgress::assigned)
                        .reversed()
                        .thenComparing(byName)
                        .thenComparing(byId);
            case "submitted" ->
                Comparator.comparingInt(JudgeProgress::submitted)
                        .reversed()
                        .thenComparing(byName)
                        .thenComparing(byId);
            default -> byName.thenComparing(byId);
        };
    }

    /** Every judge's and every entry's figures, from four round-wide queries whatever the round's size. */
    private record Tally(List<JudgeProgress> judges, List<EntryProgress> entries, Map<Long, Set<Long>> judgesByEntry) {

        Set<Long> judgesOf(long entryId) {
            return judgesByEntry.getOrDefault(entryId, Set.of());
        }
    }

    private Tally tally(RoundView round) {
        long roundId = round.id();
        List<Assignment> all = assignments.findByRoundId(roundId);
        Map<String, Scorecard> cards = new HashMap<>();
        scorecards.findByRoundId(roundId).forEach(c -> cards.put(c.getJudgeId() + ":" + c.getEntryId(), c));
        Map<Long, int[]> perJudge = new HashMap<>();
        Map<Long, int[]> perEntry = new HashMap<>();
        Map<Long, Set<Long>> judgesByEntry = new HashMap<>();
        Map<Long, List<Long>> pending = new HashMap<>();
        for (Assignment a : all) {
            Scorecard c = cards.get(a.judgeId() + ":" + a.entryId());
            int[] j = perJudge.computeIfAbsent(a.judgeId(), k -> new int[3]);
            int[] e = perEntry.computeIfAbsent(a.entryId(), k -> new int[2]);
            judgesByEntry.computeIfAbsent(a.entryId(), k -> new TreeSet<>()).add(a.judgeId());
            j[0]++;
            e[0]++;
            if (c != null && c.submitted()) {
                j[2]++;
                e[1]++;
            } else {
                pending.computeIfAbsent(a.entryId(), k -> new ArrayList<>()).add(a.judgeId());
                if (c != null) {
                    j[1]++;
                }
            }
        }
        Map<Long, UserView> people = identity.getAll(perJudge.keySet());
        List<RoundEntry> inRound = roundEntries.findByRoundIdOrderByEntryId(roundId);
        Map<Long, String> titles = entries.titlesIn(round.programId());
        List<JudgeProgress> judges = perJudge.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new JudgeProgress(
                        e.getKey(),
                        people.get(e.getKey()).displayName(),
                        e.getValue()[0],
                        e.getValue()[1],
                        e.getValue()[2]))
                .toList();
        List<EntryProgress> entryRows = inRound.stream()
                .map(e -> {
                    int[] p = perEntry.getOrDefault(e.entryId(), new int[2]);
                    return new EntryProgress(
                            e.entryId(),
                            titles.getOrDefault(e.entryId(), "?"),
                            p[0],
                            p[1],
                            e.categoryId(),
                            pending.getOrDefault(e.entryId(), List.of()).stream()
                                    .sorted()
                                    .toList());
                })
                .toList();
        return new Tally(judges, entryRows, judgesByEntry);
    }
}
