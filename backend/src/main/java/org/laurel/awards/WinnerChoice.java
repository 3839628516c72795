package org.laurel.awards;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.laurel.awards.AwardViews.Candidate;
import org.laurel.awards.AwardViews.PublishRequest;
import org.laurel.awards.AwardViews.TierProposal;
import org.laurel.awards.AwardViews.WinnerInput;
import org.laurel.programs.ProgramView;
import org.laurel.shared.FieldError;
import org.laurel.shared.ProblemException;

/** The rules an organizer's choice of winners must meet, and when it departs from the ranking's proposal; pure. */
final class WinnerChoice {

    private WinnerChoice() {}

    /** Every chosen winner is a contender, named once, in a tier of its category; no tier has more winners than places. */
    static void validate(
            PublishRequest request, Map<Long, ProgramView.PrizeTierView> tiers, Map<Long, Candidate> contenders) {
        List<FieldError> errors = new ArrayList<>();
        Map<Long, Integer> perTier = new HashMap<>();
        Set<Long> seen = new java.util.HashSet<>();
        for (int i = 0; i < request.winners().size(); i++) {
            WinnerInput w = request.winners().get(i);
            ProgramView.PrizeTierView tier = tiers.get(w.prizeTierId());
            Candidate c = contenders.get(w.entryId());
            if (tier == null) {
                errors.add(new FieldError("winners[" + i + "].prizeTierId", "is not a prize tier of this program"));
            }
            if (c == null) {
                errors.add(new FieldError(
                        "winners[" + i + "].entryId",
                        "entry " + w.entryId() + " is not ranked in the final round, or no longer competes"));
            } else if (!seen.add(w.entryId())) {
                errors.add(new FieldError("winners[" + i + "].entryId", "entry " + w.entryId() + " is listed twice"));
            }
            if (tier != null
                    && c != null
                    && tier.categoryId() != null
                    && !tier.categoryId().equals(c.categoryId())) {
                errors.add(new FieldError("winners[" + i + "].prizeTierId", tier.name() + " is for another category"));
            }
            if (tier != null) {
                perTier.merge(tier.id(), 1, Integer::sum);
            }
        }
        perTier.forEach((id, n) -> {
            ProgramView.PrizeTierView tier = tiers.get(id);
            if (n > tier.count()) {
                errors.add(new FieldError(
                        "winners",
                        tier.name() + " has " + tier.count() + " place" + (tier.count() == 1 ? "" : "s") + "; " + n
                                + " winners given"));
            }
        });
        if (!errors.isEmpty()) {
            throw new ProblemException.Invalid(
                    errors.size() == 1 ? errors.get(0).message() : errors.size() + " winners are invalid", errors);
        }
    }

    /**
     * Whether the chosen winners differ from the ranking's proposal: another entry, another tier,
     * a place left empty. Settling a tie at a tier's last place between the tied entries is not a
     * departure: the ranking cannot tell them apart.
     */
    static boolean departs(List<WinnerInput> chosen, List<TierProposal> proposal) {
        Map<Long, Set<Long>> givenByTier = new HashMap<>();
        chosen.forEach(w -> givenByTier
                .computeIfAbsent(w.prizeTierId(), k -> new java.util.HashSet<>())
                .add(w.entryId()));
        Set<Long> tiers = new java.util.HashSet<>(givenByTier.keySet());
        for (TierProposal t : proposal) {
            tiers.remove(t.tierId());
            Set<Long> given = givenByTier.getOrDefault(t.tierId(), Set.of());
            Set<Long> allowed = new java.util.HashSet<>();
            t.proposed().forEach(c -> allowed.add(c.entryId()));
            t.tiedAtBoundary().forEach(c -> allowed.add(c.entryId()));
            if (given.size() != t.proposed().size() || !allowed.containsAll(given)) {
                return true;
            }
            Set<Long> sure = new java.util.HashSet<>();
            t.proposed().stream()
                    .filter(c -> t.tiedAtBoundary().stream().noneMatch(x -> x.entryId() == c.entryId()))
                    .forEach(c -> sure.add(c.entryId()));
            if (!given.containsAll(sure)) {
                return true;
            }
        }
        return !tiers.isEmpty();
    }
}
