package org.laurel.judging;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.laurel.judging.ExpertiseViews.BidItem;
import org.laurel.judging.ExpertiseViews.BidRequest;
import org.laurel.judging.ExpertiseViews.BiddingRequest;
import org.laurel.judging.ExpertiseViews.BiddingView;
import org.laurel.judging.ExpertiseViews.EntryAffinity;
import org.laurel.judging.ExpertiseViews.ForbidRequest;
import org.laurel.judging.ExpertiseViews.MyBids;
import org.laurel.judging.ExpertiseViews.ProfileRequest;
import org.laurel.judging.ExpertiseViews.ProfileView;
import org.laurel.shared.PageView;
import org.laurel.shared.Principals;

/** Judges' expertise profiles, a round's bidding phase and bids, and the affinity behind assignments. */
@Tag(name = "Judging")
@SecurityRequirement(name = "bearer")
@org.laurel.shared.ProblemResponses
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
class ExpertiseController {

    private final BiddingService bidding;
    private final AffinityExplainer explainer;

    ExpertiseController(BiddingService bidding, AffinityExplainer explainer) {
        this.bidding = bidding;
        this.explainer = explainer;
    }

    @Operation(summary = "My expertise profile: what I know, in my words, and my topics")
    @Secured("JUDGE")
    @Get("/judging/profile")
    ProfileView profile(Authentication auth) {
        return bidding.profile(Principals.id(auth));
    }

    @Operation(summary = "Save my expertise profile")
    @Secured("JUDGE")
    @Put("/judging/profile")
    ProfileView saveProfile(@Valid @Body ProfileRequest request, Authentication auth) {
        return bidding.saveProfile(Principals.id(auth), request);
    }

    @Operation(summary = "The rounds taking bids whose panel I am on, with their entries and my bids")
    @Secured("JUDGE")
    @Get("/judging/bidding")
    PageView<MyBids> openBidding(Authentication auth) {
        List<MyBids> items = bidding.openFor(Principals.id(auth));
        return new PageView<>(items, items.size());
    }

    @Operation(summary = "Whether the round takes bids, and how many it has")
    @Secured("ORGANIZER")
    @Get("/rounds/{roundId}/bidding")
    BiddingView bidding(long roundId, Authentication auth) {
        return bidding.view(roundId, Principals.id(auth));
    }

    @Operation(summary = "Open or close the round's bidding phase")
    @Secured("ORGANIZER")
    @Put("/rounds/{roundId}/bidding")
    BiddingView setBidding(long roundId, @Valid @Body BiddingRequest request, Authentication auth) {
        return bidding.setOpen(roundId, request.open(), Principals.id(auth));
    }

    @Operation(summary = "The round's entries to bid on (title, summary, topics) with my bids")
    @Secured("JUDGE")
    @Get("/rounds/{roundId}/bids/mine")
    MyBids myBids(long roundId, Authentication auth) {
        return bidding.mine(roundId, Principals.id(auth));
    }

    @Operation(summary = "Bid on an entry: EAGER, WILLING, NOT_WILLING or CONFLICT; null withdraws the bid")
    @Secured("JUDGE")
    @Put("/rounds/{roundId}/bids/{entryId}")
    BidItem bid(long roundId, long entryId, @Valid @Body BidRequest request, Authentication auth) {
        return bidding.bid(roundId, entryId, Principals.id(auth), request.level());
    }

    @Operation(summary = "Why each panel judge fits an entry: bid, shared topics, text similarity")
    @Secured("ORGANIZER")
    @Get("/rounds/{roundId}/assignments/{entryId}/affinity")
    EntryAffinity affinity(long roundId, long entryId, Authentication auth) {
        return explainer.explain(roundId, entryId, Principals.id(auth));
    }

    @Operation(summary = "Forbid a judge-entry pair for automatic assignment, or allow it again")
    @Secured("ORGANIZER")
    @Put("/rounds/{roundId}/assignments/forbidden")
    EntryAffinity forbid(long roundId, @Valid @Body ForbidRequest request, Authentication auth) {
        return explainer.forbid(roundId, request, Principals.id(auth));
    }
}
