package org.laurel.judging;

import io.micronaut.core.annotation.Nullable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;

/**
 * Patterns in a round's scorecards worth a second look. Each flag says what was seen and with
 * which figures; none changes a score, a rank or an assignment. The organizer decides.
 *
 * <ul>
 *   <li>{@code AFFINITY_BIAS}: a judge is, on average, {@value #BIAS_POINTS} points or more further
 *       above the rest of the panel on entries sharing their organization, email domain or region
 *       than on the others (at least {@value #MIN_SHARED} cards on each side). A card's lean is its
 *       total minus the mean of the other judges' totals on the same entry.
 *   <li>{@code IDENTICAL_SCORES}: a judge's most repeated set of values (every criterion the same)
 *       covers at least {@value #MIN_IDENTICAL} entries and a third of their cards, on a rubric of
 *       two criteria or more (one criterion repeats naturally).
 *   <li>{@code FAST_SUBMISSION}: cards submitted less than {@value #FAST_SECONDS} seconds after their
 *       judge first opened the entry.
 *   <li>{@code EXTREME_DEVIATION}: a card whose lean is more than {@value #EXTREME_Z} robust z from the
 *       round's: (lean - median) / (1.4826 * median absolute deviation), so the outlier itself cannot
 *       widen the yardstick it is measured with, as it would a plain standard deviation.
 * </ul>
 */
final class Anomalies {

    static final double BIAS_POINTS = 10;
    static final int MIN_SHARED = 2;
    static final int MIN_IDENTICAL = 3;
    static final long FAST_SECONDS = 30;
    static final double EXTREME_Z = 3;

    enum Kind {
        AFFINITY_BIAS,
        IDENTICAL_SCORES,
        FAST_SUBMISSION,
        EXTREME_DEVIATION
    }

    enum Affinity {
        ORGANIZATION,
        EMAIL_DOMAIN,
        REGION
    }

    record Judge(long id, String email, @Nullable String organization) {}

    /** An entry's organization and the emails of its applicant and team. */
    record EntryPeople(long entryId, @Nullable String organization, List<String> emails) {}

    record Timing(long entryId, long judgeId, Instant submittedAt, Instant openedAt) {}

    /**
     * @param value    AFFINITY_BIAS: mean lean on the shared entries; IDENTICAL_SCORES: the repeated
     *                 card's total; EXTREME_DEVIATION: the card's total
     * @param baseline AFFINITY_BIAS: mean lean on the others; EXTREME_DEVIATION: the other judges' mean
     * @param count    cards concerned; {@code outOf} the judge's cards the rule looked at
     */
    record Flag(
            Kind kind,
            long judgeId,
            @Nullable Affinity affinity,
            List<Long> entryIds,
            int count,
            int outOf,
            @Nullable Double value,
            @Nullable Double baseline,
            @Nullable Double z,
            @Nullable Long seconds) {}

    private Anomalies() {}

    static List<Flag> find(
            List<Aggregation.Criterion> rubric,
            List<Aggregation.Card> counted,
            Map<Long, Judge> judges,
            Map<Long, EntryPeople> people,
            List<Timing> timings) {
        Map<Aggregation.Card, Double> totals = new IdentityHashMap<>();
        counted.forEach(c -> totals.put(c, Aggregation.total(rubric, c)));
        Map<Aggregation.Card, Double> others = othersMean(counted, totals);
        List<Flag> flags = new ArrayList<>();
        flags.addAll(affinity(counted, totals, others, judges, people));
        if (rubric.size() >= 2) {
            flags.addAll(identical(counted, totals));
        }
        flags.addAll(fast(counted, timings));
        flags.addAll(extreme(counted, totals, others));
        return flags;
    }

    /** Per card, the mean of the other judges' totals on the same entry (absent when it is the only card). */
    private static Map<Aggregation.Card, Double> othersMean(
            List<Aggregation.Card> counted, Map<Aggregation.Card, Double> totals) {
        Map<Long, List<Aggregation.Card>> byEntry = new HashMap<>();
        counted.forEach(c ->
                byEntry.computeIfAbsent(c.entryId(), k -> new ArrayList<>()).add(c));
        Map<Aggregation.Card, Double> others = new IdentityHashMap<>();
        for (List<Aggregation.Card> cards : byEntry.values()) {
            double sum = cards.stream().mapToDouble(totals::get).sum();
            if (cards.size() > 1) {
                cards.forEach(c -> others.put(c, (sum - totals.get(c)) / (cards.size() - 1)));
            }
        }
        return others;
    }

    private static List<Flag> affinity(
            List<Aggregation.Card> counted,
            Map<Aggregation.Card, Double> totals,
            Map<Aggregation.Card, Double> others,
            Map<Long, Judge> judges,
            Map<Long, EntryPeople> people) {
        Map<Affinity, BiPredicate<Judge, EntryPeople>> rules = new java.util.EnumMap<>(Affinity.class);
        rules.put(Affinity.ORGANIZATION, Affinities::sameOrganization);
        rules.put(Affinity.EMAIL_DOMAIN, (j, e) -> Affinities.shares(j, e, Affinities::organizationDomain));
        rules.put(Affinity.REGION, (j, e) -> Affinities.shares(j, e, Affinities::region));
        List<Flag> flags = new ArrayList<>();
        for (Map.Entry<Long, List<Aggregation.Card>> mine : byJudge(counted).entrySet()) {
            Judge judge = judges.get(mine.getKey());
            if (judge == null) {
                continue;
            }
            List<Aggregation.Card> leaning =
                    mine.getValue().stream().filter(others::containsKey).toList();
            for (Map.Entry<Affinity, BiPredicate<Judge, EntryPeople>> rule : rules.entrySet()) {
                List<Aggregation.Card> shared = new ArrayList<>();
                List<Aggregation.Card> rest = new ArrayList<>();
                for (Aggregation.Card c : leaning) {
                    EntryPeople e = people.get(c.entryId());
                    (e != null && rule.getValue().test(judge, e) ? shared : rest).add(c);
                }
                if (shared.size() < MIN_SHARED || rest.size() < MIN_SHARED) {
                    continue;
                }
                double onShared = meanLean(shared, totals, others);
                double onRest = meanLean(rest, totals, others);
                if (onShared - onRest >= BIAS_POINTS - 1e-9) {
                    flags.add(new Flag(
                            Kind.AFFINITY_BIAS,
                            judge.id(),
                            rule.getKey(),
                            entries(shared),
                            shared.size(),
                            leaning.size(),
                            round(onShared),
                            round(onRest),
                            null,
                            null));
                }
            }
        }
        return flags;
    }

    private static List<Flag> identical(List<Aggregation.Card> counted, Map<Aggregation.Card, Double> totals) {
        List<Flag> flags = new ArrayList<>();
        for (Map.Entry<Long, List<Aggregation.Card>> mine : byJudge(counted).entrySet()) {
            Map<Map<Long, Double>, List<Aggregation.Card>> same = new HashMap<>();
            mine.getValue()
                    .forEach(c -> same.computeIfAbsent(new TreeMap<>(c.values()), k -> new ArrayList<>())
                            .add(c));
            List<Aggregation.Card> most = same.values().stream()
                    .max(Comparator.comparingInt((List<Aggregation.Card> l) -> l.size())
                            .thenComparing(l -> -l.get(0).entryId()))
                    .orElse(List.of());
            int all = mine.getValue().size();
            if (most.size() >= MIN_IDENTICAL && most.size() * 3 >= all) {
                flags.add(new Flag(
                        Kind.IDENTICAL_SCORES,
                        mine.getKey(),
                        null,
                        entries(most),
                        most.size(),
                        all,
                        round(totals.get(most.get(0))),
                        null,
                        null,
                        null));
            }
        }
        return flags;
    }

    private static List<Flag> fast(List<Aggregation.Card> counted, List<Timing> timings) {
        Set<String> countedKeys = new java.util.HashSet<>();
        counted.forEach(c -> countedKeys.add(c.judgeId() + ":" + c.entryId()));
        Map<Long, List<Timing>> byJudge = new TreeMap<>();
        timings.stream()
                .filter(t -> countedKeys.contains(t.judgeId() + ":" + t.entryId()))
                .forEach(t -> byJudge.computeIfAbsent(t.judgeId(), k -> new ArrayList<>())
                        .add(t));
        List<Flag> flags = new ArrayList<>();
        byJudge.forEach((judge, list) -> {
            List<Timing> quick = list.stream()
                    .filter(t -> seconds(t) < FAST_SECONDS)
                    .sorted(Comparator.comparingLong(Timing::entryId))
                    .toList();
            if (!quick.isEmpty()) {
                flags.add(new Flag(
                        Kind.FAST_SUBMISSION,
                        judge,
                        null,
                        quick.stream().map(Timing::entryId).toList(),
                        quick.size(),
                        list.size(),
                        null,
                        null,
                        null,
                        quick.stream().mapToLong(Anomalies::seconds).min().orElseThrow()));
            }
        });
        return flags;
    }

    private static List<Flag> extreme(
            List<Aggregation.Card> counted,
            Map<Aggregation.Card, Double> totals,
            Map<Aggregation.Card, Double> others) {
        List<Aggregation.Card> leaning =
                counted.stream().filter(others::containsKey).toList();
        double[] leans =
                leaning.stream().mapToDouble(c -> totals.get(c) - others.get(c)).toArray();
        if (leans.length < 3) {
            return List.of();
        }
        double median = Aggregation.median(leans);
        double mad = Aggregation.median(
                Arrays.stream(leans).map(l -> Math.abs(l - median)).toArray());
        if (mad == 0) {
            return List.of(); // most cards agree exactly: no spread to measure against
        }
        List<Flag> flags = new ArrayList<>();
        for (int i = 0; i < leaning.size(); i++) {
            double z = (leans[i] - median) / (1.4826 * mad);
            if (Math.abs(z) > EXTREME_Z) {
                Aggregation.Card c = leaning.get(i);
                flags.add(new Flag(
                        Kind.EXTREME_DEVIATION,
                        c.judgeId(),
                        null,
                        List.of(c.entryId()),
                        1,
                        1,
                        round(totals.get(c)),
                        round(others.get(c)),
                        round(z),
                        null));
            }
        }
        flags.sort(Comparator.comparingLong(Flag::judgeId)
                .thenComparing(f -> f.entryIds().get(0)));
        return flags;
    }

    // ---- helpers ---------------------------------------------------------------------------

    private static Map<Long, List<Aggregation.Card>> byJudge(List<Aggregation.Card> counted) {
        Map<Long, List<Aggregation.Card>> byJudge = new TreeMap<>();
        counted.forEach(c ->
                byJudge.computeIfAbsent(c.judgeId(), k -> new ArrayList<>()).add(c));
        return byJudge;
    }

    private static double meanLean(
            List<Aggregation.Card> cards, Map<Aggregation.Card, Double> totals, Map<Aggregation.Card, Double> others) {
        return cards.stream()
                .mapToDouble(c -> totals.get(c) - others.get(c))
                .average()
                .orElse(0);
    }

    private static List<Long> entries(List<Aggregation.Card> cards) {
        return cards.stream().map(Aggregation.Card::entryId).sorted().toList();
    }

    private static long seconds(Timing t) {
        return Math.max(0, Duration.between(t.openedAt(), t.submittedAt()).toSeconds());
    }

    private static double round(double v) {
        return Math.signum(v) * Aggregation.round(Math.abs(v), 2);
    }
}
