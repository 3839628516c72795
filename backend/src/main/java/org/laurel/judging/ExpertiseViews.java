package org.laurel.judging;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.laurel.programs.ProgramTopics.TopicView;

/** What the expertise, bidding and affinity endpoints read and write. */
public final class ExpertiseViews {

    private ExpertiseViews() {}

    /** A judge's profile: free-text expertise (either language) and topics from any program. */
    @Serdeable
    public record ProfileView(
            String expertise,
            List<TopicView> topics,
            @Nullable Instant updatedAt) {}

    @Serdeable
    public record ProfileRequest(
            @NotNull @Size(max = 2000) String expertise,
            @NotNull @Size(max = 30) List<@NotNull Long> topicIds) {}

    @Serdeable
    public record BiddingRequest(boolean open) {}

    @Serdeable
    public record BiddingView(long roundId, boolean open, int bids, int judgesBidding) {}

    /** One entry as a bidding judge sees it (title, summary, topics: never the team). */
    @Serdeable
    public record BidItem(
            long entryId,
            String title,
            @Nullable String summary,
            List<String> topics,
            @Nullable Affinity.Bid bid) {}

    @Serdeable
    public record MyBids(long roundId, String roundName, boolean open, List<BidItem> items) {}

    /** {@code level} null withdraws the bid. */
    @Serdeable
    public record BidRequest(@Nullable Affinity.Bid level) {}

    @Serdeable
    public record ForbidRequest(long entryId, long judgeId, boolean forbidden) {}

    /** Why a judge fits an entry: each part of the affinity, as the formula counts it. */
    @Serdeable
    public record PairAffinity(
            long judgeId,
            String judgeName,
            double score,
            @Nullable Affinity.Bid bid,
            List<String> sharedTopics,
            double similarity,
            boolean assigned,
            boolean forbidden,
            boolean conflicted) {}

    @Serdeable
    public record EntryAffinity(long entryId, String title, List<String> topics, List<PairAffinity> judges) {}
}
