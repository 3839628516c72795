package org.laurel.judging;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.laurel.entries.EntryDirectory;
import org.laurel.identity.IdentityService;
import org.laurel.identity.UserView;
import org.laurel.judging.JudgingParts.RoundEntry;
import org.laurel.judging.JudgingParts.Snapshot;
import org.laurel.judging.JudgingViews.ComparisonItem;
import org.laurel.judging.JudgingViews.ComparisonView;
import org.laurel.judging.JudgingViews.ResultItem;
import org.laurel.judging.JudgingViews.ResultsView;
import org.laurel.judging.JudgingViews.SnapshotView;
import org.laurel.programs.AggregationMethod;
import org.laurel.programs.RoundMode;
import org.laurel.programs.RoundService;
import org.laurel.programs.RoundStatus;
import org.laurel.programs.RoundView;
import org.laurel.shared.ProblemException;

/**
 * Results are computed on demand from the submitted scorecards with the one aggregation engine;
 * finalizing freezes them once as a versioned snapshot with a SHA-256 of its canonical JSON.
 * Also the round's lifecycle (open, close, reopen, finalize), since finalizing needs the results.
 */
@Singleton
public class ResultService {

    private final JudgingRepositories.RoundEntries roundEntries;
    private final JudgingRepositories.Scorecards scorecards;
    private final JudgingRepositories.Snapshots snapshots;
    private final PairwiseRepositories.Comparisons comparisons;
    private final RoundLineup lineup;
    private final ScoringService scoring;
    private final RoundService rounds;
    private final EntryDirectory entries;
    private final IdentityService identity;
    private final JsonMapper json;
    private final Clock clock;

    ResultService(
            JudgingRepositories.RoundEntries roundEntries,
            JudgingRepositories.Scorecards scorecards,
            JudgingRepositories.Snapshots snapshots,
            PairwiseRepositories.Comparisons comparisons,
            RoundLineup lineup,
            ScoringService scoring,
            RoundService rounds,
            EntryDirectory entries,
            IdentityService identity,
            JsonMapper json,
            Clock clock) {
        this.roundEntries = roundEntries;
        this.scorecards = scorecards;
        this.snapshots = snapshots;
        this.comparisons = comparisons;
        this.lineup = lineup;
        this.scoring = scoring;
        this.rounds = rounds;
        this.entries = entries;
        this.identity = identity;
        this.json = json;
        this.clock = clock;
    }

    // ---- lifecycle ------------------------------------------------------------------------

    /** Opening fixes the round's entries (the round's own rules, such as a reason to reopen, are {@link RoundService}'s). */
    @Transactional
    public RoundView open(long roundId, @Nullable String reason, long organizerId) {
        RoundView round = rounds.get(roundId, organizerId);
        if (round.status() == RoundStatus.DRAFT) {
            lineup.sync(round);
        }
        return rounds.open(roundId, reason, organizerId);
    }

    @Transactional
    public RoundView close(long roundId, long organizerId) {
        return rounds.close(roundId, organizerId);
    }

    /**
     * Freezes the ranking as a snapshot and decides who advances (the top N per category). How
     * each entry fared travels with the round's {@code RoundFinalized}: the entries module notes it
     * on the entries, notifications tell the applicants, the audit trail records it.
     */
    @Transactional
    public SnapshotView finalizeRound(long roundId, long organizerId) {
        RoundView round = rounds.get(roundId, organizerId);
        if (round.status() != RoundStatus.CLOSED) {
            throw new ProblemException.Conflict(
                    "round-state",
                    "Not possible in this state",
                    "Round " + round.name() + " is " + round.status() + "; close it before finalizing.");
        }
        ResultsView results = compute(round, round.aggregation());
        List<RoundEntry> inRound = roundEntries.findByRoundIdOrderByEntryId(roundId);
        Map<Long, Boolean> advanced = new HashMap<>();
        if (round.advanceCount() != null) {
            Set<Long> top = Set.copyOf(Results.advancing(results.items(), round.advanceCount()));
            inRound.forEach(e -> advanced.put(e.entryId(), top.contains(e.entryId())));
            roundEntries.updateAll(inRound.stream()
                    .map(e ->
                            new RoundEntry(e.id(), e.roundId(), e.entryId(), e.categoryId(), advanced.get(e.entryId())))
                    .toList());
        }
        List<Long> advancedIds = advanced.entrySet().stream()
                .filter(Map.Entry::getValue)
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
        int version = snapshots
                .findFirstByRoundIdOrderByVersionDesc(roundId)
                .map(s -> s.version() + 1)
                .orElse(1);
        String content =
                canonical(new SnapshotContent(roundId, version, round.aggregation(), results.items(), advancedIds));
        Snapshot saved = snapshots.save(new Snapshot(
                null,
                roundId,
                version,
                round.aggregation().name(),
                content,
                sha256(content),
                organizerId,
                clock.instant()));
        rounds.markFinalized(roundId, organizerId, version, saved.sha256(), advanced);
        return view(saved);
    }

    public SnapshotView snapshot(long roundId, long organizerId) {
        rounds.get(roundId, organizerId);
        return snapshots
                .findFirstByRoundIdOrderByVersionDesc(roundId)
                .map(this::view)
                .orElseThrow(() -> new ProblemException.NotFound(
                        "snapshot-not-found", "Round " + roundId + " has not been finalized."));
    }

    // ---- results --------------------------------------------------------------------------

    public ResultsView results(long roundId, @Nullable AggregationMethod method, long organizerId) {
        RoundView round = rounds.get(roundId, organizerId);
        return compute(round, method == null ? round.aggregation() : method);
    }

    /** The ranking under every method side by side; {@code rankChanges} marks entries whose rank depends on the method. */
    public ComparisonView compare(long roundId, long organizerId) {
        RoundView round = rounds.get(roundId, organizerId);
        Input in = input(round);
        Map<AggregationMethod, List<Aggregation.Result>> all = Aggregation.compare(
                Results.rubric(round),
                Results.settings(round, round.aggregation()),
                in.refs(),
                in.cards(),
                in.conflicts());
        Map<Long, Map<AggregationMethod, Integer>> ranks = new HashMap<>();
        Map<Long, Map<AggregationMethod, Double>> scores = new HashMap<>();
        all.forEach((method, list) -> list.forEach(r -> {
            ranks.computeIfAbsent(r.entryId(), k -> new EnumMap<>(AggregationMethod.class))
                    .put(method, r.rank());
            scores.computeIfAbsent(r.entryId(), k -> new EnumMap<>(AggregationMethod.class))
                    .put(method, r.score());
        }));
        List<ComparisonItem> items = all.get(round.aggregation()).stream()
                .map(r -> {
                    Map<AggregationMethod, Integer> byMethod = ranks.get(r.entryId());
                    boolean changes = byMethod.values().stream().distinct().count() > 1;
                    return new ComparisonItem(
                            r.entryId(),
                            in.titles().getOrDefault(r.entryId(), "?"),
                            r.categoryId(),
                            byMethod,
                            scores.get(r.entryId()),
                            changes);
                })
                .toList();
        return new ComparisonView(roundId, round.aggregation(), items, (int)
                items.stream().filter(ComparisonItem::rankChanges).count());
    }

    /**
     * The live screen's numbers, from the same engine and cards as the results page: the given
     * entries ranked together (one hall, one leaderboard), each with its judges' totals and which
     * of them the round's method dropped.
     */
    public List<Aggregation.Result> liveScores(RoundView round, java.util.Collection<Long> entryIds) {
        if (entryIds.isEmpty()) {
            return List.of();
        }
        Set<Long> wanted = Set.copyOf(entryIds);
        List<Aggregation.EntryRef> refs = wanted.stream()
                .sorted()
                .map(id -> new Aggregation.EntryRef(id, null))
                .toList();
        List<Aggregation.Card> cards = scorecards.submittedIn(round.id()).stream()
                .filter(c -> wanted.contains(c.entryId()))
                .map(c -> Results.card(c.entryId(), c.judgeId(), scoring.read(c.valuesJson())))
                .toList();
        Set<String> conflicted = lineup.conflictKeys(roundEntries.findByRoundIdOrderByEntryId(round.id()));
        return Aggregation.rank(
                Results.rubric(round), Results.settings(round, round.aggregation()), refs, cards, conflicted);
    }

    /**
     * Per judge, the weighted totals of their submitted cards (conflicted cards left out), and how
     * they score against the rest of the panel on the same entries ({@link Calibration}).
     */
    public List<JudgingViews.JudgeDistribution> judgeDistributions(long roundId, long organizerId) {
        RoundView round = rounds.get(roundId, organizerId);
        Input in = input(round);
        List<Calibration.JudgeCalibration> calibrated = Calibration.of(Results.rubric(round), in.counted());
        Map<Long, UserView> people = identity.getAll(
                calibrated.stream().map(Calibration.JudgeCalibration::judgeId).toList());
        return calibrated.stream()
                .map(c -> {
                    UserView u = people.get(c.judgeId());
                    return new JudgingViews.JudgeDistribution(
                            c.judgeId(),
                            u == null ? "?" : u.displayName(),
                            c.count(),
                            c.mean(),
                            c.stdDev(),
                            c.totals(),
                            c.shared(),
                            c.leniency(),
                            c.agreement(),
                            c.outlier());
                })
                .toList();
    }

    private ResultsView compute(RoundView round, AggregationMethod method) {
        Input in = input(round);
        if (round.mode() == RoundMode.PAIRWISE) {
            // Ranked by comparisons, not scores: the method does not apply, the snapshot flow does.
            return new ResultsView(round.id(), method, PairwiseRanking.items(in.refs(), answers(round), in.titles()));
        }
        List<Aggregation.Result> ranked = Aggregation.rank(
                Results.rubric(round), Results.settings(round, method), in.refs(), in.cards(), in.conflicts());
        return new ResultsView(round.id(), method, Results.items(ranked, in.titles()));
    }

    /** A pairwise round's comparisons in the order they were committed, which is the order CrowdBT applied them. */
    List<PairwiseRanking.Answer> answers(RoundView round) {
        return comparisons.findByRoundIdOrderById(round.id()).stream()
                .map(c -> new PairwiseRanking.Answer(c.judgeId(), c.winnerEntryId(), c.loserEntryId()))
                .toList();
    }

    /** Everything the engine needs, in a fixed number of queries whatever the round's size. */
    record Input(
            List<Aggregation.EntryRef> refs,
            List<Aggregation.Card> cards,
            Set<String> conflicts,
            Map<Long, String> titles) {

        /** The cards the engine counts: a conflicted judge's card on that entry is left out. */
        List<Aggregation.Card> counted() {
            return cards.stream()
                    .filter(c -> !conflicts.contains(c.judgeId() + ":" + c.entryId()))
                    .toList();
        }
    }

    Input input(RoundView round) {
        List<RoundEntry> inRound = round.status() == RoundStatus.DRAFT
                ? lineup.sync(round)
                : roundEntries.findByRoundIdOrderByEntryId(round.id());
        List<Aggregation.EntryRef> refs = inRound.stream()
                .map(e -> new Aggregation.EntryRef(e.entryId(), e.categoryId()))
                .toList();
        List<Aggregation.Card> cards = scorecards.submittedIn(round.id()).stream()
                .map(c -> Results.card(c.entryId(), c.judgeId(), scoring.read(c.valuesJson())))
                .toList();
        Map<Long, String> titles = entries.titlesIn(round.programId());
        return new Input(refs, cards, lineup.conflictKeys(inRound), titles);
    }

    /** What a snapshot freezes; its canonical JSON is what the SHA-256 is taken of (and what {@link Verifier} rebuilds). */
    @io.micronaut.serde.annotation.Serdeable
    record SnapshotContent(
            long roundId, int version, AggregationMethod method, List<ResultItem> items, List<Long> advanced) {}

    private SnapshotView view(Snapshot s) {
        try {
            SnapshotContent c = json.readValue(s.content(), SnapshotContent.class);
            return new SnapshotView(
                    s.roundId(), s.version(), c.method(), s.sha256(), s.createdAt(), c.items(), c.advanced());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String canonical(SnapshotContent content) {
        try {
            return json.writeValueAsString(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(String content) {
        return org.laurel.shared.Sha256.hex(content);
    }
}
