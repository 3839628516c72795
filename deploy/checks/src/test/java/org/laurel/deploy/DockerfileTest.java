package org.laurel.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * deploy/Dockerfile and deploy/run.sh (no Docker engine here: the file's rules, and the health check command run
 * by this machine's bash against a stand-in server).
 */
class DockerfileTest {

    private static final String DOCKERFILE = DeployFiles.read(DeployFiles.deploy("Dockerfile"));

    @Test
    void runsAsNonRootWithContainerAwareHeapAndJsonLogs() {
        String runtime = DOCKERFILE.substring(DOCKERFILE.lastIndexOf("\nFROM "));
        Matcher user = Pattern.compile("(?m)^USER\\s+(\\S+)").matcher(runtime);
        assertThat(user.find()).as("USER in the run stage").isTrue();
        assertThat(user.group(1)).doesNotStartWith("root").doesNotStartWith("0");
        assertThat(runtime).contains("-XX:MaxRAMPercentage=").contains("-XX:+UseSerialGC").contains("LAUREL_LOG_FORMAT=json");
        assertThat(runtime).containsPattern("(?m)^EXPOSE\\s+8080\\s+8081\\s*$");
        assertThat(DOCKERFILE).contains("AS build").contains("COPY --from=build");
        assertThat(runtime.replaceAll("(?m)^\\s*#.*$", "")).doesNotContain("curl").doesNotContain("wget");
    }

    @Test
    void healthCheckCommandReportsReadinessOfTheManagementPort() throws Exception {
        List<String> command = healthCheck();
        assertThat(command.get(0)).isEqualTo("bash");
        String script = command.get(2);
        assertThat(script).contains("/dev/tcp/127.0.0.1/8081").contains("GET /health/readiness ");

        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 8);
        int[] status = {200};
        server.createContext("/", exchange -> {
            int code = exchange.getRequestURI().getPath().equals("/health/readiness") ? status[0] : 404;
            byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(code, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String local = script.replace("/dev/tcp/127.0.0.1/8081", "/dev/tcp/127.0.0.1/" + server.getAddress().getPort());
            assertThat(run(local)).as("ready").isZero();
            status[0] = 503;
            assertThat(run(local)).as("not ready").isNotZero();
        } finally {
            server.stop(0);
        }
        String closed = script.replace("/dev/tcp/127.0.0.1/8081", "/dev/tcp/127.0.0.1/1");
        assertThat(run(closed)).as("nothing listening").isNotZero();
    }

    @Test
    void runShSetsAHeapLimitAndCollectorByDefault() {
        String run = DeployFiles.read(DeployFiles.deploy("run.sh"));
        Matcher defaults = Pattern.compile("\\$\\{JAVA_OPTS:-([^}]*)}").matcher(run);
        assertThat(defaults.find()).isTrue();
        assertThat(defaults.group(1)).contains("-Xmx").contains("-XX:+UseSerialGC");
    }

    private static List<String> healthCheck() throws Exception {
        Matcher m = Pattern.compile("(?s)HEALTHCHECK[^\\n]*?CMD\\s+(\\[.*?\\])\\s*\\n\\s*\\n").matcher(DOCKERFILE + "\n\n");
        assertThat(m.find()).as("HEALTHCHECK ... CMD [exec form]").isTrue();
        JsonNode array = DeployFiles.JSON.readTree(m.group(1).replace("\\\n", ""));
        List<String> command = new ArrayList<>();
        array.forEach(n -> command.add(n.asText()));
        return command;
    }

    private static int run(String script) throws Exception {
        Process process = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }
}
