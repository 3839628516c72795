package org.laurel.identity;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.AccessTokenConfiguration;
import io.micronaut.security.token.generator.TokenGenerator;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.laurel.shared.Sha256;

/**
 * Sessions: a short-lived signed access token plus an opaque refresh token that rotates on
 * every use. Refresh tokens are random (no signing key involved) and stored only as SHA-256
 * digests. Each sign-in starts a <em>family</em>; refreshing marks the presented token used (one
 * conditional UPDATE, so two racing refreshes cannot both win) and issues the family's next
 * token. A used token presented again means a copy exists somewhere: the whole family is revoked
 * and the attempt refused, so whichever party holds the newer token must sign in again too.
 */
@Singleton
class Sessions {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final RefreshTokenRepository tokens;
    private final IdentityService identity;
    private final TokenGenerator accessTokens;
    private final AccessTokenConfiguration accessConfig;
    private final Clock clock;
    private final Duration lifetime;

    Sessions(
            RefreshTokenRepository tokens,
            IdentityService identity,
            TokenGenerator accessTokens,
            AccessTokenConfiguration accessConfig,
            Clock clock,
            IdentityConfig config) {
        this.tokens = tokens;
        this.identity = identity;
        this.accessTokens = accessTokens;
        this.accessConfig = accessConfig;
        this.clock = clock;
        this.lifetime = config.refreshTokenLifetime();
    }

    /** A new session after a successful sign-in. */
    LoginResponse open(Authentication authentication) {
        return issue(authentication, UUID.randomUUID().toString());
    }

    /** Exchanges a refresh token for a new access token and the family's next refresh token. */
    LoginResponse refresh(String presented) {
        RefreshToken token = find(presented);
        if (token == null) {
            throw new IdentityProblems.InvalidGrant("The refresh token is not valid. Sign in again.");
        }
        if (token.revoked()) {
            throw new IdentityProblems.InvalidGrant("This session has ended. Sign in again.");
        }
        if (token.createdAt().plus(lifetime).isBefore(clock.instant())) {
            throw new IdentityProblems.InvalidGrant("This session has expired. Sign in again.");
        }
        if (tokens.markUsed(token.id(), clock.instant()) == 0) {
            identity.endReusedSession(token.userId(), token.family());
            throw new IdentityProblems.InvalidGrant("This refresh token was already used, so the session has been "
                    + "ended for safety. Sign in again.");
        }
        Authentication current = identity.activeAuthentication(token.userId())
                .orElseThrow(() -> new IdentityProblems.InvalidGrant("The account no longer exists."));
        return issue(current, token.family());
    }

    /** Signing out of one session: its family is revoked. Unknown tokens are ignored (nothing to end). */
    void close(String presented) {
        RefreshToken token = find(presented);
        if (token != null) {
            tokens.revokeFamily(token.family());
        }
    }

    private RefreshToken find(String presented) {
        if (presented == null || presented.isBlank() || presented.length() > 200) {
            return null;
        }
        return tokens.findByTokenHash(Sha256.hex(presented)).orElse(null);
    }

    private LoginResponse issue(Authentication authentication, String family) {
        Integer expiresIn = accessConfig.getExpiration();
        String access = accessTokens
                .generateToken(authentication, expiresIn)
                .orElseThrow(() -> new IllegalStateException("access token generation failed"));
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String refresh = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        long userId = Long.parseLong(authentication.getName());
        Instant now = clock.instant();
        tokens.save(new RefreshToken(null, Sha256.hex(refresh), userId, family, false, now, null));
        return new LoginResponse(access, refresh, "Bearer", expiresIn, authentication.getRoles());
    }
}
