package org.laurel.identity;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StartupTest {

    @Test
    void productionRefusesToStartWithTheDevelopmentJwtSecret() {
        assertThatThrownBy(() -> ApplicationContext.run(Map.of("laurel.production", true,
                "micronaut.server.port", -1), "test").close())
                .hasStackTraceContaining("LAUREL_JWT_SECRET");
    }

    @Test
    void productionRefusesAShortSecret() {
        assertThatThrownBy(() -> ApplicationContext.run(Map.of("laurel.production", true,
                "micronaut.security.token.jwt.signatures.secret.generator.secret", "too-short",
                "micronaut.server.port", -1), "test").close())
                .hasStackTraceContaining("at least 32 characters");
    }
}
