package org.laurel.identity;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.laurel.shared.Sha256;
import org.laurel.shared.TooManyRequests;

/**
 * Sign-in and registration throttling, kept in the database so every instance enforces the
 * same counts. An attempt is <em>reserved</em> (counted as a failure) in one transaction before
 * the password is looked at; a successful sign-in gives it back. So a burst of parallel guesses
 * cannot all be evaluated: each conditional UPDATE waits for the previous one's row lock and
 * sees the delay it set.
 * <p>
 * The policy (defaults; {@code laurel.identity.*}), with k = failures within the window
 * ({@code login-window}, 15 minutes; a key idle that long starts over):
 * <ul>
 *   <li><b>Account from one address</b>: {@code login-max-failures} (10) free attempts, then
 *       the next waits 30 s, doubling with each further failure, at most the window.</li>
 *   <li><b>Account from all addresses</b>: {@code login-account-max-failures} (50), then 1 s
 *       doubling, at most 1 minute. A stranger cannot keep the owner out: from one address they
 *       only slow themselves down, and even from many the owner waits a minute at most.</li>
 *   <li><b>Address across all accounts</b> (password spraying): {@code login-address-max-failures}
 *       (100), then 30 s doubling, at most the window.</li>
 *   <li><b>Current password when changing it, per account</b>: {@code password-change-max-failures}
 *       (5), then the window (15 minutes) must pass.</li>
 *   <li><b>Registration per address</b>: {@code register-max-per-address} (10) per
 *       {@code register-window} (1 hour), then 60 s doubling, at most the window.</li>
 * </ul>
 * A success clears the account's two counters and gives back the address's reservation. While
 * a key waits, attempts are answered 429 with {@code Retry-After} and the password is not
 * checked; the answer does not say which key waits, nor whether the account exists.
 * The client address is {@link org.laurel.shared.ClientOrigin}'s (proxies only if trusted).
 */
@Singleton
class LoginThrottle {

    /** When the k-th counted attempt delays the next: none before {@code free}, then base * 2^(k - free), capped. */
    record Policy(String name, int free, Duration base, Duration cap, Duration window) {
        Duration delayAfter(int attempts) {
            if (attempts < free) {
                return Duration.ZERO;
            }
            int doublings = Math.min(attempts - free, 30);
            Duration delay = base.multipliedBy(1L << doublings);
            return delay.compareTo(cap) > 0 ? cap : delay;
        }
    }

    private final ThrottleCounterRepository counters;
    private final ApplicationEventPublisher<AttemptThrottled> throttled;
    private final Clock clock;
    private final Policy pair;
    private final Policy account;
    private final Policy address;
    private final Policy register;
    private final Policy passwordChange;

    LoginThrottle(
            ThrottleCounterRepository counters,
            ApplicationEventPublisher<AttemptThrottled> throttled,
            Clock clock,
            IdentityConfig config) {
        this.counters = counters;
        this.throttled = throttled;
        this.clock = clock;
        Duration window = config.loginWindow();
        this.pair = new Policy("pair", config.loginMaxFailures(), Duration.ofSeconds(30), window, window);
        this.account = new Policy(
                "account",
                config.loginAccountMaxFailures(),
                Duration.ofSeconds(1),
                min(Duration.ofMinutes(1), window),
                window);
        this.address = new Policy("address", config.loginAddressMaxFailures(), Duration.ofSeconds(30), window, window);
        this.register = new Policy(
                "register",
                config.registerMaxPerAddress(),
                Duration.ofSeconds(60),
                config.registerWindow(),
                config.registerWindow());
        // The owner knows the password: a few slips are free, then the rest of the window waits.
        this.passwordChange = new Policy("password-change", config.passwordChangeMaxFailures(), window, window, window);
    }

    /** Counts a sign-in attempt against all three keys, or refuses with 429 (nothing counted). */
    @Transactional
    public void reserveLogin(String email, String clientAddress) {
        Instant now = now();
        // Always in this order, so two attempts never wait for each other's locks in a cycle.
        reserve(pairKey(email, clientAddress), pair, now);
        reserve(accountKey(email), account, now);
        reserve(addressKey(clientAddress), address, now);
    }

    @Transactional
    public void loginSucceeded(String email, String clientAddress) {
        counters.forget(pairKey(email, clientAddress));
        counters.forget(accountKey(email));
        counters.release(addressKey(clientAddress));
    }

    /**
     * Counts a password-reset request like a sign-in attempt (per email and per address, with the
     * sign-in limits) under keys of its own, so asking for links cannot lock anyone out of signing in.
     */
    @Transactional
    public void reservePasswordReset(String email, String clientAddress) {
        Instant now = now();
        reserve("reset:" + Sha256.hex(email), pair, now);
        reserve("reset-address:" + clientAddress, address, now);
    }

    /**
     * Counts an attempt at the current password when changing it, per account (not per address: the
     * caller holds the account's access token, perhaps a stolen one, and may come from anywhere).
     */
    @Transactional
    public void reservePasswordChange(long userId) {
        reserve(passwordChangeKey(userId), passwordChange, now());
    }

    @Transactional
    public void passwordChangeSucceeded(long userId) {
        counters.forget(passwordChangeKey(userId));
    }

    /** Counts a registration from this address, or refuses with 429. */
    @Transactional
    public void reserveRegistration(String clientAddress) {
        reserve("register:" + clientAddress, register, now());
    }

    @Scheduled(fixedDelay = "10m", initialDelay = "1m")
    void purgeIdleCounters() {
        Duration longest = pair.window().compareTo(register.window()) > 0 ? pair.window() : register.window();
        counters.purgeIdleSince(clock.instant().minus(longest));
    }

    private void reserve(String key, Policy policy, Instant now) {
        counters.ensure(key, now, now.minus(policy.window()));
        if (counters.reserve(key, now, now.minus(policy.window())) == 0) {
            Instant retryAt =
                    counters.findById(key).map(ThrottleCounter::nextAllowedAt).orElse(now);
            long seconds = Math.max(1, (Duration.between(now, retryAt).toMillis() + 999) / 1000);
            throttled.publishEvent(new AttemptThrottled(policy.name()));
            // Thrown inside the transaction: any key already counted for this attempt is rolled back.
            throw new TooManyRequests(
                    policy == register
                            ? "registration-throttled"
                            : policy == passwordChange ? "password-change-throttled" : "login-throttled",
                    "Too many attempts. Try again in " + seconds + " seconds.",
                    seconds);
        }
        ThrottleCounter counted = counters.findById(key).orElseThrow();
        Duration delay = policy.delayAfter(counted.attempts());
        if (!delay.isZero()) {
            counters.delayUntil(key, now.plus(delay));
        }
    }

    // Keys carry a digest of the email, not the email: the table needs no personal data.
    private static String pairKey(String email, String clientAddress) {
        return "pair:" + Sha256.hex(email) + "|" + clientAddress;
    }

    private static String passwordChangeKey(long userId) {
        return "password-change:" + userId;
    }

    private static String accountKey(String email) {
        return "account:" + Sha256.hex(email);
    }

    private static String addressKey(String clientAddress) {
        return "address:" + clientAddress;
    }

    /** Whole milliseconds: the database keeps fewer digits than Instant, and rounding must not push a time ahead. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) < 0 ? a : b;
    }
}
