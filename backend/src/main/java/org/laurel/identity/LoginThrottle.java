package org.laurel.identity;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.laurel.shared.TooManyRequests;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * At most {@code loginMaxFailures} failed logins per account name within a sliding
 * {@code loginWindow}. Kept in the database so every server instance enforces the same count.
 * While throttled, attempts are refused before the password is looked at, so guessing the
 * right password does not get through either.
 */
@Singleton
class LoginThrottle {

    private final LoginFailureRepository failures;
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;

    LoginThrottle(LoginFailureRepository failures, Clock clock, IdentityConfig config) {
        this.failures = failures;
        this.clock = clock;
        this.maxFailures = config.loginMaxFailures();
        this.window = config.loginWindow();
    }

    /** Refuses with 429 when the account is throttled now. */
    void check(String email) {
        Instant now = clock.instant();
        List<LoginFailure> recent = failures.findByEmailAndFailedAtGreaterThanOrderByFailedAt(email, now.minus(window));
        if (recent.size() >= maxFailures) {
            // The next attempt is allowed when enough of the oldest failures have left the window.
            Instant retryAt = recent.get(recent.size() - maxFailures).failedAt().plus(window);
            long seconds = Math.max(1, Duration.between(now, retryAt).toMillis() / 1000 + 1);
            throw new TooManyRequests("login-throttled",
                    "Too many failed sign-in attempts for this account. Try again in " + seconds + " seconds.", seconds);
        }
    }

    @Transactional
    void recordFailure(String email) {
        Instant now = clock.instant();
        failures.deleteByFailedAtLessThan(now.minus(window));
        failures.save(new LoginFailure(null, email, now));
    }

    @Transactional
    void reset(String email) {
        failures.deleteByEmail(email);
    }
}
