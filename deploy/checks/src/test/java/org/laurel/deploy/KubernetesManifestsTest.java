package org.laurel.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** deploy/k8s: every manifest against the Kubernetes schema of its apiVersion/kind (strict), and Laurel's rules. */
class KubernetesManifestsTest {

    private static final Path K8S = DeployFiles.deploy("k8s");
    private static final long MANAGEMENT_PORT = 8081;
    private static KubernetesSchemas schemas;
    /** file name to its objects */
    private static final Map<String, List<JsonNode>> manifests = new LinkedHashMap<>();

    @BeforeAll
    static void load() throws IOException {
        schemas = new KubernetesSchemas();
        assertThat(schemas.sources()).as("schema/kube-schema.json on the test class path (fabric8 kubernetes-model jars)")
                .hasSizeGreaterThanOrEqualTo(5);
        try (Stream<Path> files = Files.list(K8S)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                    .sorted()
                    .toList()) {
                if (!file.getFileName().toString().equals("kustomization.yaml")) {
                    manifests.put(file.getFileName().toString(), DeployFiles.yamlDocuments(file));
                }
            }
        }
    }

    @Test
    void everyManifestMatchesTheSchemaOfItsKind() {
        assertThat(manifests).isNotEmpty();
        List<String> problems = new ArrayList<>();
        manifests.forEach((file, objects) -> {
            for (JsonNode object : objects) {
                String apiVersion = object.path("apiVersion").asText();
                String kind = object.path("kind").asText();
                var definition = schemas.definitionOf(apiVersion, kind);
                if (definition.isEmpty()) {
                    problems.add(file + ": no Kubernetes schema for " + apiVersion + " " + kind);
                    continue;
                }
                for (String error : SchemaValidation.errors(schemas.schemaFor(definition.get()), object)) {
                    problems.add(file + " (" + kind + "): " + error);
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void theSchemasAreStrict() {
        JsonNode deployment = only("Deployment");
        JsonSchema schema = schemas.schemaFor(schemas.definitionOf("apps/v1", "Deployment").orElseThrow());
        ObjectNode typo = deployment.deepCopy();
        ((ObjectNode) typo.path("spec").path("template").path("spec").path("containers").get(0))
                .set("resource", DeployFiles.JSON.createObjectNode());
        assertThat(SchemaValidation.errors(schema, typo)).isNotEmpty();
        ObjectNode wrongType = deployment.deepCopy();
        ((ObjectNode) wrongType.path("spec")).put("replicas", "two");
        assertThat(SchemaValidation.errors(schema, wrongType)).isNotEmpty();
        ObjectNode misplaced = deployment.deepCopy();
        ((ObjectNode) misplaced.path("spec")).set("readinessProbe", DeployFiles.JSON.createObjectNode());
        assertThat(SchemaValidation.errors(schema, misplaced)).isNotEmpty();
    }

    @Test
    void kustomizationListsEveryManifest() {
        JsonNode kustomization = DeployFiles.yaml(K8S.resolve("kustomization.yaml"));
        Set<String> listed = new TreeSet<>();
        kustomization.path("resources").forEach(r -> listed.add(r.asText()));
        assertThat(listed).isEqualTo(new TreeSet<>(manifests.keySet()));
        assertThat(kustomization.path("namespace").asText()).isEqualTo(only("Namespace").path("metadata").path("name").asText());
    }

    @Test
    void deploymentProbesResourcesAndSecurity() {
        JsonNode deployment = only("Deployment");
        JsonNode pod = deployment.path("spec").path("template").path("spec");
        assertThat(deployment.path("spec").path("replicas").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean()).isTrue();
        Set<String> emptyDirs = new TreeSet<>();
        pod.path("volumes").forEach(v -> {
            if (v.has("emptyDir")) {
                emptyDirs.add(v.path("name").asText());
            }
        });
        assertThat(pod.path("containers")).isNotEmpty();
        for (JsonNode container : pod.path("containers")) {
            String name = container.path("name").asText();
            assertThat(container.path("resources").path("limits").path("memory").asText())
                    .as("%s memory limit", name)
                    .isNotEmpty();
            assertThat(container.path("resources").path("requests").path("cpu").asText()).as("%s cpu request (HPA)", name)
                    .isNotEmpty();
            for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
                JsonNode get = container.path(probe).path("httpGet");
                assertThat(get.isMissingNode()).as("%s %s", name, probe).isFalse();
                assertThat(port(container, get.path("port"))).as("%s %s port", name, probe).isEqualTo(MANAGEMENT_PORT);
            }
            assertThat(container.path("readinessProbe").path("httpGet").path("path").asText()).isEqualTo("/health/readiness");
            assertThat(container.path("livenessProbe").path("httpGet").path("path").asText()).isEqualTo("/health/liveness");
            JsonNode security = container.path("securityContext");
            assertThat(security.path("readOnlyRootFilesystem").asBoolean()).as("%s read-only root", name).isTrue();
            assertThat(security.path("allowPrivilegeEscalation").asBoolean(true)).isFalse();
            assertThat(security.path("capabilities").path("drop").toString()).contains("ALL");
            boolean tmp = false;
            for (JsonNode mount : container.path("volumeMounts")) {
                tmp |= mount.path("mountPath").asText().equals("/tmp") && emptyDirs.contains(mount.path("name").asText());
            }
            assertThat(tmp).as("%s has an emptyDir on /tmp", name).isTrue();
            assertThat(container.path("envFrom").toString()).contains("configMapRef").contains("secretRef");
        }
    }

    @Test
    void heapFitsTheMemoryLimitAndTheResidentBudget() {
        JsonNode config = only("ConfigMap").path("data");
        JsonNode container = only("Deployment").path("spec").path("template").path("spec").path("containers").get(0);
        long limit = DeployFiles.bytes(container.path("resources").path("limits").path("memory").asText());
        Matcher percent = Pattern.compile("-XX:MaxRAMPercentage=(\\d+(?:\\.\\d+)?)").matcher(config.path("JAVA_OPTS").asText());
        assertThat(percent.find()).as("JAVA_OPTS sets MaxRAMPercentage").isTrue();
        assertThat(config.path("JAVA_OPTS").asText()).containsAnyOf("-XX:+UseSerialGC", "-XX:+UseG1GC");
        long heap = (long) (limit * Double.parseDouble(percent.group(1)) / 100);
        // ~200 MiB outside the heap (classes, code cache, threads, direct buffers): the process stays under 512 MiB.
        assertThat(heap + (200L << 20)).as("heap %d MiB + 200 MiB", heap >> 20).isLessThanOrEqualTo(512L << 20);
        assertThat(heap + (200L << 20)).isLessThan(limit);
        // The same options as the image's default.
        assertThat(DeployFiles.read(DeployFiles.deploy("Dockerfile"))).contains(config.path("JAVA_OPTS").asText());
    }

    @Test
    void theManagementPortIsNeverExposedPublicly() {
        JsonNode deployment = only("Deployment");
        JsonNode container = deployment.path("spec").path("template").path("spec").path("containers").get(0);
        List<JsonNode> services = all("Service");
        JsonNode main = services.stream()
                .filter(s -> s.path("metadata").path("name").asText().equals("laurel"))
                .findFirst()
                .orElseThrow();
        for (JsonNode port : main.path("spec").path("ports")) {
            assertThat(port(container, port.path("targetPort"))).as("Service laurel targets the main port").isEqualTo(8080);
            assertThat(port.path("port").asInt()).isEqualTo(80);
        }
        assertThat(main.path("spec").path("type").asText("ClusterIP")).isEqualTo("ClusterIP");
        for (JsonNode service : services) {
            String type = service.path("spec").path("type").asText("ClusterIP");
            boolean management = false;
            for (JsonNode port : service.path("spec").path("ports")) {
                management |= port(container, port.path("targetPort").isMissingNode() ? port.path("port") : port.path("targetPort"))
                        == MANAGEMENT_PORT;
            }
            if (management) {
                assertThat(type).as("%s exposes 8081: cluster-internal only", service.path("metadata").path("name"))
                        .isEqualTo("ClusterIP");
            }
        }
        JsonNode ingress = only("Ingress");
        List<JsonNode> backends = new ArrayList<>();
        if (ingress.path("spec").has("defaultBackend")) {
            backends.add(ingress.path("spec").path("defaultBackend"));
        }
        ingress.path("spec").path("rules").forEach(rule -> rule.path("http").path("paths").forEach(p -> backends.add(p.path("backend"))));
        assertThat(backends).isNotEmpty();
        for (JsonNode backend : backends) {
            JsonNode service = backend.path("service");
            assertThat(service.path("name").asText()).isEqualTo("laurel");
            JsonNode port = service.path("port");
            assertThat(port.has("number") ? port.path("number").asText() : port.path("name").asText()).isIn("80", "http");
        }
        assertThat(ingress.toString()).doesNotContain("8081").doesNotContain("management");
    }

    @Test
    void ingressSuitsTheEventStreamAndUploads() {
        JsonNode annotations = only("Ingress").path("metadata").path("annotations");
        assertThat(annotations.path("nginx.ingress.kubernetes.io/proxy-buffering").asText()).isEqualTo("off");
        assertThat(annotations.path("nginx.ingress.kubernetes.io/proxy-read-timeout").asInt()).isGreaterThanOrEqualTo(3600);
        assertThat(annotations.path("nginx.ingress.kubernetes.io/proxy-body-size").asText()).isEqualTo("30m");
        assertThat(only("Ingress").path("spec").path("ingressClassName").asText()).isEqualTo("nginx");
    }

    @Test
    void scalingRules() {
        JsonNode pdb = only("PodDisruptionBudget");
        assertThat(pdb.path("spec").path("minAvailable").asInt()).isEqualTo(1);
        JsonNode hpa = only("HorizontalPodAutoscaler");
        assertThat(hpa.path("apiVersion").asText()).isEqualTo("autoscaling/v2");
        assertThat(hpa.path("spec").path("metrics").toString()).contains("\"cpu\"");
        int min = hpa.path("spec").path("minReplicas").asInt();
        int max = hpa.path("spec").path("maxReplicas").asInt();
        JsonNode config = only("ConfigMap").path("data");
        assertThat(min).isGreaterThanOrEqualTo(2);
        assertThat(config.path("LAUREL_INSTANCES").asInt()).isGreaterThan(1).isLessThanOrEqualTo(min);
        assertThat(config.path("LAUREL_STORAGE").asText()).isEqualTo("s3");
        // Every pod's pool at the HPA maximum stays within PostgreSQL's default max_connections (100) with room.
        assertThat(max * config.path("LAUREL_DB_POOL").asInt()).isLessThanOrEqualTo(80);
        JsonNode selector = pdb.path("spec").path("selector").path("matchLabels");
        JsonNode labels = only("Deployment").path("spec").path("template").path("metadata").path("labels");
        selector.fields().forEachRemaining(e -> assertThat(labels.path(e.getKey())).isEqualTo(e.getValue()));
    }

    @Test
    void theSecretTemplateHoldsNoValues() {
        JsonNode secret = only("Secret");
        secret.path("stringData").fields().forEachRemaining(e -> {
            if (!e.getKey().equals("LAUREL_DB_USER")) {
                assertThat(e.getValue().asText()).as(e.getKey()).isEmpty();
            }
        });
        assertThat(secret.has("data")).isFalse();
    }

    // ---- helpers ----

    private static List<JsonNode> all(String kind) {
        List<JsonNode> found = new ArrayList<>();
        manifests.values().forEach(objects -> objects.stream()
                .filter(o -> o.path("kind").asText().equals(kind))
                .forEach(found::add));
        return found;
    }

    private static JsonNode only(String kind) {
        List<JsonNode> found = all(kind);
        assertThat(found).as("one %s in deploy/k8s", kind).hasSize(1);
        return found.get(0);
    }

    /** A port given as a number or as the name of one of the container's ports. */
    private static long port(JsonNode container, JsonNode port) {
        if (port.isNumber()) {
            return port.asLong();
        }
        for (JsonNode declared : container.path("ports")) {
            if (declared.path("name").asText().equals(port.asText())) {
                return declared.path("containerPort").asLong();
            }
        }
        throw new AssertionError("no container port named " + port);
    }
}
