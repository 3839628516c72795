package org.laurel.judging;

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
import java.util.List;
import org.laurel.judging.JudgingViews.DeclareConflictRequest;
import org.laurel.judging.JudgingViews.JudgeEntry;
import org.laurel.judging.JudgingViews.QueueItem;
import org.laurel.judging.JudgingViews.SaveScorecardRequest;
import org.laurel.judging.JudgingViews.ScorecardView;
import org.laurel.shared.PageView;
import org.laurel.shared.Principals;

/** The judge's side: queue, entry, scorecard, conflict declaration. */
@Tag(name = "Judging")
@SecurityRequirement(name = "bearer")
@org.laurel.shared.ProblemResponses
@Controller("/api")
@Secured("JUDGE")
@ExecuteOn(TaskExecutors.BLOCKING)
class JudgeController {

    private final ScoringService scoring;

    JudgeController(ScoringService scoring) {
        this.scoring = scoring;
    }

    @Operation(summary = "My assignments across rounds, with my scorecard status")
    @Get("/judging/queue")
    PageView<QueueItem> queue(Authentication auth) {
        List<QueueItem> items = scoring.queue(Principals.id(auth));
        return new PageView<>(items, items.size());
    }

    @Operation(summary = "An assigned entry (anonymised in blind rounds) with the rubric and my scorecard")
    @Get("/rounds/{roundId}/entries/{entryId}")
    JudgeEntry entry(long roundId, long entryId, Authentication auth) {
        return scoring.entry(roundId, entryId, Principals.id(auth));
    }

    @Operation(summary = "Save or submit my scorecard (while the round is open)")
    @Put("/rounds/{roundId}/entries/{entryId}/scorecard")
    ScorecardView save(long roundId, long entryId, @Valid @Body SaveScorecardRequest request, Authentication auth) {
        return scoring.save(roundId, entryId, Principals.id(auth), request);
    }

    @Operation(summary = "Declare a conflict of interest: the entry leaves my queue")
    @Post("/rounds/{roundId}/entries/{entryId}/conflict")
    HttpResponse<Void> conflict(
            long roundId, long entryId, @Valid @Body DeclareConflictRequest request, Authentication auth) {
        scoring.declareConflict(roundId, entryId, Principals.id(auth), request.reason());
        return HttpResponse.noContent();
    }
}
