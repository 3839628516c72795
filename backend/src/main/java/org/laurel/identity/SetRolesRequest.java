package org.laurel.identity;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import java.util.Set;

/** The complete set of roles a person should hold afterwards (an empty set suspends the account). */
@Serdeable
public record SetRolesRequest(@NotNull Set<@NotNull Role> roles) {}
