package org.laurel.programs;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
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
import org.laurel.programs.ProgramImages.Kind;
import org.laurel.shared.Principals;

/** A program's images: its logo (public with the program) and its certificates' signature (organizers only). */
@Tag(name = "Programs")
@org.laurel.shared.ProblemResponses
@Controller("/api/programs/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
class ProgramImageController {

    private final ProgramImages images;

    ProgramImageController(ProgramImages images) {
        this.images = images;
    }

    @Operation(summary = "Set the program's logo (PNG or JPEG, at most 1 MB and 2000 x 2000 pixels)")
    @SecurityRequirement(name = "bearer")
    @Put(value = "/logo", consumes = MediaType.MULTIPART_FORM_DATA)
    @Secured("ORGANIZER")
    ProgramView setLogo(long id, CompletedFileUpload file, Authentication authentication) throws IOException {
        return set(Kind.LOGO, id, file, authentication);
    }

    @Operation(summary = "Remove the program's logo")
    @SecurityRequirement(name = "bearer")
    @Delete("/logo")
    @Secured("ORGANIZER")
    ProgramView removeLogo(long id, Authentication authentication) {
        return images.remove(Kind.LOGO, id, Principals.id(authentication));
    }

    @Operation(summary = "The program's logo image (public once the program is published)")
    @Get("/logo")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<StreamedFile> logo(long id, @Nullable Authentication authentication) {
        return send(images.get(Kind.LOGO, id, Principals.idOrNull(authentication)));
    }

    @Operation(
            summary = "Set the signature printed on the program's certificates (PNG or JPEG, at most 1 MB and"
                    + " 2000 x 2000 pixels)")
    @SecurityRequirement(name = "bearer")
    @Put(value = "/signature", consumes = MediaType.MULTIPART_FORM_DATA)
    @Secured("ORGANIZER")
    ProgramView setSignature(long id, CompletedFileUpload file, Authentication authentication) throws IOException {
        return set(Kind.SIGNATURE, id, file, authentication);
    }

    @Operation(summary = "Remove the certificates' signature")
    @SecurityRequirement(name = "bearer")
    @Delete("/signature")
    @Secured("ORGANIZER")
    ProgramView removeSignature(long id, Authentication authentication) {
        return images.remove(Kind.SIGNATURE, id, Principals.id(authentication));
    }

    @Operation(summary = "The certificates' signature image (the program's organizers only; never public)")
    @SecurityRequirement(name = "bearer")
    @Get("/signature")
    @Secured("ORGANIZER")
    HttpResponse<StreamedFile> signature(long id, Authentication authentication) {
        return send(images.get(Kind.SIGNATURE, id, Principals.id(authentication)));
    }

    private ProgramView set(Kind kind, long id, CompletedFileUpload file, Authentication authentication)
            throws IOException {
        // Closing the stream frees the upload's buffers (see EntryController#attach).
        try (InputStream content = file.getInputStream()) {
            return images.set(kind, id, Principals.id(authentication), content);
        }
    }

    private static HttpResponse<StreamedFile> send(ProgramImages.Image image) {
        return HttpResponse.ok(new StreamedFile(image.open(), MediaType.of(image.contentType())))
                .header("Cache-Control", image.cacheable() ? "public, max-age=86400" : "private, no-store")
                .header("ETag", "\"" + image.version() + "\"");
    }
}
