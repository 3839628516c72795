package org.laurel.matchmaking;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.laurel.matchmaking.MatchmakingViews.Board;
import org.laurel.matchmaking.MatchmakingViews.InvestorView;
import org.laurel.matchmaking.MatchmakingViews.InviteRequest;
import org.laurel.matchmaking.MatchmakingViews.SettingsRequest;
import org.laurel.matchmaking.MatchmakingViews.SettingsView;
import org.laurel.shared.PageView;
import org.laurel.shared.Principals;

/** A program's matchmaking as its organizers run it: investors, the score-band setting, the board and its export. */
@Tag(name = "Matchmaking")
@SecurityRequirement(name = "bearer")
@org.laurel.shared.ProblemResponses
@Controller("/api/programs/{programId}")
@Secured("ORGANIZER")
@ExecuteOn(TaskExecutors.BLOCKING)
class MatchmakingController {

    private final Investors investors;
    private final MatchmakingBoard board;

    MatchmakingController(Investors investors, MatchmakingBoard board) {
        this.investors = investors;
        this.board = board;
    }

    @Operation(
            summary = "Invite an investor (firm, focus areas): a new address gets an account and an emailed invitation")
    @Post("/investors")
    @Status(HttpStatus.CREATED)
    InvestorView invite(long programId, @Valid @Body InviteRequest request, Authentication auth) {
        return investors.invite(programId, request, Principals.id(auth));
    }

    @Operation(summary = "The program's investors")
    @Get("/investors")
    PageView<InvestorView> investors(long programId, Authentication auth) {
        return PageView.of(investors.list(programId, Principals.id(auth)));
    }

    @Operation(summary = "Whether investors see a band of each revealed score")
    @Get("/matchmaking/settings")
    SettingsView settings(long programId, Authentication auth) {
        return investors.settings(programId, Principals.id(auth));
    }

    @Put("/matchmaking/settings")
    SettingsView saveSettings(long programId, @Valid @Body SettingsRequest request, Authentication auth) {
        return investors.saveSettings(programId, request, Principals.id(auth));
    }

    @Operation(summary = "The matchmaking board: requests and meetings, per investor and per project")
    @Get("/matchmaking")
    Board board(long programId, Authentication auth) {
        return board.board(programId, Principals.id(auth));
    }

    @Operation(summary = "Every request and meeting as CSV (default) or XLSX")
    @Get("/matchmaking/export")
    HttpResponse<StreamedFile> export(long programId, @Nullable @QueryValue String format, Authentication auth) {
        return board.export(programId, format, Principals.id(auth));
    }
}
