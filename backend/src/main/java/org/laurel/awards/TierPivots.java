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
        Map<Long, Slot> before = slots(WinnerProposals.propose(tiers, official, categoryName));
        Map<Long, String> titles = new HashMap<>();
        official.forEach(c -> titles.put(c.entryId(), c.title()));
        List<TierPivot> pivots = new ArrayList<>();
        for (Without w : without) {
            Map<Long, Slot> after = slots(WinnerProposals.propose(tiers, w.ranking(), categoryName));
            Set<Long> entries = new LinkedHashSet<>(before.keySet());
            entries.addAll(after.keySet());
            for (long entry : entries) {
                Slot was = before.get(entry);
                Slot would = after.get(entry);
                if (!Objects.equals(was, would)) {
                    pivots.add(new TierPivot(
                            entry,
                            titles.getOrDefault(entry, "?"),
                            w.judgeName(),
                            was == null ? null : was.name(),
                            would == null ? null : would.name(),
                            would != null && would.tied()));
                }
            }
        }
        return pivots;
    }

    /** Where an entry stands: the tier (by id, names may repeat) it is proposed for, or tied for at its last place. */
    record Slot(long tierId, String name, boolean tied) {}

    /**
     * Entry id to its slot. An entry in a tie at a tier's last place is "tied" for that tier whether
     * or not the proposal happened to take it: who gets the place is then the organizer's call. Tiers
     * come best first, so an entry tied for a higher tier keeps that slot over a lower one.
     */
    private static Map<Long, Slot> slots(List<TierProposal> proposals) {
        Map<Long, Slot> slots = new HashMap<>();
        for (TierProposal p : proposals) {
            Set<Long> tied = new java.util.HashSet<>();
            p.tiedAtBoundary().forEach(c -> tied.add(c.entryId()));
            p.proposed()
                    .forEach(c ->
                            slots.putIfAbsent(c.entryId(), new Slot(p.tierId(), p.name(), tied.contains(c.entryId()))));
            p.tiedAtBoundary().forEach(c -> slots.putIfAbsent(c.entryId(), new Slot(p.tierId(), p.name(), true)));
        }
        return slots;
    }
}
