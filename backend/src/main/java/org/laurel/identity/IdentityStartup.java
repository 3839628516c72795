package org.laurel.identity;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates the first admin on start-up (the signing secret is {@link TokenSigning}'s). */
@Singleton
class IdentityStartup {

    private static final Logger LOG = LoggerFactory.getLogger(IdentityStartup.class);

    private final IdentityService identity;
    private final IdentityConfig config;

    IdentityStartup(IdentityService identity, IdentityConfig config) {
        this.identity = identity;
        this.config = config;
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
