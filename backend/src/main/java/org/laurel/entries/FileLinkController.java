package org.laurel.entries;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.laurel.shared.Downloads;

/** The attachment links in exports: no sign-in, the signed link is the credential (checked again on use). */
@Tag(name = "Entries")
@org.laurel.shared.ProblemResponses
@Controller("/api/files")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class FileLinkController {

    private final EntryFileLinks links;

    FileLinkController(EntryFileLinks links) {
        this.links = links;
    }

    @Operation(
            summary = "Download an attachment through a signed, expiring link from an export (404 unknown or "
                    + "altered, 410 expired; the person it was made for must still be allowed to download it)")
    @Get("/{token}")
    HttpResponse<StreamedFile> open(String token) {
        EntryService.Download d = links.open(token);
        StreamedFile file = new StreamedFile(d.open(), MediaType.APPLICATION_OCTET_STREAM_TYPE, 0, d.size());
        // Always a download, never rendered here. (The global Referrer-Policy keeps the link from other sites.)
        return HttpResponse.ok(file)
                .header("Content-Disposition", Downloads.attachment(d.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store");
    }
}
