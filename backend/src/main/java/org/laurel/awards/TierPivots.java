package org.laurel.awards;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.laurel.awards.AwardViews.Candidate;
import org.laurel.awards.AwardViews.TierPivot;
import org.laurel.awards.AwardViews.TierProposal;
import org.laurel.programs.ProgramView;

/**
 * The prizes that hang on a single judge: the tiers are proposed again ({@link WinnerProposals},
 * the one home of that rule) from the ranking without each judge in turn, and every entry whose
 * proposed tier changes names the judge. Pure; the rankings come from the judging module.
 */
final class TierPivots {

    private TierPivots() {}

    /** One ranking with a judge left out, as candidates. */
    record Without(String judgeName, List<Candidate> ranking) {}

    static List<TierPivot> find(
            List<ProgramView.PrizeTierView> tiers,
            List<Candidate> official,
            List<Without> without,
            Function<Long, String> categoryName) {
        if (tiers.isEmpty()) {
            return List.of();
        }
        Map<Long, String> before = tierOf(WinnerProposals.propose(tiers, official, categoryName));
        Map<Long, String> titles = new HashMap<>();
        official.forEach(c -> titles.put(c.entryId(), c.title()));
        List<TierPivot> pivots = new ArrayList<>();
        for (Without w : without) {
            Map<Long, String> after = tierOf(WinnerProposals.propose(tiers, w.ranking(), categoryName));
            Set<Long> entries = new LinkedHashSet<>(before.keySet());
            entries.addAll(after.keySet());
            for (long entry : entries) {
                if (!Objects.equals(before.get(entry), after.get(entry))) {
                    pivots.add(new TierPivot(
                            entry,
                            titles.getOrDefault(entry, "?"),
                            w.judgeName(),
                            before.get(entry),
                            after.get(entry)));
                }
            }
        }
        return pivots;
    }

    /** Entry id to the name of the tier it is proposed for (entries tied at a boundary are not counted as in). */
    private static Map<Long, String> tierOf(List<TierProposal> proposals) {
        Map<Long, String> tier = new HashMap<>();
        proposals.forEach(p -> p.proposed().forEach(c -> tier.put(c.entryId(), p.name())));
        return tier;
    }
}
