package org.laurel.matchmaking;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.laurel.matchmaking.MatchmakingViews.AcceptRequest;
import org.laurel.matchmaking.MatchmakingViews.DeclineRequest;
import org.laurel.matchmaking.MatchmakingViews.MeetingView;
import org.laurel.shared.PageView;
import org.laurel.shared.Principals;

/** Meetings as a team answers them (and either side calls them off); who may is the meeting's own rule. */
@Tag(name = "Matchmaking")
@SecurityRequirement(name = "bearer")
@org.laurel.shared.ProblemResponses
@Controller("/api")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class MeetingController {

    private final Meetings meetings;

    MeetingController(Meetings meetings) {
        this.meetings = meetings;
    }

    @Operation(summary = "The meetings investors asked the entry's team for (its team)")
    @Get("/entries/{entryId}/meetings")
    PageView<MeetingView> ofEntry(long entryId, Authentication auth) {
        return PageView.of(meetings.ofEntry(entryId, Principals.id(auth)));
    }

    @Operation(summary = "Accept a meeting at one of the proposed times (the team)")
    @Post("/meetings/{id}/accept")
    MeetingView accept(long id, @Valid @Body AcceptRequest request, Authentication auth) {
        return meetings.accept(id, request, Principals.id(auth));
    }

    @Operation(summary = "Decline a meeting request (the team)")
    @Post("/meetings/{id}/decline")
    MeetingView decline(long id, @Valid @Body DeclineRequest request, Authentication auth) {
        return meetings.decline(id, request.reply(), Principals.id(auth));
    }

    @Operation(summary = "Withdraw a request or call off a meeting (the investor; the team for an accepted one)")
    @Post("/meetings/{id}/cancel")
    MeetingView cancel(long id, @Valid @Body DeclineRequest request, Authentication auth) {
        return meetings.cancel(id, request.reply(), Principals.id(auth));
    }
}
