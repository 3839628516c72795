package org.laurel.programs;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.laurel.shared.LocalizedText;
import org.laurel.shared.TextRules.RequiredText;
import org.laurel.shared.TextRules.TextSize;

/**
 * Create or change a round. Criteria with an {@code id} are kept; the rubric changes only while DRAFT.
 * The name may be a plain string or {@code {"zh-CN", "en"}}.
 */
@Serdeable
public record SaveRoundRequest(
        @RequiredText @TextSize(max = 100) LocalizedText name,
        @NotNull RoundMode mode,
        // At least one, except in a PAIRWISE round (Rubrics checks).
        @NotNull @Size(max = 20) List<@Valid @NotNull CriterionInput> criteria,
        @NotNull AggregationMethod aggregation,
        @Nullable @Min(0) @Max(5) Integer trimCount,
        boolean blind,
        @Nullable @Min(1) @Max(50) Integer judgesPerEntry,
        @Nullable @Min(1) @Max(10_000) Integer advanceCount,

        @Nullable @DecimalMin("0") @jakarta.validation.constraints.DecimalMax("100")
        Double disputeThreshold,

        // When scoring ends (scorecards no longer change after it); optional, and movable while open.
        @Nullable java.time.Instant scoringClosesAt) {

    @Serdeable
    public record CriterionInput(
            @Nullable Long id,
            @NotBlank @Size(max = 100) String name,
            @Nullable @Size(max = 1000) String description,
            @NotNull @Positive Double weight,
            @NotNull Double min,
            @NotNull Double max,
            @Nullable @Positive Double step,
            @Nullable @Min(1) @Max(20) Integer tieBreakOrder) {}
}
