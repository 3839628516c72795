package org.laurel.programs;

import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.laurel.shared.PageView;
import org.laurel.shared.Principals;

/** Programs. Requests are validated by the service, so shape and cross-field problems come back together. */
@Tag(name = "Programs")
@org.laurel.shared.ProblemResponses
@Controller("/api/programs")
@ExecuteOn(TaskExecutors.BLOCKING)
class ProgramController {

    private final ProgramService programs;
    private final org.laurel.audit.AuditTrail audit;
    private final org.laurel.audit.AuditChain chain;

    ProgramController(ProgramService programs, org.laurel.audit.AuditTrail audit, org.laurel.audit.AuditChain chain) {
        this.programs = programs;
        this.audit = audit;
        this.chain = chain;
    }

    @Operation(summary = "Published programs; organizers also see their drafts")
    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    PageView<ProgramSummary> list(@Nullable Authentication authentication) {
        List<ProgramSummary> items = programs.list(Principals.idOrNull(authentication));
        return new PageView<>(items, items.size());
    }

    @Operation(summary = "One program (drafts only for its organizers)")
    @Get("/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    ProgramView get(long id, @Nullable Authentication authentication) {
        return programs.get(id, Principals.idOrNull(authentication));
    }

    @Operation(summary = "One program by its address")
    @Get("/slug/{slug}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    ProgramView bySlug(String slug, @Nullable Authentication authentication) {
        return programs.getBySlug(slug, Principals.idOrNull(authentication));
    }

    @Operation(summary = "Create an award or competition (draft); the creator organizes it")
    @SecurityRequirement(name = "bearer")
    @Post
    @Secured("ORGANIZER")
    HttpResponse<ProgramView> create(@Body SaveProgramRequest request, Authentication authentication) {
        ProgramView program = programs.create(request, Principals.id(authentication));
        return HttpResponse.created(program, URI.create("/api/programs/" + program.id()));
    }

    @Operation(summary = "Replace a program's call, categories, form and prize tiers")
    @SecurityRequirement(name = "bearer")
    @Put("/{id}")
    @Secured("ORGANIZER")
    ProgramView update(long id, @Body SaveProgramRequest request, Authentication authentication) {
        return programs.update(id, request, Principals.id(authentication));
    }

    @Operation(summary = "Publish a draft program: its page and call become public")
    @SecurityRequirement(name = "bearer")
    @Post("/{id}/publish")
    @Secured("ORGANIZER")
    ProgramView publish(long id, Authentication authentication) {
        return programs.publish(id, Principals.id(authentication));
    }

    @io.swagger.v3.oas.annotations.Operation(
            summary = "The program's audit trail: announcements, corrections, winner changes and more")
    @Get("/{id}/audit")
    @Secured("ORGANIZER")
    PageView<org.laurel.audit.AuditTrail.Item> audit(long id, Authentication authentication) {
        programs.requireOrganizer(id, Principals.id(authentication));
        List<org.laurel.audit.AuditTrail.Item> items = audit.ofProgram(id);
        return new PageView<>(items, items.size());
    }

    @Operation(
            summary =
                    "Verify the audit chain for this program: its records in detail, the rest of the chain only as valid or not")
    @Post("/{id}/audit/verify")
    @Secured("ORGANIZER")
    org.laurel.audit.AuditChain.Verification verifyAudit(long id, Authentication authentication) {
        programs.requireOrganizer(id, Principals.id(authentication));
        return chain.verifyProgram(id);
    }
}
