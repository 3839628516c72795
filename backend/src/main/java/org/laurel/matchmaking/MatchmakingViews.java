package org.laurel.matchmaking;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.laurel.entries.EntryDirectory.SharedFile;
import org.laurel.live.StageSlots.SlotRef;

/** Requests and views of the matchmaking between a program's investors and its teams. */
public final class MatchmakingViews {

    private MatchmakingViews() {}

    /** {@code displayName}: needed when the address has no account yet. */
    @Serdeable
    public record InviteRequest(
            @NotBlank @Email @Size(max = 254) String email,
            @Nullable @Size(max = 120) String displayName,
            @NotBlank @Size(max = 200) String firm,
            @NotNull @Size(max = 10) List<@NotBlank @Size(max = 60) String> focusAreas,
            @Nullable @Size(max = 10) String language) {}

    @Serdeable
    public record InvestorView(
            long investorId,
            String email,
            String displayName,
            String firm,
            List<String> focusAreas,
            Instant invitedAt,
            boolean newAccount) {}

    @Serdeable
    public record SettingsRequest(@NotNull Boolean scoreBands) {}

    @Serdeable
    public record SettingsView(long programId, boolean scoreBands) {}

    /** A program an investor is invited to, with what they told the organizer about themselves. */
    @Serdeable
    public record InvestorProgram(long programId, String slug, String title, String firm, List<String> focusAreas) {}

    /**
     * A project as an investor sees it: title and category always; the rest only as its team
     * chose (null or empty otherwise); its stage slot; its score band when the organizer shows
     * bands and the pitch was revealed; the investor's own interest and latest meeting, and whether
     * they may ask for another now (none open: {@link MeetingStatus#open()}). Times read in {@code timeZone}.
     */
    @Serdeable
    public record Project(
            long entryId,
            long programId,
            String timeZone,
            String title,
            @Nullable Long categoryId,
            @Nullable String category,
            @Nullable String summary,
            @Nullable String organization,
            List<String> team,
            List<String> institutions,
            List<SharedFile> files,
            List<Topic> topics,
            @Nullable SlotRef stage,
            @Nullable String scoreBand,
            boolean interested,
            @Nullable MeetingView meeting,
            boolean canRequestMeeting) {}

    @Serdeable
    public record Topic(long id, String name) {}

    @Serdeable
    public record Projects(long programId, String programTitle, boolean scoreBands, List<Project> items) {}

    @Serdeable
    public record MeetingRequest(
            @NotNull @Size(min = 1, max = 3) List<@NotNull Instant> proposedTimes,
            @Min(15) @Max(180) int minutes,
            @NotBlank @Size(max = 1000) String message) {}

    /** {@code startsAt}: one of the proposed times. */
    @Serdeable
    public record AcceptRequest(
            @NotNull Instant startsAt,
            @Nullable @Size(max = 200) String location,
            @Nullable @Size(max = 1000) String reply) {}

    @Serdeable
    public record DeclineRequest(@Nullable @Size(max = 1000) String reply) {}

    /**
     * A meeting as either side sees it; {@code allowedActions}: the reader's steps now (the server's
     * rule); {@code timeZone}: the program's, in which both sides read the times.
     */
    @Serdeable
    public record MeetingView(
            long id,
            long programId,
            String timeZone,
            long entryId,
            String entryTitle,
            long investorId,
            String investorName,
            String firm,
            MeetingStatus status,
            List<Instant> proposedTimes,
            int minutes,
            String message,
            @Nullable Instant startsAt,
            @Nullable String location,
            @Nullable String reply,
            Instant createdAt,
            @Nullable Instant decidedAt,
            Set<MeetingStatus.Step> allowedActions) {}

    @Serdeable
    public record InvestorRow(long investorId, String name, String firm, int interests, int requests, int accepted) {}

    @Serdeable
    public record ProjectRow(long entryId, String title, int interests, int requests, int accepted) {}

    /** The organizer's board: every request and meeting, and the counts per investor and per project. */
    @Serdeable
    public record Board(
            long programId,
            boolean scoreBands,
            List<InvestorRow> investors,
            List<ProjectRow> projects,
            List<MeetingView> meetings) {}
}
