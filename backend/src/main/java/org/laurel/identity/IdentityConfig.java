package org.laurel.identity;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/** {@code laurel.identity.*}: hashing cost, login throttling, token lifetime, first admin. */
@ConfigurationProperties("laurel.identity")
public record IdentityConfig(
        @Bindable(defaultValue = "19456") int argon2MemoryKib,
        @Bindable(defaultValue = "2") int argon2Iterations,
        @Bindable(defaultValue = "10") int loginMaxFailures,
        @Bindable(defaultValue = "15m") Duration loginWindow,
        @Bindable(defaultValue = "30d") Duration refreshTokenLifetime,
        @Nullable String adminEmail,
        @Nullable String adminPassword) {
}
