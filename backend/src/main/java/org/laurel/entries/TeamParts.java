package org.laurel.entries;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** The rows behind an entry's team: who joined it, and the invitations sent to join it. */
final class TeamParts {

    private TeamParts() {}

    /** A person who joined an entry's team by invitation (the owner is the entry's applicant, not a row here). */
    @MappedEntity("entry_member")
    record Member(
            @Id @GeneratedValue @Nullable Long id,
            long entryId,
            long userId,
            @Nullable String role,
            Instant joinedAt) {}

    /** An emailed invitation; the token itself is never stored, only its SHA-256 digest. */
    @MappedEntity("entry_invitation")
    record Invitation(
            @Id @GeneratedValue @Nullable Long id,
            long entryId,
            String email,
            @Nullable String role,
            String tokenSha256,
            long invitedBy,
            Instant createdAt,
            Instant expiresAt,
            @Nullable Instant acceptedAt,
            @Nullable Long acceptedBy,
            @Nullable Instant revokedAt) {

        boolean pending(Instant now) {
            return acceptedAt == null && revokedAt == null && now.isBefore(expiresAt);
        }
    }
}
