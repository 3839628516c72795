package org.laurel.live;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.laurel.judging.AudienceBlend;

/** Requests and views of the audience vote. {@link AudienceView} is public, inside the live state. */
public final class AudienceVoteViews {

    private AudienceVoteViews() {}

    /** {@code mode} null turns the vote off; {@code weight} is the audience's share of the final in percent. */
    @Serdeable
    public record SetupRequest(
            @Nullable AudienceBlend.Mode mode,
            @Min(0) @Max(50) int weight) {}

    /** A round's audience vote as its organizers see it; {@code mode} null: off. */
    @Serdeable
    public record Setup(
            long roundId,
            @Nullable AudienceBlend.Mode mode,
            int weight,
            @Nullable String formula,
            @Nullable Long sessionId,
            long votes,
            long flaggedVotes,
            long voidedVotes) {}

    @Serdeable
    public record VoteRequest(
            @NotNull Long slotId, @Min(1) @Max(10) int value) {}

    @Serdeable
    public record TicketRequest(@NotBlank @Size(max = 64) String code) {}

    /** A vote as its voter sees it after casting it. */
    @Serdeable
    public record MyVote(long slotId, int value, Instant castAt) {}

    /**
     * The phone page: the session's vote, the pitch open for votes now (if any) and this person's
     * votes ({@code signedIn} false when no working token came with the request).
     */
    @Serdeable
    public record Ballot(
            long sessionId,
            String programTitle,
            String roundName,
            @Nullable String stage,
            AudienceBlend.Mode mode,
            int weight,
            @Nullable BallotSlot open,
            @Nullable BallotSlot upNext,
            boolean signedIn,
            List<MyVote> myVotes) {}

    @Serdeable
    public record BallotSlot(
            long slotId, String title, @Nullable String organization, int order) {}

    /**
     * On the big screen: the vote's rule, the pitch taking votes and how many it has, and the
     * results of pitches already revealed (ranked by the combined final, or by popularity when
     * the weight is 0), computed by judging's {@link AudienceBlend}.
     */
    @Serdeable
    public record AudienceView(
            AudienceBlend.Mode mode,
            int weight,
            String formula,
            @Nullable Long votingSlotId,
            int votingSlotVotes,
            List<AudienceRow> results,
            @Nullable AudienceRow revealed) {}

    @Serdeable
    public record AudienceRow(
            long entryId,
            String title,
            @Nullable Double judges,
            double audience,
            int votes,
            @Nullable Double combined,
            @Nullable Integer rank) {}

    /** The organizer's review of suspicious votes. */
    @Serdeable
    public record Review(long sessionId, long flaggedOpen, long voided, List<ReviewedVote> votes) {}

    @Serdeable
    public record ReviewedVote(
            long id,
            long slotId,
            String title,
            String voter,
            int value,
            String address,
            String device,
            Instant castAt,
            @Nullable String flagReason,
            @Nullable Instant voidedAt,
            @Nullable String voidReason) {}

    @Serdeable
    public record VoidRequest(
            @NotNull @Size(min = 1, max = 2000) List<@NotNull Long> voteIds,
            @NotBlank @Size(max = 500) String reason) {}
}
