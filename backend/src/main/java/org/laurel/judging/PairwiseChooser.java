package org.laurel.judging;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which table a judge on the expo floor visits next: the one rule, pure, deterministic. Never a
 * table the judge has seen (compared or skipped), is in conflict with, or that is marked absent;
 * a table another judge is standing at (busy) only when nothing else is left. Among the rest,
 * tables still short of {@link #MIN_COMPARISONS} come first, so every team is seen before any
 * is seen often; then, when the judge has a last table to compare with, the table whose
 * comparison is expected to teach the most ({@link CrowdBT#expectedGain}); without one, the
 * least compared. Ties go to the lower entry id.
 */
final class PairwiseChooser {

    /** Every table gets this many comparisons before information gain alone decides. */
    static final int MIN_COMPARISONS = 2;

    private PairwiseChooser() {}

    /** One table as the choice sees it. */
    record Table(long entryId, CrowdBT.Entry belief, int comparisons, boolean present) {}

    /**
     * @param previous the judge's last table, which the next one will be compared with (null at the start)
     * @param excluded tables this judge may not be sent to: seen, skipped, conflicted, and the current one
     * @param busy tables other judges are at now
     */
    static Optional<Long> next(
            CrowdBT.Judge judge, List<Table> tables, Long previous, Set<Long> excluded, Set<Long> busy) {
        List<Table> open = tables.stream()
                .filter(t ->
                        t.present() && !excluded.contains(t.entryId()) && (previous == null || t.entryId() != previous))
                .toList();
        List<Table> free =
                open.stream().filter(t -> !busy.contains(t.entryId())).toList();
        List<Table> pool = free.isEmpty() ? open : free;
        if (pool.isEmpty()) {
            return Optional.empty();
        }
        List<Table> shortOf =
                pool.stream().filter(t -> t.comparisons() < MIN_COMPARISONS).toList();
        if (!shortOf.isEmpty()) {
            pool = shortOf;
        }
        Table last = previous == null
                ? null
                : tables.stream()
                        .filter(t -> t.entryId() == previous)
                        .findFirst()
                        .orElse(null);
        if (last == null) {
            return pool.stream()
                    .min(Comparator.comparingInt(Table::comparisons).thenComparingLong(Table::entryId))
                    .map(Table::entryId);
        }
        Table best = null;
        double bestGain = Double.NEGATIVE_INFINITY;
        CrowdBT.Curvature curvature = CrowdBT.Curvature.of(judge);
        for (Table t : pool) {
            double gain = CrowdBT.expectedGain(judge, curvature, last.belief(), t.belief());
            if (gain > bestGain || (gain == bestGain && t.entryId() < best.entryId())) {
                best = t;
                bestGain = gain;
            }
        }
        return Optional.of(best.entryId());
    }

    /** Lookup helper for callers holding a map of beliefs. */
    static Table table(long entryId, Map<Long, CrowdBT.Entry> beliefs, Map<Long, Integer> counts, boolean present) {
        return new Table(
                entryId, beliefs.getOrDefault(entryId, CrowdBT.Entry.PRIOR), counts.getOrDefault(entryId, 0), present);
    }
}
