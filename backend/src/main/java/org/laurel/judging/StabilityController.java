package org.laurel.judging;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.laurel.shared.Principals;

/** How far a round's ranking can be trusted: rank intervals and the judges decisions hang on. */
@Tag(name = "Judging")
@SecurityRequirement(name = "bearer")
@org.laurel.shared.ProblemResponses
@Controller("/api/rounds/{id}/results/stability")
@Secured("ORGANIZER")
@ExecuteOn(TaskExecutors.BLOCKING)
class StabilityController {

    private final StabilityService stability;

    StabilityController(StabilityService stability) {
        this.stability = stability;
    }

    @Operation(
            summary = "Each entry's rank interval (bootstrap, 1,000 resamples, fixed seed) and the judges whose"
                    + " absence alone would move it across the line (top N per category, or the podium)")
    @Get
    StabilityView stability(long id, Authentication auth) {
        return stability.stability(id, Principals.id(auth));
    }
}
