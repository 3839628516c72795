package org.laurel.identity;

import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.ExecutorService;
import reactor.core.publisher.Mono;

/**
 * The per-request check of a bearer token against the account it names: a deactivated account,
 * or a token issued before "sign out everywhere", is treated as no authentication (401), and
 * the roles that count are the account's current ones, not the token's. Security filters run
 * on the event loop, so accounts are cached for {@code laurel.identity.account-cache-ttl}
 * (default 5 s): a hit costs no I/O; a miss loads on the blocking pool (concurrent misses for
 * one account share one load). A change made through this instance evicts the account when its
 * transaction commits; other instances see it within the TTL.
 */
@Singleton
class AccountStates {

    private final AsyncLoadingCache<Long, IdentityService.AccountState> cache;

    AccountStates(
            IdentityService identity, IdentityConfig config, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.cache = Caffeine.newBuilder()
                .expireAfterWrite(config.accountCacheTtl())
                .maximumSize(100_000)
                .executor(blocking)
                .buildAsync(id -> identity.accountState(id).orElse(null));
    }

    /** The token's authentication with the account's current roles, or nothing if the account may not act now. */
    Mono<Authentication> current(Authentication fromToken) {
        long id;
        try {
            id = Long.parseLong(fromToken.getName());
        } catch (NumberFormatException e) {
            return Mono.empty();
        }
        return Mono.fromFuture(cache.get(id))
                .flatMap(state -> admits(state, fromToken)
                        ? Mono.just(Authentication.build(
                                fromToken.getName(),
                                state.roles().stream().map(Enum::name).sorted().toList(),
                                fromToken.getAttributes()))
                        : Mono.empty());
    }

    @TransactionalEventListener
    void onAccountChanged(IdentityService.AccountChanged event) {
        cache.synchronous().invalidate(event.userId());
    }

    private static boolean admits(IdentityService.AccountState state, Authentication fromToken) {
        if (!state.active()) {
            return false;
        }
        Instant validAfter = state.tokensValidAfter();
        if (validAfter == null) {
            return true;
        }
        Instant issuedAt = issuedAt(fromToken.getAttributes().get("iat"));
        return issuedAt != null && !issuedAt.isBefore(validAfter);
    }

    private static Instant issuedAt(Object claim) {
        if (claim instanceof Date date) {
            return date.toInstant();
        }
        if (claim instanceof Number seconds) {
            return Instant.ofEpochSecond(seconds.longValue());
        }
        if (claim instanceof Instant instant) {
            return instant;
        }
        return null;
    }
}
