package org.laurel.identity;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StartupTest {

    @Test
    void productionRefusesToStartWithoutAJwtSecret() {
        assertThatThrownBy(() -> ApplicationContext.run(
                                Map.of(
                                        "laurel.production",
                                        true,
                                        "laurel.identity.jwt-secret",
                                        "",
                                        "micronaut.server.port",
                                        -1),
                                "test")
                        .close())
                .hasStackTraceContaining("LAUREL_JWT_SECRET is not set");
    }

    @Test
    void productionRefusesAShortSecret() {
        assertThatThrownBy(() -> ApplicationContext.run(
                                Map.of(
                                        "laurel.production",
                                        true,
                                        "laurel.identity.jwt-secret",
                                        "too-short",
                                        "micronaut.server.port",
                                        -1),
                                "test")
                        .close())
                .hasStackTraceContaining("at least 32 characters");
    }

    @Test
    void theFormerDevelopmentSecretIsRefusedEvenOutsideProduction() {
        assertThatThrownBy(() -> ApplicationContext.run(
                                Map.of(
                                        "laurel.identity.jwt-secret",
                                        SigningSecretApiTest.FORMER_DEV_SECRET,
                                        "micronaut.server.port",
                                        -1),
                                "test")
                        .close())
                .hasStackTraceContaining("former development default");
    }
}
