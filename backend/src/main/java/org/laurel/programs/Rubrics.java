package org.laurel.programs;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.laurel.programs.RoundParts.Criterion;
import org.laurel.programs.SaveRoundRequest.CriterionInput;
import org.laurel.shared.FieldError;
import org.laurel.shared.ProblemException;

/** A round's rubric: what a valid one is, how it is stored, and when a locked one counts as changed. */
@Singleton
class Rubrics {

    private final ProgramRepositories.Criteria criteria;

    Rubrics(ProgramRepositories.Criteria criteria) {
        this.criteria = criteria;
    }

    /** A rubric as requested: distinct names and tie-break orders, ranges that steps divide, known ids. */
    void validate(SaveRoundRequest r, List<Criterion> existing) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<Integer> tieBreaks = new HashSet<>();
        Set<Long> ids = new HashSet<>();
        existing.forEach(c -> ids.add(c.id()));
        // A pairwise round ranks by comparisons, not scores, so it alone may have no rubric.
        if (r.criteria().isEmpty() && r.mode() != RoundMode.PAIRWISE) {
            errors.add(new FieldError("criteria", "needs at least one criterion for a scored round"));
        }
        for (int i = 0; i < r.criteria().size(); i++) {
            CriterionInput c = r.criteria().get(i);
            String at = "criteria[" + i + "]";
            if (!names.add(c.name().strip().toLowerCase(Locale.ROOT))) {
                errors.add(new FieldError(at + ".name", "is used twice"));
            }
            if (c.max() <= c.min()) {
                errors.add(new FieldError(at + ".max", "must be greater than min"));
            } else if (c.step() != null) {
                double steps = (c.max() - c.min()) / c.step();
                if (Math.abs(steps - Math.rint(steps)) > 1e-9) {
                    errors.add(new FieldError(at + ".step", "must divide the range from min to max evenly"));
                }
            }
            if (c.tieBreakOrder() != null && !tieBreaks.add(c.tieBreakOrder())) {
                errors.add(new FieldError(at + ".tieBreakOrder", "is used twice"));
            }
            if (c.id() != null && !ids.contains(c.id())) {
                errors.add(new FieldError(at + ".id", "is not a criterion of this round"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException.Invalid(
                    errors.size() == 1
                            ? errors.get(0).field() + " " + errors.get(0).message()
                            : errors.size() + " fields are invalid",
                    errors);
        }
    }

    /** Writes the rubric: new criteria added, existing ones updated, those left out removed. */
    void save(long roundId, List<CriterionInput> inputs, Map<Long, Criterion> existing) {
        Map<Long, Criterion> left = new HashMap<>(existing);
        for (int i = 0; i < inputs.size(); i++) {
            CriterionInput in = inputs.get(i);
            Criterion row = new Criterion(
                    in.id(),
                    roundId,
                    in.name().strip(),
                    in.description() == null || in.description().isBlank()
                            ? null
                            : in.description().strip(),
                    in.weight(),
                    in.min(),
                    in.max(),
                    in.step() == null ? 1 : in.step(),
                    in.tieBreakOrder(),
                    i);
            if (in.id() == null) {
                criteria.save(row);
            } else {
                criteria.update(row);
                left.remove(in.id());
            }
        }
        criteria.deleteAll(left.values());
    }

    /** Whether the request changes a locked rubric (names and descriptions may still change). */
    static boolean changed(List<Criterion> existing, List<CriterionInput> inputs) {
        if (existing.size() != inputs.size()) {
            return true;
        }
        for (int i = 0; i < inputs.size(); i++) {
            Criterion c = existing.get(i);
            CriterionInput in = inputs.get(i);
            double step = in.step() == null ? 1 : in.step();
            if (!c.id().equals(in.id())
                    || c.weight() != in.weight()
                    || c.min() != in.min()
                    || c.max() != in.max()
                    || c.step() != step
                    || !java.util.Objects.equals(c.tieBreakOrder(), in.tieBreakOrder())) {
                return true;
            }
        }
        return false;
    }
}
