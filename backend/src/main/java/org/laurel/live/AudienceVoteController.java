package org.laurel.live;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.laurel.audience.AudiencePass;
import org.laurel.live.AudienceVoteViews.Ballot;
import org.laurel.live.AudienceVoteViews.MyVote;
import org.laurel.live.AudienceVoteViews.Review;
import org.laurel.live.AudienceVoteViews.Setup;
import org.laurel.live.AudienceVoteViews.SetupRequest;
import org.laurel.live.AudienceVoteViews.TicketRequest;
import org.laurel.live.AudienceVoteViews.VoidRequest;
import org.laurel.live.AudienceVoteViews.VoteRequest;
import org.laurel.shared.ClientOrigin;
import org.laurel.shared.Principals;

/**
 * The audience vote of a live session: the organizer's setup and review, the phone's ballot and
 * vote. A phone proves who votes with {@code X-Audience-Token} (from an emailed code or a ticket)
 * and names itself with {@code X-Audience-Device} (a random id it keeps).
 */
@Tag(name = "Audience vote")
@org.laurel.shared.ProblemResponses
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
class AudienceVoteController {

    private final AudienceVotes votes;
    private final AudienceBallots ballots;
    private final AudienceTicker ticker;
    private final ClientOrigin origin;

    AudienceVoteController(AudienceVotes votes, AudienceBallots ballots, AudienceTicker ticker, ClientOrigin origin) {
        this.votes = votes;
        this.ballots = ballots;
        this.ticker = ticker;
        this.origin = origin;
    }

    @Operation(summary = "A live round's audience vote: mode, weight, the formula, and how many votes are in")
    @Secured("ORGANIZER")
    @Get("/rounds/{roundId}/audience")
    Setup setup(long roundId, Authentication auth) {
        return votes.setup(roundId, Principals.id(auth));
    }

    @Operation(summary = "Turn the audience vote on (SCORE or FAVOURITE, weight 0-50 %), change it, or off (mode null)")
    @Secured("ORGANIZER")
    @Put("/rounds/{roundId}/audience")
    Setup configure(long roundId, @Valid @Body SetupRequest request, Authentication auth) {
        return votes.configure(roundId, request, Principals.id(auth));
    }

    @Operation(summary = "The phone's ballot: the pitch open for votes, and my votes when a token comes with it")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Get("/live/{sessionId}/audience")
    Ballot ballot(long sessionId, @Nullable @Header("X-Audience-Token") String token) {
        return ballots.ballot(sessionId, token);
    }

    @Operation(summary = "Sign in to vote with an expo ticket code of this session's event")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Post("/live/{sessionId}/audience/ticket")
    AudiencePass.Pass ticket(HttpRequest<?> http, long sessionId, @Valid @Body TicketRequest request) {
        return ballots.ticket(sessionId, request.code(), origin.address(http));
    }

    @Operation(summary = "Vote on a pitch while it is open: once per person (201, then 409)")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Post("/live/{sessionId}/audience/votes")
    @Status(HttpStatus.CREATED)
    MyVote vote(
            HttpRequest<?> http,
            long sessionId,
            @Valid @Body VoteRequest request,
            @Nullable @Header("X-Audience-Token") String token,
            @Nullable @Header("X-Audience-Device") String device) {
        MyVote cast = votes.cast(sessionId, request.slotId(), request.value(), token, device, origin.address(http));
        ticker.voted(sessionId); // committed: the screens' count moves on the next tick
        return cast;
    }

    @Operation(summary = "Flagged and voided votes of the session, for the organizer's review")
    @Secured("ORGANIZER")
    @Get("/live/{sessionId}/audience/review")
    Review review(long sessionId, Authentication auth) {
        return votes.review(sessionId, Principals.id(auth));
    }

    @Operation(
            summary =
                    "Void votes with a recorded reason: they stop counting, stay marked, and the audit trail keeps it")
    @Secured("ORGANIZER")
    @Post("/live/{sessionId}/audience/void")
    Review voidVotes(long sessionId, @Valid @Body VoidRequest request, Authentication auth) {
        Review review = votes.voidVotes(sessionId, request.voteIds(), request.reason(), Principals.id(auth));
        ticker.voted(sessionId);
        return review;
    }
}
