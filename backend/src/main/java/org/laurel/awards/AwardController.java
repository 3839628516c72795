package org.laurel.awards;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.laurel.awards.AwardViews.AnnouncementView;
import org.laurel.awards.AwardViews.CertificateCheck;
import org.laurel.awards.AwardViews.Outcome;
import org.laurel.awards.AwardViews.Proposal;
import org.laurel.awards.AwardViews.PublishRequest;
import org.laurel.shared.Downloads;
import org.laurel.shared.Principals;

/** Winners: proposal and publication (organizers), the public winners page, outcomes, certificates. */
@Tag(name = "Winners")
@org.laurel.shared.ProblemResponses
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
class AwardController {

    private final AwardService awards;
    private final OutcomeService outcomes;
    private final PublishedMethodStatements statements;

    AwardController(AwardService awards, OutcomeService outcomes, PublishedMethodStatements statements) {
        this.awards = awards;
        this.outcomes = outcomes;
        this.statements = statements;
    }

    @Operation(
            summary =
                    "Winners proposed per prize tier from the final round's frozen ranking, with ties at tier boundaries")
    @Secured("ORGANIZER")
    @Get("/programs/{programId}/winners/proposal")
    Proposal proposal(long programId, Authentication auth) {
        return awards.proposal(programId, Principals.id(auth));
    }

    @Operation(
            summary =
                    "Publish the winners as version n+1 (a correction needs a note; departing from the ranking needs a reason)")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "The published version")
    @Secured("ORGANIZER")
    @Post("/programs/{programId}/announcements")
    HttpResponse<AnnouncementView> publish(long programId, @Valid @Body PublishRequest request, Authentication auth) {
        return HttpResponse.created(awards.publish(programId, request, Principals.id(auth)));
    }

    @Operation(summary = "Every published version, newest first")
    @Secured("ORGANIZER")
    @Get("/programs/{programId}/announcements")
    List<AnnouncementView> history(long programId, Authentication auth) {
        return awards.history(programId, Principals.id(auth));
    }

    @Operation(summary = "The public winners page: the latest version, or ?version=n")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Get("/public/programs/{slug}/winners")
    AnnouncementView winners(String slug, @Nullable @QueryValue Integer version) {
        return awards.publicWinners(slug, version);
    }

    @Operation(
            summary = "How the published winners were scored: the final round's method statement (worked scores only"
                    + " when the winners were published with scores)")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Get("/public/programs/{slug}/method-statement")
    org.laurel.judging.MethodStatement methodStatement(String slug) {
        return statements.statement(slug);
    }

    @Operation(summary = "My entry's outcome, certificate code and (once released) the judges' feedback")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get("/entries/{entryId}/outcome")
    Outcome outcome(long entryId, Authentication auth) {
        return outcomes.outcome(entryId, Principals.id(auth));
    }

    @Operation(summary = "A winner's certificate as PDF")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Get(value = "/certificates/{code}", produces = "application/pdf")
    HttpResponse<byte[]> certificate(String code) {
        byte[] pdf = outcomes.pdf(code);
        return HttpResponse.ok(pdf)
                .contentType(MediaType.of("application/pdf"))
                .header("Content-Disposition", Downloads.inline("certificate-" + code + ".pdf"));
    }

    @Operation(summary = "Verify a certificate code")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Get("/public/certificates/{code}")
    CertificateCheck check(String code) {
        return outcomes.check(code);
    }
}
