package org.laurel.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A password-reset or invitation link's digest; {@code usedAt} is set when it set a password. */
@MappedEntity("password_reset_token")
record PasswordResetToken(
        @Id @GeneratedValue @Nullable Long id,
        String tokenHash,
        long userId,
        String purpose,
        Instant createdAt,
        Instant expiresAt,
        @Nullable Instant usedAt) {}
