package org.laurel.entries;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.laurel.entries.SaveEntryRequest.TeamMember;
import org.laurel.shared.UnavailableAction;

/** What the API shows of entries. */
public final class EntryViews {

    private EntryViews() {}

    /**
     * An entry in full. {@code applicant} is its team's owner; {@code myRole} how the reader belongs
     * to the team (null for organizers). {@code allowedActions} are what the reader may do now; {@code
     * unavailableActions} say, before they try, why an action the entry's state offers is refused
     * now (submitting a draft that misses answers, or outside the window), with the fields missing.
     */
    @Serdeable
    public record EntryView(
            long id,
            long programId,
            String programTitle,
            String programSlug,
            @Nullable Long categoryId,
            String title,
            String summary,
            @Nullable String organization,
            List<TeamMember> team,
            Map<String, Object> answers,
            EntryStatus status,
            @Nullable Long currentRoundId,
            @Nullable String eligibilityReason,
            Instant createdAt,
            Instant updatedAt,
            @Nullable Instant submittedAt,
            Instant submissionClosesAt,
            boolean editable,
            List<EntryAction> allowedActions,
            List<UnavailableAction> unavailableActions,
            Applicant applicant,
            @Nullable TeamRole myRole,
            List<AttachmentView> attachments,
            List<TimelineItem> timeline) {}

    /** One line of "my entries". */
    @Serdeable
    public record EntrySummary(
            long id,
            long programId,
            String programTitle,
            String programSlug,
            @Nullable Long categoryId,
            @Nullable String categoryName,
            String title,
            EntryStatus status,
            Instant updatedAt,
            @Nullable Instant submittedAt,
            Instant submissionClosesAt,
            boolean editable,
            TeamRole myRole) {}

    /** One row of the organizer's screening table. */
    @Serdeable
    public record ScreeningRow(
            long id,
            String title,
            @Nullable Long categoryId,
            @Nullable String categoryName,
            @Nullable String organization,
            EntryStatus status,
            @Nullable String eligibilityReason,
            Applicant applicant,
            @Nullable Instant submittedAt,
            Instant updatedAt,
            int attachmentCount) {}

    @Serdeable
    public record Applicant(long id, String displayName, String email) {}

    @Serdeable
    public record AttachmentView(
            long id,
            @Nullable String fieldKey,
            String fileName,
            String contentType,
            long size,
            String sha256,
            Instant createdAt) {}

    @Serdeable
    public record TimelineItem(
            Instant at, String type, @Nullable String note) {}

    /**
     * Per-entry outcome of a bulk decision: ok (changed, or already so), or why not. {@code title}
     * is absent only for an id that is not an entry of the program.
     */
    @Serdeable
    public record BulkOutcome(
            long entryId,
            boolean ok,
            @Nullable EntryStatus status,
            @Nullable String problem,
            @Nullable String title) {}

    /**
     * A bulk decision on everything a filter matches. {@code matching} entries, of which the state
     * machine {@code changed} some, found some already so ({@code unchanged}) and {@code refused}
     * the rest. A preview lists only the refusals in {@code items}; the decision itself lists every entry.
     * {@code selection} fingerprints which entries matched in which state; a confirmation repeats the
     * preview's as {@code expectedSelection}.
     */
    @Serdeable
    public record BulkReport(
            int matching, String selection, int changed, int unchanged, int refused, List<BulkOutcome> items) {}

    /** How many of a program's screened entries are in one status. */
    @Serdeable
    public record StatusCount(EntryStatus status, long count) {}

    /**
     * The screening tabs: per status, how many entries match the category and text filters
     * (never drafts), counted by the server in one grouped query; {@code total} is their sum.
     */
    @Serdeable
    public record ScreeningCounts(List<StatusCount> items, long total) {}

    /** How publishing results changed one entry (for notifications and the audit trail). */
    @Serdeable
    public record AwardChange(
            long entryId,
            long applicantId,
            String title,
            boolean awarded,
            @Nullable String tier,
            boolean changed) {}
}
