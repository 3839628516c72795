package org.laurel.identity;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

/** {@code active: false} deactivates the account, {@code true} reactivates it. */
@Serdeable
public record SetStatusRequest(@NotNull Boolean active) {}
