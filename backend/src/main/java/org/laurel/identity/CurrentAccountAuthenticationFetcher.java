package org.laurel.identity;

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
import java.util.List;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;

/**
 * Micronaut's bearer-token fetcher, followed by {@link AccountStates}: a valid signature alone
 * no longer makes a request authenticated; the account must still be active, and it acts with
 * the roles it holds now.
 */
@Singleton
@Replaces(TokenAuthenticationFetcher.class)
class CurrentAccountAuthenticationFetcher extends TokenAuthenticationFetcher {

    private final AccountStates accounts;

    CurrentAccountAuthenticationFetcher(
            List<TokenValidator<HttpRequest<?>>> tokenValidators,
            TokenResolver<HttpRequest<?>> tokenResolver,
            ApplicationEventPublisher<TokenValidatedEvent> tokenValidatedEventPublisher,
            HttpHostResolver httpHostResolver,
            HttpLocaleResolver httpLocaleResolver,
            AccountStates accounts) {
        super(tokenValidators, tokenResolver, tokenValidatedEventPublisher, httpHostResolver, httpLocaleResolver);
        this.accounts = accounts;
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        return Flux.from(super.fetchAuthentication(request)).concatMap(accounts::current);
    }
}
