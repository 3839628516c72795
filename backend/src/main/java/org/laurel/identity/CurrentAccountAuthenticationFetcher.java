package org.laurel.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.HttpHostResolver;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.event.TokenValidatedEvent;
import io.micronaut.security.token.TokenAuthenticationFetcher;
import io.micronaut.security.token.reader.TokenResolver;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;

/**
 * Micronaut's bearer-token fetcher, followed by {@link AccountStates}: a valid signature alone
 * no longer makes a request authenticated; the account must still be active, and it acts with
 * the roles it holds now.
 * <p>
 * A judge's tablet sends the same access token with every save, and checking it (decoding,
 * verifying the HMAC, validating the claims) was a fifth of the event loop's time under the
 * save load (JFR, issue "Benchmarks you can trust"). So a token whose signature and claims have
 * been verified once is remembered, by its exact text, until it expires (at most
 * {@link #REMEMBERED} later). Only verified tokens are kept, so a caller cannot fill the cache
 * with forgeries; and what may change during a token's life (the account deactivated, "sign out
 * everywhere", its roles) is still checked on every request by {@link AccountStates}.
 */
@Singleton
@Replaces(TokenAuthenticationFetcher.class)
class CurrentAccountAuthenticationFetcher extends TokenAuthenticationFetcher {

    static final Duration REMEMBERED = Duration.ofMinutes(5);

    private final TokenResolver<HttpRequest<?>> tokenResolver;
    private final AccountStates accounts;
    private final Cache<String, Authentication> verified = Caffeine.newBuilder()
            .expireAfterWrite(REMEMBERED)
            .maximumSize(50_000)
            .build();

    CurrentAccountAuthenticationFetcher(
            List<TokenValidator<HttpRequest<?>>> tokenValidators,
            TokenResolver<HttpRequest<?>> tokenResolver,
            ApplicationEventPublisher<TokenValidatedEvent> tokenValidatedEventPublisher,
            HttpHostResolver httpHostResolver,
            HttpLocaleResolver httpLocaleResolver,
            AccountStates accounts) {
        super(tokenValidators, tokenResolver, tokenValidatedEventPublisher, httpHostResolver, httpLocaleResolver);
        this.tokenResolver = tokenResolver;
        this.accounts = accounts;
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        List<String> tokens = tokenResolver.resolveTokens(request);
        String token = tokens.size() == 1 ? tokens.get(0) : null;
        if (token != null) {
            Authentication known = verified.getIfPresent(token);
            if (known != null && !expired(known)) {
                request.setAttribute(
                        io.micronaut.security.filters.SecurityFilter.TOKEN,
                        token); // as the full check does, for whatever reads it later
                return accounts.current(known);
            }
        }
        return Flux.from(super.fetchAuthentication(request))
                .doOnNext(fromToken -> {
                    if (token != null) {
                        verified.put(token, fromToken);
                    }
                })
                .concatMap(accounts::current);
    }

    /** The token's own expiry still holds while it is remembered (a token without one is checked in full each time). */
    private boolean expired(Authentication fromToken) {
        Object exp = fromToken.getAttributes().get("exp");
        Instant expiresAt = exp instanceof Date date
                ? date.toInstant()
                : exp instanceof Number seconds ? Instant.ofEpochSecond(seconds.longValue()) : null;
        // The system clock, as Micronaut's expiration check uses, whatever clock the rest of Laurel runs on.
        return expiresAt == null || !Instant.now().isBefore(expiresAt);
    }
}
