package org.laurel.entries;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
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
import java.net.URI;
import org.laurel.entries.TeamViews.InvitationPreview;
import org.laurel.entries.TeamViews.InviteRequest;
import org.laurel.entries.TeamViews.TeamView;
import org.laurel.entries.TeamViews.TransferRequest;
import org.laurel.shared.Principals;

/** An entry's team: invitations, members, ownership. */
@Tag(name = "Teams")
@SecurityRequirement(name = "bearer")
@org.laurel.shared.ProblemResponses
@Controller("/api")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class TeamController {

    private final EntryTeams teams;

    TeamController(EntryTeams teams) {
        this.teams = teams;
    }

    @Operation(summary = "The entry's team: owner, members, and (for the owner) pending invitations")
    @Get("/entries/{id}/members")
    TeamView members(long id, Authentication auth) {
        return teams.team(id, Principals.id(auth));
    }

    @Operation(summary = "Invite someone by email to join the team (the owner); a single-use link is emailed")
    @Post("/entries/{id}/invitations")
    HttpResponse<TeamView> invite(long id, @Valid @Body InviteRequest request, Authentication auth) {
        TeamView view = teams.invite(id, request, Principals.id(auth));
        return HttpResponse.created(view, URI.create("/api/entries/" + id + "/members"));
    }

    @Operation(summary = "Withdraw a pending invitation (the owner)")
    @Delete("/entries/{id}/invitations/{invitationId}")
    HttpResponse<Void> revoke(long id, long invitationId, Authentication auth) {
        teams.revoke(id, invitationId, Principals.id(auth));
        return HttpResponse.noContent();
    }

    @Operation(summary = "Remove a member (the owner), or leave the team (a member, with their own id)")
    @Delete("/entries/{id}/members/{userId}")
    HttpResponse<Void> remove(long id, long userId, Authentication auth) {
        teams.remove(id, userId, Principals.id(auth));
        return HttpResponse.noContent();
    }

    @Operation(summary = "Hand the ownership to a member (the owner); the owner stays on as a member")
    @Post("/entries/{id}/owner")
    TeamView transfer(long id, @Body TransferRequest request, Authentication auth) {
        return teams.transfer(id, request.userId(), Principals.id(auth));
    }

    @Operation(summary = "What an invitation link is about, for the signed-in person")
    @Get("/invitations/{token}")
    InvitationPreview preview(String token, Authentication auth) {
        return teams.preview(token, Principals.id(auth));
    }

    @Operation(summary = "Accept an invitation: the signed-in account must use the invited address")
    @Post("/invitations/{token}/accept")
    TeamView accept(String token, Authentication auth) {
        return teams.accept(token, Principals.id(auth));
    }
}
