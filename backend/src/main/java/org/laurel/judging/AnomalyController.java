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

/** Scorecard patterns worth a second look: affinity, copy-paste scoring, hasty cards, extreme deviations. */
@Tag(name = "Judging")
@SecurityRequirement(name = "bearer")
@org.laurel.shared.ProblemResponses
@Controller("/api/rounds/{id}/results/anomalies")
@Secured("ORGANIZER")
@ExecuteOn(TaskExecutors.BLOCKING)
class AnomalyController {

    private final AnomalyService anomalies;

    AnomalyController(AnomalyService anomalies) {
        this.anomalies = anomalies;
    }

    @Operation(
            summary = "Patterns worth a second look, each explained and none changing a result: a judge leaning"
                    + " towards entries of their own organization, email domain or region; identical cards; cards"
                    + " submitted seconds after the entry was first opened; extreme deviations (|robust z| > 3)")
    @Get
    AnomalyView anomalies(long id, Authentication auth) {
        return anomalies.anomalies(id, Principals.id(auth));
    }
}
