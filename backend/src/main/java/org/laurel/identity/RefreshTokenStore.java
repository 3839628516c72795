package org.laurel.identity;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.errors.IssuingAnAccessTokenErrorCode;
import io.micronaut.security.errors.OauthErrorResponseException;
import io.micronaut.security.token.event.RefreshTokenGeneratedEvent;
import io.micronaut.security.token.refresh.RefreshTokenPersistence;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * Refresh tokens live in the database (as digests) so they survive restarts and can be
 * revoked; a refresh re-reads the account, so role changes take effect at the next refresh.
 */
@Singleton
class RefreshTokenStore implements RefreshTokenPersistence {

    private final RefreshTokenRepository tokens;
    private final IdentityService identity;
    private final Clock clock;
    private final Duration lifetime;
    private final ExecutorService blocking;

    RefreshTokenStore(RefreshTokenRepository tokens, IdentityService identity, Clock clock, IdentityConfig config,
                      @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.tokens = tokens;
        this.identity = identity;
        this.clock = clock;
        this.lifetime = config.refreshTokenLifetime();
        this.blocking = blocking;
    }

    @Override
    public void persistToken(RefreshTokenGeneratedEvent event) {
        long userId = Long.parseLong(event.getAuthentication().getName());
        tokens.save(new RefreshToken(null, digest(event.getRefreshToken()), userId, false, clock.instant()));
    }

    @Override
    public Publisher<Authentication> getAuthentication(String refreshToken) {
        // Called on the event loop by the OAuth endpoint; the lookup is blocking JDBC.
        return Publishers.fromCompletableFuture(CompletableFuture.supplyAsync(() -> lookup(refreshToken), blocking));
    }

    private Authentication lookup(String refreshToken) {
        RefreshToken token = tokens.findByTokenHash(digest(refreshToken)).orElseThrow(() -> invalid("unknown refresh token"));
        if (token.revoked()) {
            throw invalid("refresh token revoked");
        }
        if (token.createdAt().plus(lifetime).isBefore(clock.instant())) {
            throw invalid("refresh token expired");
        }
        return identity.currentAuthentication(token.userId()).orElseThrow(() -> invalid("account no longer exists"));
    }

    private static OauthErrorResponseException invalid(String why) {
        return new OauthErrorResponseException(IssuingAnAccessTokenErrorCode.INVALID_GRANT, why, null);
    }

    static String digest(String token) {
        return org.laurel.shared.Sha256.hex(token);
    }
}
