package org.laurel.programs;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * A program's rules for teams: at most {@code maxSize} people (the owner included, pending
 * invitations counted), and, when {@code exclusive}, a person may be on one team of the program
 * only (as its owner or a member). Used both in requests and in views.
 */
@Serdeable
public record TeamRules(
        @Min(value = 1, message = "A team has at least one person.")
        @Max(value = 20, message = "A team has at most 20 people.")
        int maxSize,

        boolean exclusive) {

    public static final TeamRules DEFAULT = new TeamRules(20, false);
}
