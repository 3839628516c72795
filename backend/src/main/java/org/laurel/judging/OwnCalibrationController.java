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

/** A judge's own figures against the panel, once the round is finalized ({@link OwnCalibration}). */
@Tag(name = "Judging")
@SecurityRequirement(name = "bearer")
@org.laurel.shared.ProblemResponses
@Controller("/api/rounds/{id}/calibration/me")
@Secured("JUDGE")
@ExecuteOn(TaskExecutors.BLOCKING)
class OwnCalibrationController {

    private final OwnCalibration calibration;

    OwnCalibrationController(OwnCalibration calibration) {
        this.calibration = calibration;
    }

    @Operation(
            summary = "Once a round is finalized, how I scored against the rest of its panel: my mean and spread,"
                    + " leniency and agreement on the entries we shared (about me only)")
    @Get
    OwnCalibration.View mine(long id, Authentication auth) {
        return calibration.mine(id, Principals.id(auth));
    }
}
