package org.laurel.programs;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.laurel.shared.PageView;
import org.laurel.shared.Principals;

@Tag(name = "Rounds")
@SecurityRequirement(name = "bearer")
@org.laurel.shared.ProblemResponses
@Controller("/api")
@Secured("ORGANIZER")
@ExecuteOn(TaskExecutors.BLOCKING)
class RoundController {

    private final RoundService rounds;

    RoundController(RoundService rounds) {
        this.rounds = rounds;
    }

    @Operation(summary = "Add a round of judging with its rubric (DRAFT)")
    @Post("/programs/{programId}/rounds")
    HttpResponse<RoundView> create(long programId, @Valid @Body SaveRoundRequest request, Authentication auth) {
        RoundView round = rounds.create(programId, request, Principals.id(auth));
        return HttpResponse.created(round, URI.create("/api/rounds/" + round.id()));
    }

    @Operation(summary = "The program's rounds in order")
    @Get("/programs/{programId}/rounds")
    PageView<RoundView> list(long programId, Authentication auth) {
        List<RoundView> items = rounds.list(programId, Principals.id(auth));
        return new PageView<>(items, items.size());
    }

    @Operation(summary = "One round")
    @Get("/rounds/{id}")
    RoundView get(long id, Authentication auth) {
        return rounds.get(id, Principals.id(auth));
    }

    @Operation(summary = "Change a round (the rubric only while DRAFT; the method until finalized)")
    @Put("/rounds/{id}")
    RoundView update(long id, @Valid @Body SaveRoundRequest request, Authentication auth) {
        return rounds.update(id, request, Principals.id(auth));
    }
}
