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

/** How a finalized round's scores were made, in numbers a reader can follow by hand. */
@Tag(name = "Judging")
@SecurityRequirement(name = "bearer")
@org.laurel.shared.ProblemResponses
@Controller("/api/rounds/{id}/method-statement")
@Secured("ORGANIZER")
@ExecuteOn(TaskExecutors.BLOCKING)
class MethodStatementController {

    private final MethodStatementService statements;

    MethodStatementController(MethodStatementService statements) {
        this.statements = statements;
    }

    @Operation(
            summary = "A finalized round's method statement: scale mapping, weights, trimming, tie-breaks, and"
                    + " each category winner's score worked out from its anonymised cards")
    @Get
    MethodStatement statement(long id, Authentication auth) {
        return statements.forOrganizer(id, Principals.id(auth));
    }
}
