package org.laurel.entries;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Screening decision; a reason is required when an entry is found ineligible. */
@Serdeable
public record EligibilityRequest(
        @NotNull Boolean eligible,
        @Nullable @Size(max = 1000) String reason) {}
