package org.laurel.identity;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Set;

/** Start-up duties of the identity module: refuse an unsafe production start, create the first admin. */
@Singleton
class IdentityStartup {

    private static final Logger LOG = LoggerFactory.getLogger(IdentityStartup.class);
    static final String DEV_SECRET_PREFIX = "dev-only-secret";

    private final IdentityService identity;
    private final IdentityConfig config;

    IdentityStartup(IdentityService identity, IdentityConfig config) {
        this.identity = identity;
        this.config = config;
    }

    /** Created with the context, so a production start with the development secret never serves a request. */
    @Context
    static class JwtSecretGuard {
        JwtSecretGuard(@Value("${laurel.production:false}") boolean production,
                       @Value("${micronaut.security.token.jwt.signatures.secret.generator.secret}") String secret) {
            if (!production) {
                return;
            }
            if (secret.startsWith(DEV_SECRET_PREFIX)) {
                throw new IllegalStateException("LAUREL_PRODUCTION is true but LAUREL_JWT_SECRET is the development "
                        + "default: set LAUREL_JWT_SECRET to a random value of at least 32 characters.");
            }
            if (secret.length() < 32) {
                throw new IllegalStateException("LAUREL_JWT_SECRET must be at least 32 characters long.");
            }
        }
    }

    @EventListener
    void onStartup(StartupEvent event) {
        String email = config.adminEmail();
        String password = config.adminPassword();
        if (email == null || email.isBlank() || password == null || password.isBlank()) {
            if (!identity.anyoneHas(Role.ADMIN)) {
                LOG.warn("No administrator exists. Set LAUREL_ADMIN_EMAIL and LAUREL_ADMIN_PASSWORD to create one.");
            }
            return;
        }
        if (identity.anyoneHas(Role.ADMIN)) {
            return;
        }
        if (identity.emailRegistered(email)) {
            LOG.warn("LAUREL_ADMIN_EMAIL {} belongs to an existing account; grant it ADMIN instead.", email);
            return;
        }
        identity.create(email, password, "Administrator", null, null, Set.of(Role.ADMIN));
        LOG.info("Created the first administrator {}", email);
    }
}
