package org.laurel.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A refresh token's digest; {@code family} is the sign-in it descends from, {@code usedAt} when it was rotated. */
@MappedEntity("refresh_token")
record RefreshToken(
        @Id @GeneratedValue @Nullable Long id,
        String tokenHash,
        long userId,
        String family,
        boolean revoked,
        Instant createdAt,
        @Nullable Instant usedAt) {}
