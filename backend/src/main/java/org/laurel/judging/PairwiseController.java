package org.laurel.judging;

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
import java.util.List;
import org.laurel.judging.PairwiseViews.DecisionRequest;
import org.laurel.judging.PairwiseViews.Floor;
import org.laurel.judging.PairwiseViews.MyRound;
import org.laurel.judging.PairwiseViews.TableRequest;
import org.laurel.judging.PairwiseViews.Walk;
import org.laurel.shared.PageView;
import org.laurel.shared.Principals;

/** Pairwise expo judging: the judge's walk from table to table, and the organizer's view of the floor. */
@Tag(name = "Judging")
@SecurityRequirement(name = "bearer")
@org.laurel.shared.ProblemResponses
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
class PairwiseController {

    private final PairwiseService walks;
    private final PairwiseFloor floors;
    private final PairwiseRounds rounds;

    PairwiseController(PairwiseService walks, PairwiseFloor floors, PairwiseRounds rounds) {
        this.walks = walks;
        this.floors = floors;
        this.rounds = rounds;
    }

    @Operation(summary = "The pairwise rounds I judge on the floor")
    @Secured("JUDGE")
    @Get("/judging/pairwise")
    PageView<MyRound> mine(Authentication auth) {
        List<MyRound> items = rounds.mine(Principals.id(auth));
        return new PageView<>(items, items.size());
    }

    @Operation(summary = "My walk in a pairwise round: the table I am at, the last one, what I may say")
    @Secured("JUDGE")
    @Get("/rounds/{roundId}/pairwise/me")
    Walk walk(long roundId, Authentication auth) {
        return walks.walk(roundId, Principals.id(auth));
    }

    @Operation(summary = "Say which of my last two tables was better, skip this one, or move on")
    @Secured("JUDGE")
    @Post("/rounds/{roundId}/pairwise/me/decisions")
    Walk decide(long roundId, @Valid @Body DecisionRequest request, Authentication auth) {
        return walks.decide(roundId, Principals.id(auth), request);
    }

    @Operation(summary = "The floor: every table's strength, uncertainty and comparisons; every judge's position")
    @Secured("ORGANIZER")
    @Get("/rounds/{roundId}/pairwise/floor")
    Floor floor(long roundId, Authentication auth) {
        return floors.floor(roundId, Principals.id(auth));
    }

    @Operation(summary = "Relabel a table, or mark its team absent or back")
    @Secured("ORGANIZER")
    @Put("/rounds/{roundId}/pairwise/tables/{entryId}")
    Floor table(long roundId, long entryId, @Valid @Body TableRequest request, Authentication auth) {
        return floors.changeTable(roundId, entryId, request, Principals.id(auth));
    }
}
