package org.laurel.entries;

import io.micronaut.core.annotation.Nullable;
import java.util.Map;
import org.laurel.audit.AuditTrail;
import org.laurel.audit.AuditedChange;

/**
 * What happens to teams, announced in the transaction of the change. The audited ones go to the
 * trail (an entry's drafts stay out of its program's trail, as for every entry change);
 * {@link InvitationIssued} carries the secret link for the email only and is never recorded.
 */
public final class TeamEvents {

    private TeamEvents() {}

    /** The link to email the invitee; {@code link} holds the token, so nothing keeps this event. */
    public record InvitationIssued(
            long entryId,
            long programId,
            String entryTitle,
            String email,
            String inviterName,
            @Nullable String inviterLocale,
            String link) {}

    public record InvitationSent(Long actorId, long programId, long entryId, EntryStatus status, String email)
            implements AuditedChange {
        @Override
        public AuditTrail.Subject subject() {
            return EntryEvents.subject(programId, entryId, status);
        }

        @Override
        public String action() {
            return "TEAM_INVITATION_SENT";
        }

        @Override
        public Object after() {
            return Map.of("email", email);
        }
    }

    public record InvitationRevoked(Long actorId, long programId, long entryId, EntryStatus status, String email)
            implements AuditedChange {
        @Override
        public AuditTrail.Subject subject() {
            return EntryEvents.subject(programId, entryId, status);
        }

        @Override
        public String action() {
            return "TEAM_INVITATION_REVOKED";
        }

        @Override
        public Object before() {
            return Map.of("email", email);
        }
    }

    /** Someone accepted an invitation: {@code actorId} is the new member. */
    public record MemberJoined(Long actorId, long programId, long entryId, EntryStatus status, long userId)
            implements AuditedChange {
        @Override
        public AuditTrail.Subject subject() {
            return EntryEvents.subject(programId, entryId, status);
        }

        @Override
        public String action() {
            return "TEAM_MEMBER_JOINED";
        }

        @Override
        public Object after() {
            return Map.of("userId", userId);
        }
    }

    /** A member left (actor = the member) or was removed by the owner. */
    public record MemberLeft(Long actorId, long programId, long entryId, EntryStatus status, long userId)
            implements AuditedChange {
        @Override
        public AuditTrail.Subject subject() {
            return EntryEvents.subject(programId, entryId, status);
        }

        @Override
        public String action() {
            return actorId != null && actorId == userId ? "TEAM_MEMBER_LEFT" : "TEAM_MEMBER_REMOVED";
        }

        @Override
        public Object before() {
            return Map.of("userId", userId);
        }
    }

    public record OwnershipTransferred(
            Long actorId, long programId, long entryId, EntryStatus status, long fromUserId, long toUserId)
            implements AuditedChange {
        @Override
        public AuditTrail.Subject subject() {
            return EntryEvents.subject(programId, entryId, status);
        }

        @Override
        public String action() {
            return "ENTRY_OWNERSHIP_TRANSFERRED";
        }

        @Override
        public Object before() {
            return Map.of("ownerId", fromUserId);
        }

        @Override
        public Object after() {
            return Map.of("ownerId", toUserId);
        }
    }
}
