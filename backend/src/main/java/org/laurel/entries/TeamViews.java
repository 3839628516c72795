package org.laurel.entries;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.laurel.programs.TeamRules;

/** What the API shows of teams, and what it takes to change one. */
public final class TeamViews {

    private TeamViews() {}

    /** Invite someone by email to join the team. */
    @Serdeable
    public record InviteRequest(
            @NotBlank(message = "Enter the email address to invite.")
            @Email(message = "Enter a valid email address.")
            @Size(max = 254, message = "Keep the email address to at most 254 characters.")
            String email,

            @Nullable @Size(max = 100, message = "Keep the role to at most 100 characters.")
            String role) {}

    /** Hand the ownership to a member. */
    @Serdeable
    public record TransferRequest(long userId) {}

    public enum TeamAction {
        /** Invite people, revoke invitations, remove members, transfer the ownership: the owner's. */
        MANAGE,
        /** Leave the team: a member's. */
        LEAVE
    }

    /**
     * An entry's team: its owner, the members who joined, and (for the owner only) the pending
     * invitations; {@code rules} are the program's; {@code allowedActions} what the reader may do.
     */
    @Serdeable
    public record TeamView(
            long entryId,
            String entryTitle,
            TeamRules rules,
            Person owner,
            List<MemberView> members,
            List<InvitationView> invitations,
            @Nullable TeamRole myRole,
            List<TeamAction> allowedActions) {}

    @Serdeable
    public record Person(long userId, String displayName, String email) {}

    @Serdeable
    public record MemberView(
            long userId,
            String displayName,
            String email,
            @Nullable String role,
            Instant joinedAt) {}

    @Serdeable
    public record InvitationView(
            long id, String email, @Nullable String role, Instant createdAt, Instant expiresAt) {}

    /** What an invitation link is about, shown to the signed-in person before they accept. */
    @Serdeable
    public record InvitationPreview(
            long entryId,
            String entryTitle,
            String programTitle,
            String inviterName,
            String email,
            @Nullable String role,
            Instant expiresAt,
            InvitationState state,
            boolean forYou) {}

    public enum InvitationState {
        PENDING,
        ACCEPTED,
        EXPIRED,
        REVOKED
    }
}
