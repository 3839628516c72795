package org.laurel.judging;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.laurel.audit.AuditTrail;
import org.laurel.judging.JudgingViews.AssignRequest;
import org.laurel.judging.JudgingViews.AssignmentMatrix;
import org.laurel.judging.JudgingViews.AutoAssignResult;
import org.laurel.judging.JudgingViews.ComparisonView;
import org.laurel.judging.JudgingViews.ConflictRequest;
import org.laurel.judging.JudgingViews.OpenRequest;
import org.laurel.judging.JudgingViews.PanelView;
import org.laurel.judging.JudgingViews.ProgressView;
import org.laurel.judging.JudgingViews.RemindRequest;
import org.laurel.judging.JudgingViews.RemindedView;
import org.laurel.judging.JudgingViews.ResultsView;
import org.laurel.judging.JudgingViews.SetPanelRequest;
import org.laurel.judging.JudgingViews.SnapshotView;
import org.laurel.programs.AggregationMethod;
import org.laurel.programs.RoundService;
import org.laurel.programs.RoundView;
import org.laurel.shared.PageView;
import org.laurel.shared.Paging;
import org.laurel.shared.Principals;

/** The organizer's judging controls for one round. */
@Tag(name = "Judging")
@SecurityRequirement(name = "bearer")
@org.laurel.shared.ProblemResponses
@Controller("/api/rounds/{id}")
@Secured("ORGANIZER")
@ExecuteOn(TaskExecutors.BLOCKING)
class RoundJudgingController {

    private final PanelService panels;
    private final PanelInvitations invitations;
    private final ResultService results;
    private final RoundProgress progress;
    private final RoundService rounds;
    private final AuditTrail audit;
    private final JudgingExport export;
    private final org.laurel.shared.ReaderLanguage reader;
    private final JudgeReminders reminders;

    RoundJudgingController(
            PanelService panels,
            ResultService results,
            RoundProgress progress,
            RoundService rounds,
            AuditTrail audit,
            JudgingExport export,
            JudgeReminders reminders,
            PanelInvitations invitations,
            org.laurel.shared.ReaderLanguage reader) {
        this.invitations = invitations;
        this.reader = reader;
        this.export = export;
        this.reminders = reminders;
        this.panels = panels;
        this.results = results;
        this.progress = progress;
        this.rounds = rounds;
        this.audit = audit;
    }

    @Operation(summary = "The round's judges")
    @Get("/panel")
    PanelView panel(long id, Authentication auth) {
        return panels.panel(id, Principals.id(auth));
    }

    @Operation(summary = "Choose the round's judges (people with the JUDGE role)")
    @Put("/panel")
    PanelView setPanel(long id, @Valid @Body SetPanelRequest request, Authentication auth) {
        return panels.setPanel(id, request.judgeIds(), Principals.id(auth));
    }

    @Operation(
            summary = "Invite a judge by email onto the panel: a new address gets an account and an emailed link to"
                    + " set its password, an existing account the JUDGE role")
    @Post("/panel/invitations")
    JudgingViews.PanelInvitation invite(
            long id, @Valid @Body JudgingViews.InviteJudgeRequest request, Authentication auth) {
        return invitations.invite(id, request, Principals.id(auth));
    }

    @Operation(
            summary =
                    "Assign k conflict-free judges to every entry: by expertise (bids, topics, text) when known, else balancing load;"
                            + " replace=true first drops unscored automatic assignments; reports entries that cannot be served")
    @Post("/assignments/auto")
    AutoAssignResult autoAssign(
            long id,
            @io.micronaut.http.annotation.QueryValue(defaultValue = "false") boolean replace,
            Authentication auth) {
        return panels.autoAssign(id, Principals.id(auth), replace);
    }

    @Operation(summary = "The judge x entry matrix with conflicts and missing judges")
    @Get("/assignments")
    AssignmentMatrix assignments(long id, Authentication auth) {
        return panels.assignments(id, Principals.id(auth));
    }

    @Operation(
            summary = "One page of the matrix's entry rows, with every judge's load and round-wide gaps",
            description = "Filters: q (title contains), categoryId, missing=true (entries still lacking judges),"
                    + " judgeId (entries that judge is assigned to or conflicted on). sort: entry, title, -title,"
                    + " missing. page from 0, size 1..200 (default 50).")
    @Get("/assignments/entries")
    JudgingViews.AssignmentPage assignmentPage(
            long id,
            @Nullable @QueryValue Integer page,
            @Nullable @QueryValue Integer size,
            @Nullable @QueryValue String q,
            @Nullable @QueryValue Long categoryId,
            @Nullable @QueryValue Boolean missing,
            @Nullable @QueryValue Long judgeId,
            @Nullable @QueryValue String sort,
            Authentication auth) {
        return panels.assignmentPage(
                id,
                Principals.id(auth),
                Paging.of(page, size),
                q,
                categoryId,
                Boolean.TRUE.equals(missing),
                judgeId,
                sort);
    }

    @Operation(summary = "Assign one judge to one entry by hand")
    @Post("/assignments")
    AssignmentMatrix assign(long id, @Valid @Body AssignRequest request, Authentication auth) {
        return panels.assign(id, request.entryId(), request.judgeId(), Principals.id(auth));
    }

    @Operation(summary = "Remove one assignment (not once the judge has submitted a scorecard)")
    @Delete("/assignments/{entryId}/{judgeId}")
    AssignmentMatrix unassign(long id, long entryId, long judgeId, Authentication auth) {
        return panels.unassign(id, entryId, judgeId, Principals.id(auth));
    }

    @Operation(summary = "Record a conflict of interest between a judge and an entry")
    @Post("/conflicts")
    AssignmentMatrix conflict(long id, @Valid @Body ConflictRequest request, Authentication auth) {
        return panels.setConflict(id, request, Principals.id(auth));
    }

    @Operation(summary = "Open the round (reopening a closed round needs a reason)")
    @Post("/open")
    RoundView open(long id, @Nullable @Valid @Body OpenRequest request, Authentication auth) {
        return results.open(id, request == null ? null : request.reason(), Principals.id(auth));
    }

    @Operation(summary = "Close the round: scorecards lock")
    @Post("/close")
    RoundView close(long id, Authentication auth) {
        return results.close(id, Principals.id(auth));
    }

    @Operation(summary = "Finalize: freeze the ranking as a snapshot and advance the top N per category")
    @Post("/finalize")
    SnapshotView finalizeRound(long id, Authentication auth) {
        return results.finalizeRound(id, Principals.id(auth));
    }

    @Operation(summary = "Results computed now from the submitted scorecards (method defaults to the round's)")
    @Get("/results")
    ResultsView results(long id, @Nullable @QueryValue AggregationMethod method, Authentication auth) {
        return results.results(id, method, Principals.id(auth));
    }

    @Operation(summary = "The ranking under every method side by side")
    @Get("/results/compare")
    ComparisonView compare(long id, Authentication auth) {
        return results.compare(id, Principals.id(auth));
    }

    @Operation(summary = "Per judge, the totals they gave: how severe or lenient each judge is")
    @Get("/results/judges")
    PageView<JudgingViews.JudgeDistribution> judges(long id, Authentication auth) {
        List<JudgingViews.JudgeDistribution> items = results.judgeDistributions(id, Principals.id(auth));
        return new PageView<>(items, items.size());
    }

    @Operation(
            summary = "Remind judges of the scorecards they still owe",
            description = "By email (through the outbox, hence 202) and in the app; without judgeIds, every judge"
                    + " with unsubmitted assigned scorecards. Named judges with nothing left to submit are skipped."
                    + " Only while the round is open (409 otherwise).")
    @Post("/reminders")
    @Status(HttpStatus.ACCEPTED)
    RemindedView remind(long id, @Nullable @Valid @Body RemindRequest request, Authentication auth) {
        return reminders.remind(id, request == null ? null : request.judgeIds(), Principals.id(auth));
    }

    @Operation(summary = "Who has scored what")
    @Get("/progress")
    ProgressView progress(long id, Authentication auth) {
        return progress.progress(id, Principals.id(auth));
    }

    @Operation(
            summary =
                    "The progress figures (scorecards assigned, drafted, submitted; judges behind; entries missing scores)")
    @Get("/progress/summary")
    JudgingViews.ProgressSummary progressSummary(long id, Authentication auth) {
        return progress.summary(id, Principals.id(auth));
    }

    @Operation(
            summary = "One page of per-entry progress",
            description = "Filters: q (title contains), status ALL | MISSING (scores still to come, or no judge yet)"
                    + " | COMPLETE, judgeId (that judge's entries; MISSING and COMPLETE then mean that judge's"
                    + " scorecard), categoryId. sort: entry, title, -title, missing, submitted, -submitted.")
    @Get("/progress/entries")
    JudgingViews.EntryProgressPage progressEntries(
            long id,
            @Nullable @QueryValue Integer page,
            @Nullable @QueryValue Integer size,
            @Nullable @QueryValue String q,
            @Nullable @QueryValue String status,
            @Nullable @QueryValue Long judgeId,
            @Nullable @QueryValue Long categoryId,
            @Nullable @QueryValue String sort,
            Authentication auth) {
        return progress.entries(id, Principals.id(auth), Paging.of(page, size), q, status, judgeId, categoryId, sort);
    }

    @Operation(
            summary = "One page of per-judge progress",
            description = "Filters: q (name contains), status ALL | BEHIND (scorecards still to submit) | DONE."
                    + " sort: name, -name, left (most still to submit first), assigned, submitted.")
    @Get("/progress/judges")
    PageView<JudgingViews.JudgeProgress> progressJudges(
            long id,
            @Nullable @QueryValue Integer page,
            @Nullable @QueryValue Integer size,
            @Nullable @QueryValue String q,
            @Nullable @QueryValue String status,
            @Nullable @QueryValue String sort,
            Authentication auth) {
        return progress.judges(id, Principals.id(auth), Paging.of(page, size), q, status, sort);
    }

    @Operation(summary = "The frozen ranking of a finalized round, with version and SHA-256")
    @Get("/snapshot")
    SnapshotView snapshot(long id, Authentication auth) {
        return results.snapshot(id, Principals.id(auth));
    }

    @Operation(summary = "The round's audit trail: state changes, assignments, conflicts and every scorecard change")
    @Get("/audit")
    PageView<AuditTrail.Item> audit(long id, Authentication auth) {
        rounds.get(id, Principals.id(auth));
        List<AuditTrail.Item> items = audit.ofRound(id);
        return new PageView<>(items, items.size());
    }

    @Operation(summary = "Download the round's scorecards (per judge, per criterion) as CSV or XLSX, streamed")
    @Get("/export/scorecards")
    io.micronaut.http.HttpResponse<io.micronaut.http.server.types.files.StreamedFile> exportScorecards(
            long id, @Nullable @QueryValue String format, Authentication auth) {
        return export.scorecards(
                id,
                org.laurel.shared.TableExport.format(format),
                Principals.id(auth),
                org.laurel.shared.ExportLabels.of(reader.current()));
    }

    @Operation(summary = "Download the round's results (any method) as CSV or XLSX")
    @Get("/export/results")
    io.micronaut.http.HttpResponse<io.micronaut.http.server.types.files.StreamedFile> exportResults(
            long id,
            @Nullable @QueryValue String format,
            @Nullable @QueryValue AggregationMethod method,
            Authentication auth) {
        return export.results(
                id,
                org.laurel.shared.TableExport.format(format),
                method,
                Principals.id(auth),
                org.laurel.shared.ExportLabels.of(reader.current()));
    }
}
