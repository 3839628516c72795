package org.laurel.entries;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

@Serdeable
public record BulkEligibilityRequest(
        @NotEmpty @Size(max = 500) List<@NotNull Long> entryIds,
        @NotNull Boolean eligible,
        @Nullable @Size(max = 1000) String reason) {}
