package org.laurel.awards;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.laurel.awards.AwardViews.Candidate;
import org.laurel.awards.AwardViews.TierProposal;
import org.laurel.programs.ProgramView;

/**
 * Proposes winners per prize tier from the final ranking, pure. Tiers are filled from the top
 * tier down; a category tier draws from its category's ranking, a program-wide tier from all
 * categories ordered by score (ranks are per category, so a program-wide rank is 1 + the number
 * of entries with a higher score). An entry wins at most one tier. A tie that straddles a tier's
 * last place is reported with every entry in it, not silently resolved.
 */
final class WinnerProposals {

    private WinnerProposals() {}

    static List<TierProposal> propose(
            List<ProgramView.PrizeTierView> tiers,
            List<Candidate> ranking,
            java.util.function.Function<Long, String> categoryName) {
        List<Candidate> overall = overall(ranking);
        java.util.Set<Long> taken = new java.util.HashSet<>();
        List<TierProposal> out = new ArrayList<>();
        List<ProgramView.PrizeTierView> ordered = tiers.stream()
                .sorted(Comparator.comparingInt(ProgramView.PrizeTierView::rank)
                        .thenComparing(t -> t.categoryId() == null ? 0L : t.categoryId())
                        .thenComparingLong(ProgramView.PrizeTierView::id))
                .toList();
        for (ProgramView.PrizeTierView tier : ordered) {
            List<Candidate> candidates = tier.categoryId() == null
                    ? overall
                    : ranking.stream()
                            .filter(c -> tier.categoryId().equals(c.categoryId()))
                            .sorted(Comparator.comparingInt(Candidate::rank).thenComparingLong(Candidate::entryId))
                            .toList();
            List<Candidate> pool = candidates.stream()
                    .filter(c -> !taken.contains(c.entryId()))
                    .toList();
            List<Candidate> proposed = pool.subList(0, Math.min(pool.size(), tier.count()));
            List<Candidate> tied = List.of();
            if (!proposed.isEmpty()
                    && proposed.size() < pool.size()
                    && pool.get(proposed.size()).rank()
                            == proposed.get(proposed.size() - 1).rank()) {
                int boundary = proposed.get(proposed.size() - 1).rank();
                tied = pool.stream().filter(c -> c.rank() == boundary).toList();
            }
            proposed.forEach(c -> taken.add(c.entryId()));
            out.add(new TierProposal(
                    tier.id(),
                    tier.name(),
                    tier.rank(),
                    tier.count(),
                    tier.categoryId(),
                    tier.categoryId() == null ? null : categoryName.apply(tier.categoryId()),
                    List.copyOf(proposed),
                    tied,
                    candidates));
        }
        return out;
    }

    /** All categories together: re-ranked by score (two decimals), ties sharing a rank; per-category order kept within a tie. */
    static List<Candidate> overall(List<Candidate> ranking) {
        List<Candidate> sorted = ranking.stream()
                .sorted(Comparator.comparingDouble((Candidate c) -> -round2(c.score()))
                        .thenComparingInt(Candidate::rank)
                        .thenComparingLong(Candidate::entryId))
                .toList();
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Candidate c = sorted.get(i);
            int rank = i > 0 && round2(sorted.get(i - 1).score()) == round2(c.score())
                    ? out.get(i - 1).rank()
                    : i + 1;
            out.add(new Candidate(c.entryId(), c.title(), c.organization(), c.categoryId(), rank, c.score()));
        }
        return out;
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
