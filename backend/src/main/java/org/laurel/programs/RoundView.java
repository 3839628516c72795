package org.laurel.programs;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * A round as organizers see it; {@code weightPercent} is each criterion's share of the total.
 * Its name is in the reader's language, and in both under {@code i18n}.
 */
@Serdeable
public record RoundView(
        long id,
        long programId,
        String name,
        int position,
        RoundMode mode,
        AggregationMethod aggregation,
        int trimCount,
        boolean blind,
        int judgesPerEntry,
        @Nullable Integer advanceCount,
        @Nullable Double disputeThreshold,
        @Nullable Instant scoringClosesAt,
        RoundStatus status,
        List<CriterionView> criteria,
        Instant createdAt,
        Instant updatedAt,
        ProgramView.Names i18n) {

    /** This view with its name in {@code language} (services cache the view before that step). */
    public RoundView in(org.laurel.shared.Language language) {
        return new RoundView(
                id,
                programId,
                i18n.name().in(language),
                position,
                mode,
                aggregation,
                trimCount,
                blind,
                judgesPerEntry,
                advanceCount,
                disputeThreshold,
                scoringClosesAt,
                status,
                criteria,
                createdAt,
                updatedAt,
                i18n);
    }

    @Serdeable
    public record CriterionView(
            long id,
            String name,
            @Nullable String description,
            double weight,
            double weightPercent,
            double min,
            double max,
            double step,
            @Nullable Integer tieBreakOrder) {}

    /** Criterion ids in tie-break order. */
    public List<Long> tieBreakCriteria() {
        return criteria.stream()
                .filter(c -> c.tieBreakOrder() != null)
                .sorted(java.util.Comparator.comparing(CriterionView::tieBreakOrder))
                .map(CriterionView::id)
                .toList();
    }
}
