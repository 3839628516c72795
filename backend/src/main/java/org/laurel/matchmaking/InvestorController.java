package org.laurel.matchmaking;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.laurel.entries.EntryService;
import org.laurel.matchmaking.MatchmakingViews.InvestorProgram;
import org.laurel.matchmaking.MatchmakingViews.MeetingRequest;
import org.laurel.matchmaking.MatchmakingViews.MeetingView;
import org.laurel.matchmaking.MatchmakingViews.Project;
import org.laurel.matchmaking.MatchmakingViews.Projects;
import org.laurel.shared.Downloads;
import org.laurel.shared.PageView;
import org.laurel.shared.Principals;

/** The investor's side: their programs, the shared finalists, interest and meeting requests. */
@Tag(name = "Matchmaking")
@SecurityRequirement(name = "bearer")
@org.laurel.shared.ProblemResponses
@Controller("/api/investor")
@Secured("INVESTOR")
@ExecuteOn(TaskExecutors.BLOCKING)
class InvestorController {

    @Serdeable
    record InterestRequest(@NotNull Boolean interested) {}

    private final Investors investors;
    private final InvestorProjects projects;
    private final Meetings meetings;
    private final MeetingReader reader;

    InvestorController(Investors investors, InvestorProjects projects, Meetings meetings, MeetingReader reader) {
        this.investors = investors;
        this.projects = projects;
        this.meetings = meetings;
        this.reader = reader;
    }

    @Operation(summary = "The programs I am invited to as an investor")
    @Get("/programs")
    PageView<InvestorProgram> programs(Authentication auth) {
        return PageView.of(investors.programsOf(Principals.id(auth)));
    }

    @Operation(summary = "The program's finalists whose teams share them with investors, as each team chose")
    @Get("/programs/{programId}/projects")
    Projects projects(
            long programId,
            @Nullable @QueryValue Long categoryId,
            @Nullable @QueryValue Long topicId,
            @Nullable @QueryValue String stage,
            @Nullable @QueryValue String band,
            Authentication auth) {
        return projects.list(programId, Principals.id(auth), categoryId, topicId, stage, band);
    }

    @Operation(summary = "One shared project (recorded in the audit trail with what was shown)")
    @Get("/projects/{entryId}")
    Project project(long entryId, Authentication auth) {
        return projects.open(entryId, Principals.id(auth));
    }

    @Operation(summary = "Download a file the team shares with investors (recorded in the audit trail)")
    @Get("/projects/{entryId}/files/{fileId}")
    HttpResponse<StreamedFile> file(long entryId, long fileId, Authentication auth) {
        EntryService.Download d = projects.file(entryId, fileId, Principals.id(auth));
        StreamedFile file = new StreamedFile(d.open(), MediaType.APPLICATION_OCTET_STREAM_TYPE, 0, d.size());
        return HttpResponse.ok(file)
                .header("Content-Disposition", Downloads.attachment(d.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store");
    }

    @Operation(summary = "Mark or take back my interest in a project")
    @Put("/projects/{entryId}/interest")
    Project interest(long entryId, @Valid @Body InterestRequest request, Authentication auth) {
        return projects.interest(entryId, Principals.id(auth), request.interested());
    }

    @Operation(summary = "Ask the team for a meeting, proposing up to three times (409 while one is open)")
    @Post("/projects/{entryId}/meetings")
    @Status(HttpStatus.CREATED)
    MeetingView requestMeeting(long entryId, @Valid @Body MeetingRequest request, Authentication auth) {
        return meetings.request(entryId, request, Principals.id(auth));
    }

    @Operation(summary = "My meeting requests and meetings")
    @Get("/meetings")
    PageView<MeetingView> meetings(Authentication auth) {
        return PageView.of(reader.ofInvestor(Principals.id(auth)));
    }
}
