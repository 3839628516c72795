package org.laurel.entries;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A screening decision on every entry the screening table's filter matches ({@code status},
 * {@code categoryId}, {@code q}, as in the table). A preview takes it without
 * {@code expectedCount} and says how many entries match; the decision itself must repeat that
 * count, and may repeat the preview's {@code selection} as {@code expectedSelection} (the app
 * always does), so entries that arrived, left or changed meanwhile are never decided unseen, even
 * when the count happens to be the same.
 */
@Serdeable
public record MatchingEligibilityRequest(
        @Nullable EntryStatus status,
        @Nullable Long categoryId,
        @Nullable @Size(max = 200) String q,
        @NotNull Boolean eligible,
        @Nullable @Size(max = 1000) String reason,
        @Nullable @Min(0) @Max(1_000_000) Integer expectedCount,
        @Nullable @Size(max = 64) String expectedSelection) {}
