package org.laurel.programs;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
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
    private final ProgramLogos logos;
    private final org.laurel.audit.AuditTrail audit;
    private final org.laurel.audit.AuditChain chain;

    ProgramController(
            ProgramService programs,
            ProgramLogos logos,
            org.laurel.audit.AuditTrail audit,
            org.laurel.audit.AuditChain chain) {
        this.programs = programs;
        this.logos = logos;
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

    @Operation(summary = "Set the program's logo (PNG or JPEG, at most 1 MB and 2000 x 2000 pixels)")
    @SecurityRequirement(name = "bearer")
    @Put(value = "/{id}/logo", consumes = MediaType.MULTIPART_FORM_DATA)
    @Secured("ORGANIZER")
    ProgramView setLogo(long id, CompletedFileUpload file, Authentication authentication) throws IOException {
        // Closing the stream frees the upload's buffers (see EntryController#attach).
        try (InputStream content = file.getInputStream()) {
            return logos.set(id, Principals.id(authentication), content);
        }
    }

    @Operation(summary = "Remove the program's logo")
    @SecurityRequirement(name = "bearer")
    @Delete("/{id}/logo")
    @Secured("ORGANIZER")
    ProgramView removeLogo(long id, Authentication authentication) {
        return logos.remove(id, Principals.id(authentication));
    }

    @Operation(summary = "The program's logo image (public once the program is published)")
    @Get("/{id}/logo")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<StreamedFile> logo(long id, @Nullable Authentication authentication) {
        ProgramLogos.Logo logo = logos.get(id, Principals.idOrNull(authentication));
        return HttpResponse.ok(new StreamedFile(logo.open(), MediaType.of(logo.contentType())))
                .header("Cache-Control", logo.cacheable() ? "public, max-age=86400" : "private, no-store")
                .header("ETag", "\"" + logo.version() + "\"");
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
