package org.laurel.awards;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.laurel.shared.UnavailableAction;

/** Requests and views of winners, announcements, outcomes and certificates. */
public final class AwardViews {

    private AwardViews() {}

    /** One entry the final ranking puts in reach of a tier. */
    @Serdeable
    public record Candidate(
            long entryId,
            String title,
            @Nullable String organization,
            @Nullable Long categoryId,
            int rank,
            double score) {}

    /**
     * The proposal for one tier: who the ranking puts there, and, when the last place is shared
     * with entries that do not fit, every entry in that tie (so the organizer decides, knowingly).
     * {@code candidates}: who may win the tier, best first, ranked here so screens need not re-rank:
     * its category's ranking, or for a program-wide tier every category together.
     */
    @Serdeable
    public record TierProposal(
            long tierId,
            String name,
            int tierRank,
            int count,
            @Nullable Long categoryId,
            @Nullable String categoryName,
            List<Candidate> proposed,
            List<Candidate> tiedAtBoundary,
            List<Candidate> candidates) {}

    /**
     * Winners as the final ranking proposes them; {@code tierPivots}: the prizes that change when one judge is
     * left out ({@link TierPivots}). {@code allowedActions}: what the organizer may do
     * now ({@code PUBLISH}); {@code unavailableActions}: why not, before they try (the call still open
     * until {@code at}).
     */
    @Serdeable
    public record Proposal(
            long programId,
            long roundId,
            String roundName,
            int snapshotVersion,
            List<TierProposal> tiers,
            List<Candidate> ranking,
            List<TierPivot> tierPivots,
            @Nullable Integer publishedVersion,
            List<AwardAction> allowedActions,
            List<UnavailableAction> unavailableActions) {}

    /**
     * A prize that hangs on one judge: with {@code judgeName}'s cards left out, the entry would be
     * proposed for {@code tierWithout} instead of {@code tier} (null: no prize), or, when
     * {@code tiedWithout}, tied for that tier's last place.
     */
    @Serdeable
    public record TierPivot(
            long entryId,
            String title,
            String judgeName,
            @Nullable String tier,
            @Nullable String tierWithout,
            boolean tiedWithout) {}

    @Serdeable
    public record WinnerInput(
            @NotNull Long entryId, @NotNull Long prizeTierId) {}

    /**
     * Publish version n+1. {@code reason} is required when the winners depart from the proposal,
     * {@code note} when this corrects an earlier version.
     */
    @Serdeable
    public record PublishRequest(
            @NotNull @Size(max = 500) List<@Valid @NotNull WinnerInput> winners,
            @Nullable @Size(max = 2000) String note,
            @Nullable @Size(max = 2000) String reason,
            boolean publishScores,
            boolean releaseFeedback) {}

    /** What is published: per tier its winners; scores and ranks only when the organizer chose to publish them. */
    @Serdeable
    public record Content(String programTitle, int version, List<PublishedTier> tiers) {}

    @Serdeable
    public record PublishedTier(
            long tierId,
            String name,
            int tierRank,
            @Nullable Long categoryId,
            @Nullable String categoryName,
            List<PublishedWinner> winners) {}

    @Serdeable
    public record PublishedWinner(
            long entryId,
            String title,
            @Nullable String organization,
            @Nullable Integer rank,
            @Nullable Double score) {}

    @Serdeable
    public record AnnouncementView(
            long programId,
            String programSlug,
            int version,
            int latestVersion,
            Instant publishedAt,
            @Nullable Instant firstPublishedAt,
            boolean corrected,
            @Nullable String note,
            boolean publishScores,
            boolean releaseFeedback,
            String sha256,
            List<PublishedTier> tiers,
            @Nullable String publishedBy,
            @Nullable String departureReason) {}

    /** An applicant's view of how their entry fared. Feedback only once released; never private comments. */
    @Serdeable
    public record Outcome(
            long entryId,
            String status,
            @Nullable String tier,
            @Nullable Integer announcementVersion,
            @Nullable Instant publishedAt,
            @Nullable String certificateCode,
            boolean feedbackReleased,
            List<Feedback> feedback) {}

    /** {@code judgeName} only for rounds that were not blind; screens label the rest "Judge n". */
    @Serdeable
    public record Feedback(
            String roundName, int judgeNumber, @Nullable String judgeName, String text) {}

    @Serdeable
    public record CertificateCheck(
            String code,
            boolean valid,
            boolean current,
            String programTitle,
            String programSlug,
            String tier,
            String entryTitle,
            @Nullable String organization,
            int version,
            Instant issuedAt) {}
}
