package org.laurel.entries;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
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
import java.util.Map;
import org.laurel.entries.EntryViews.BulkOutcome;
import org.laurel.entries.EntryViews.EntryView;
import org.laurel.entries.EntryViews.ScreeningRow;
import org.laurel.shared.ArrivalTime;
import org.laurel.shared.FieldError;
import org.laurel.shared.PageView;
import org.laurel.shared.Paging;
import org.laurel.shared.Principals;
import org.laurel.shared.ProblemException;

/** A program's entries: applicants start one; organizers screen and export them. */
@Tag(name = "Entries")
@SecurityRequirement(name = "bearer")
@org.laurel.shared.ProblemResponses
@Controller("/api/programs/{programId}/entries")
@ExecuteOn(TaskExecutors.BLOCKING)
class ProgramEntriesController {

    /** Sortable columns of the screening table, by their API names. */
    private static final Map<String, String> SORTABLE = Map.of(
            "submittedAt",
            "submittedAt",
            "updatedAt",
            "updatedAt",
            "title",
            "title",
            "status",
            "status",
            "organization",
            "organization",
            "id",
            "id");

    private final EntryService entries;
    private final ScreeningService screening;
    private final BulkScreening bulk;
    private final EntryExport export;

    private final org.laurel.shared.ReaderLanguage reader;

    ProgramEntriesController(
            EntryService entries,
            ScreeningService screening,
            BulkScreening bulk,
            EntryExport export,
            org.laurel.shared.ReaderLanguage reader) {
        this.entries = entries;
        this.screening = screening;
        this.bulk = bulk;
        this.export = export;
        this.reader = reader;
    }

    @Operation(summary = "Start an entry (DRAFT) while the program's window is open")
    @Post
    @Secured("APPLICANT")
    HttpResponse<EntryView> create(
            long programId, @Body SaveEntryRequest request, Authentication auth, HttpRequest<?> http) {
        EntryView entry = entries.create(programId, request, Principals.id(auth), ArrivalTime.of(http));
        return HttpResponse.created(entry, URI.create("/api/entries/" + entry.id()));
    }

    @Operation(summary = "Screening table: submitted entries with filters, sorting (e.g. sort=title,asc) and paging")
    @Get
    @Secured("ORGANIZER")
    PageView<ScreeningRow> screen(
            long programId,
            @Nullable @QueryValue EntryStatus status,
            @Nullable @QueryValue Long categoryId,
            @Nullable @QueryValue String q,
            @Nullable @QueryValue String sort,
            @Nullable @QueryValue Integer page,
            @Nullable @QueryValue Integer size,
            Authentication auth) {
        Pageable paging = Paging.of(page, size);
        return screening.screen(
                programId,
                Principals.id(auth),
                status,
                categoryId,
                q,
                Pageable.from(paging.getNumber(), paging.getSize(), sortOf(sort)));
    }

    @Operation(summary = "Mark several entries eligible or ineligible; each entry's outcome is reported")
    @Post("/eligibility")
    @Secured("ORGANIZER")
    PageView<BulkOutcome> bulkEligibility(
            long programId, @Valid @Body BulkEligibilityRequest request, Authentication auth) {
        List<BulkOutcome> outcomes = bulk.decideMany(programId, request, Principals.id(auth));
        return new PageView<>(outcomes, outcomes.size());
    }

    @Operation(
            summary = "Screening tabs: how many entries of each status match the category and text filters "
                    + "(one grouped count; never drafts)")
    @Get("/counts")
    @Secured("ORGANIZER")
    EntryViews.ScreeningCounts counts(
            long programId,
            @Nullable @QueryValue Long categoryId,
            @Nullable @QueryValue String q,
            Authentication auth) {
        return screening.counts(programId, Principals.id(auth), categoryId, q);
    }

    @Operation(
            summary = "Preview a decision on every entry the filter matches: how many match, would change, "
                    + "or would be refused (listed with the reason); nothing is saved")
    @Post("/eligibility/matching/preview")
    @Secured("ORGANIZER")
    EntryViews.BulkReport previewMatching(
            long programId, @Valid @Body MatchingEligibilityRequest request, Authentication auth) {
        return bulk.previewMatching(programId, request, Principals.id(auth));
    }

    @Operation(
            summary = "Mark every entry the filter matches eligible or ineligible, in one transaction; "
                    + "expectedCount must repeat the preview's count (409 selection-changed otherwise); "
                    + "each entry's outcome is reported, refusals included")
    @Post("/eligibility/matching")
    @Secured("ORGANIZER")
    EntryViews.BulkReport decideMatching(
            long programId, @Valid @Body MatchingEligibilityRequest request, Authentication auth) {
        return bulk.decideMatching(programId, request, Principals.id(auth));
    }

    @Operation(summary = "Download the screening table (same filters) as CSV or XLSX, in the Accept-Language")
    @Get("/export")
    @Secured("ORGANIZER")
    HttpResponse<io.micronaut.http.server.types.files.StreamedFile> export(
            long programId,
            @Nullable @QueryValue String format,
            @Nullable @QueryValue EntryStatus status,
            @Nullable @QueryValue Long categoryId,
            @Nullable @QueryValue String q,
            Authentication auth) {
        return export.export(
                programId,
                Principals.id(auth),
                status,
                categoryId,
                q,
                org.laurel.shared.TableExport.format(format),
                org.laurel.shared.ExportLabels.of(reader.current()));
    }

    private static Sort sortOf(@Nullable String sort) {
        if (sort == null || sort.isBlank()) {
            return Sort.of(Sort.Order.asc("submittedAt"), Sort.Order.asc("id"));
        }
        String[] parts = sort.split(",");
        String property = SORTABLE.get(parts[0].strip());
        boolean desc = parts.length > 1 && parts[1].strip().equalsIgnoreCase("desc");
        if (property == null || parts.length > 1 && !desc && !parts[1].strip().equalsIgnoreCase("asc")) {
            throw new ProblemException.Invalid(
                    "Cannot sort by " + sort,
                    List.of(new FieldError(
                            "sort",
                            "use one of " + String.join(", ", SORTABLE.keySet())
                                    + ", optionally followed by ,asc or ,desc")));
        }
        return Sort.of(desc ? Sort.Order.desc(property) : Sort.Order.asc(property), Sort.Order.asc("id"));
    }
}
