package org.laurel.entries;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
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
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import org.laurel.audit.AuditTrail;
import org.laurel.entries.EntryViews.AttachmentView;
import org.laurel.entries.EntryViews.EntrySummary;
import org.laurel.entries.EntryViews.EntryView;
import org.laurel.shared.ArrivalTime;
import org.laurel.shared.Downloads;
import org.laurel.shared.PageView;
import org.laurel.shared.Principals;

/** One entry, for its applicant and for the organizers screening it. */
@Tag(name = "Entries")
@SecurityRequirement(name = "bearer")
@org.laurel.shared.ProblemResponses
@Controller("/api/entries")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class EntryController {

    private final EntryService entries;
    private final ScreeningService screening;
    private final AuditTrail audit;

    EntryController(EntryService entries, ScreeningService screening, AuditTrail audit) {
        this.entries = entries;
        this.screening = screening;
        this.audit = audit;
    }

    @Operation(summary = "My entries, newest activity first")
    @Get("/mine")
    @Secured("APPLICANT")
    PageView<EntrySummary> mine(Authentication auth) {
        List<EntrySummary> items = entries.mine(Principals.id(auth));
        return new PageView<>(items, items.size());
    }

    @Operation(summary = "One entry with its files and timeline (its applicant, or organizers once submitted)")
    @Get("/{id}")
    EntryView get(long id, Authentication auth) {
        return entries.get(id, Principals.id(auth));
    }

    @Operation(summary = "Save the entry (while DRAFT or SUBMITTED and the window is open)")
    @Put("/{id}")
    EntryView update(long id, @Body SaveEntryRequest request, Authentication auth, HttpRequest<?> http) {
        return entries.update(id, request, Principals.id(auth), ArrivalTime.of(http));
    }

    @Operation(summary = "Submit the entry; refused with 409 once the window has closed")
    @Post("/{id}/submit")
    EntryView submit(long id, Authentication auth, HttpRequest<?> http) {
        return entries.submit(id, Principals.id(auth), ArrivalTime.of(http));
    }

    @Operation(summary = "Withdraw the entry (any time before results)")
    @Post("/{id}/withdraw")
    EntryView withdraw(long id, Authentication auth) {
        return entries.withdraw(id, Principals.id(auth));
    }

    @Operation(summary = "Screening decision on one entry")
    @Post("/{id}/eligibility")
    @Secured("ORGANIZER")
    EntryView eligibility(long id, @Valid @Body EligibilityRequest request, Authentication auth) {
        return screening.decide(id, request, Principals.id(auth));
    }

    @Operation(summary = "The entry's audit trail across rounds: assignments, conflicts, every scorecard change")
    @Get("/{id}/audit")
    @Secured("ORGANIZER")
    PageView<AuditTrail.Item> audit(long id, Authentication auth) {
        entries.requireOrganizerOf(id, Principals.id(auth));
        List<AuditTrail.Item> items = audit.ofEntry(id);
        return new PageView<>(items, items.size());
    }

    @Operation(summary = "Attach a file (PDF, PNG, JPEG, PPTX, DOCX or MP4; checked by content)")
    @Post(value = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<AttachmentView> attach(
            long id,
            CompletedFileUpload file,
            @Nullable @Part("fieldKey") String fieldKey,
            Authentication auth,
            HttpRequest<?> http) {
        // getInputStream() hands the upload's buffers over to the stream: closing the stream frees
        // them, and discard() after it would free them twice (Netty then logs IllegalReferenceCountException).
        try (InputStream content = file.getInputStream()) {
            // Multipart parts bypass the JSON and form checks: the same text rule, applied here.
            org.laurel.shared.Text.require("fieldKey", fieldKey);
            org.laurel.shared.Text.require("file", file.getFilename());
            AttachmentView view = entries.attach(
                    id,
                    fieldKey == null || fieldKey.isBlank() ? null : fieldKey,
                    file.getFilename(),
                    content,
                    Principals.id(auth),
                    ArrivalTime.of(http));
            return HttpResponse.created(view, URI.create("/api/entries/" + id + "/attachments/" + view.id()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Operation(summary = "Download an attachment")
    @Get("/{id}/attachments/{attachmentId}")
    HttpResponse<StreamedFile> download(long id, long attachmentId, Authentication auth) {
        EntryService.Download d = entries.download(id, attachmentId, Principals.id(auth));
        // Streamed from the store (a file or a bucket) straight to the client; never held in memory.
        StreamedFile file = new StreamedFile(d.open(), MediaType.of(d.contentType()), 0, d.size());
        return HttpResponse.ok(file)
                .header("Content-Disposition", Downloads.attachment(d.fileName()))
                .header("Cache-Control", "private, no-store");
    }

    /**
     * Only these are shown in the page: the browser renders them itself, none can carry script
     * that runs. SVG and HTML can, so they (and every other type) stay downloads.
     */
    static final java.util.Set<String> PREVIEWABLE =
            java.util.Set.of("application/pdf", "image/png", "image/jpeg", "image/gif", "image/webp");

    @Operation(
            summary = "Preview an attachment in the page (whoever may download it): PDF and PNG, JPEG, GIF or "
                    + "WebP images inline, in a sandbox that runs no script and only this site may frame; "
                    + "any other type as a download")
    @Get("/{id}/attachments/{attachmentId}/preview")
    HttpResponse<StreamedFile> preview(long id, long attachmentId, Authentication auth) {
        EntryService.Download d = entries.download(id, attachmentId, Principals.id(auth));
        boolean inline = PREVIEWABLE.contains(d.contentType());
        MediaType type = inline ? MediaType.of(d.contentType()) : MediaType.APPLICATION_OCTET_STREAM_TYPE;
        StreamedFile file = new StreamedFile(d.open(), type, 0, d.size());
        // The sandboxing Content-Security-Policy and the framing rule are ResponseHeaders' (PREVIEW).
        return HttpResponse.ok(file)
                .header(
                        "Content-Disposition",
                        inline ? Downloads.inline(d.fileName()) : Downloads.attachment(d.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store");
    }

    @Operation(summary = "Remove an attachment (while the entry is editable)")
    @Delete("/{id}/attachments/{attachmentId}")
    HttpResponse<Void> detach(long id, long attachmentId, Authentication auth, HttpRequest<?> http) {
        entries.detach(id, attachmentId, Principals.id(auth), ArrivalTime.of(http));
        return HttpResponse.noContent();
    }
}
