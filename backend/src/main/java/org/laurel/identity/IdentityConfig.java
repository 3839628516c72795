package org.laurel.identity;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * {@code laurel.identity.*}: hashing cost, token signing and lifetimes, throttling, first admin.
 * The throttling numbers are explained in {@link LoginThrottle}.
 */
@ConfigurationProperties("laurel.identity")
public record IdentityConfig(
        @Bindable(defaultValue = "19456") int argon2MemoryKib,
        @Bindable(defaultValue = "2") int argon2Iterations,
        /* From LAUREL_JWT_SECRET; blank means "use the installation's generated secret". */
        @Nullable String jwtSecret,
        @Bindable(defaultValue = "30d") Duration refreshTokenLifetime,
        /* How stale the per-request view of an account (active, roles) may be on another instance. */
        @Bindable(defaultValue = "5s") Duration accountCacheTtl,
        @Bindable(defaultValue = "10") int loginMaxFailures,
        @Bindable(defaultValue = "15m") Duration loginWindow,
        @Bindable(defaultValue = "50") int loginAccountMaxFailures,
        @Bindable(defaultValue = "100") int loginAddressMaxFailures,
        @Bindable(defaultValue = "10") int registerMaxPerAddress,
        @Bindable(defaultValue = "1h") Duration registerWindow,
        /* Wrong current passwords per account (in login-window) before changing the password waits. */
        @Bindable(defaultValue = "5") int passwordChangeMaxFailures,
        /* How long an emailed password-reset link works. */
        @Bindable(defaultValue = "1h") Duration passwordResetLifetime,
        /* How long the password-set link in a judge's invitation works. */
        @Bindable(defaultValue = "7d") Duration invitationLifetime,
        @Nullable String adminEmail,
        @Nullable String adminPassword) {}
