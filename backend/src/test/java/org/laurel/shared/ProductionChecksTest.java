package org.laurel.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProductionChecksTest {

    private static final String SECRET = "0123456789abcdef0123456789abcdef-production";
    private static final String PG = "jdbc:postgresql://db:5432/laurel";

    @Test
    void aSoundProductionConfigurationPasses() {
        assertThat(ProductionChecks.problems(SECRET, PG, "s3", 3)).isEmpty();
        assertThat(ProductionChecks.problems(SECRET, PG, "local", 1)).isEmpty();
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThat(ProductionChecks.problems("", "jdbc:h2:file:./data/laurel", "local", 2))
                .hasSize(3)
                .anySatisfy(p -> assertThat(p).startsWith("LAUREL_JWT_SECRET is not set"))
                .anySatisfy(p -> assertThat(p).startsWith("LAUREL_DB_URL is an embedded H2 database"))
                .anySatisfy(p -> assertThat(p).contains("LAUREL_INSTANCES is 2 but LAUREL_STORAGE is local"));
    }

    @Test
    void anH2UrlInAnyCaseIsEmbedded() {
        assertThat(ProductionChecks.problems(SECRET, "JDBC:H2:mem:x", "s3", 1))
                .singleElement()
                .asString()
                .contains("embedded H2");
        assertThat(ProductionChecks.problems(SECRET, null, "s3", 1)).hasSize(1);
    }

    @Test
    void aShortSecretOrNoInstanceIsRefused() {
        assertThat(ProductionChecks.problems("short", PG, "s3", 0))
                .containsExactly(
                        "LAUREL_JWT_SECRET must be at least 32 characters long.",
                        "LAUREL_INSTANCES must be 1 or more, not 0.");
    }

    @Test
    void productionRefusesToStartWithLocalFilesAndTwoInstances() {
        assertThatThrownBy(() -> ApplicationContext.run(
                                Map.of(
                                        "laurel.production",
                                        true,
                                        "laurel.identity.jwt-secret",
                                        SECRET,
                                        "laurel.instances",
                                        2,
                                        "laurel.storage.kind",
                                        "local",
                                        "micronaut.server.port",
                                        -1),
                                "test")
                        .close())
                .hasStackTraceContaining("LAUREL_INSTANCES is 2 but LAUREL_STORAGE is local");
    }

    @Test
    void outsideProductionTheEmbeddedDefaultsStart() {
        try (ApplicationContext context =
                ApplicationContext.run(Map.of("laurel.instances", 2, "micronaut.server.port", -1), "test")) {
            assertThat(context.containsBean(ProductionChecks.class)).isFalse();
        }
    }
}
