package org.laurel.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * deploy/nginx: `nginx -t` on the container configuration and on the loopback template (both include the shipped
 * files unchanged), the rules Laurel relies on, and a real nginx in front of two throwaway HTTP servers on
 * 127.0.0.1 (retries only for GET/HEAD, unbuffered event stream, forwarded headers, 413 above 30m).
 */
class NginxConfigTest {

    private static final Path NGINX_DIR = DeployFiles.deploy("nginx");

    @TempDir
    Path temp;

    @Test
    void containerConfigurationPassesNginxTest() throws Exception {
        Path prefix = prefix("container");
        Path conf = prefix.resolve("laurel");
        Files.createDirectories(conf);
        for (String name : List.of("http.conf", "upstream.conf", "laurel.conf")) {
            Files.copy(NGINX_DIR.resolve(name), conf.resolve(name));
        }
        // The compose service names do not resolve here: the same upstream, on 127.0.0.1.
        String upstream = DeployFiles.read(NGINX_DIR.resolve("upstream.conf"));
        Matcher servers = Pattern.compile("(?m)^(\\s*server\\s+)([A-Za-z0-9.-]+)(:8080\\b)").matcher(upstream);
        List<String> hosts = new ArrayList<>();
        StringBuilder local = new StringBuilder();
        while (servers.find()) {
            hosts.add(servers.group(2));
            servers.appendReplacement(local, Matcher.quoteReplacement(servers.group(1) + "127.0.0.1" + servers.group(3)));
        }
        servers.appendTail(local);
        assertThat(hosts).as("upstream.conf names the compose services").containsExactly("laurel1", "laurel2");
        Files.writeString(conf.resolve("upstream.conf"), local.toString());
        // Writable paths under /tmp in the image; here under the test's own prefix.
        String main = DeployFiles.read(NGINX_DIR.resolve("nginx.conf")).replace("/tmp/", prefix + "/");
        Files.writeString(prefix.resolve("nginx.conf"), main);

        assertNginxTestPasses(prefix);
    }

    @Test
    void loopbackTemplatePassesNginxTest() throws Exception {
        Path prefix = prefix("loopback");
        writeLoopbackConfig(prefix, freePort(), List.of(freePort(), freePort()));
        assertNginxTestPasses(prefix);
    }

    @Test
    void eventStreamLocationIsUnbufferedUncompressedAndLongLived() {
        Map<String, String> locations = locations();
        String stream = locations.entrySet().stream()
                .filter(e -> e.getKey().startsWith("~"))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no regex location for the event streams in laurel.conf"));
        assertThat(directives(stream, "proxy_buffering")).containsExactly("off");
        assertThat(directives(stream, "gzip")).containsExactly("off");
        assertThat(directives(stream, "proxy_read_timeout")).singleElement().satisfies(v -> assertThat(
                        seconds(v))
                .isGreaterThanOrEqualTo(3600));
        assertThat(stripComments(DeployFiles.read(NGINX_DIR.resolve("http.conf")))).doesNotContain("text/event-stream");
    }

    @Test
    void everyEventStreamEndpointOfTheBackendIsInTheStreamLocation() throws IOException {
        Pattern streamLocation = Pattern.compile(locations().keySet().stream()
                .filter(k -> k.startsWith("~"))
                .findFirst()
                .orElseThrow()
                .substring(1)
                .trim());
        List<String> paths = eventStreamPaths();
        assertThat(paths).as("event-stream endpoints found in backend/src/main/java").isNotEmpty();
        for (String path : paths) {
            assertThat(streamLocation.matcher(path).find())
                    .as("%s goes through the unbuffered location %s", path, streamLocation)
                    .isTrue();
        }
        assertThat(streamLocation.matcher("/api/live/7").find()).isFalse();
    }

    @Test
    void onlyGetAndHeadAreRetriedAndOnlyTheMainPortIsProxied() {
        Map<String, String> locations = locations();
        String root = locations.get("/");
        assertThat(root).as("location /").isNotNull();
        assertThat(directives(root, "proxy_next_upstream")).containsExactly("off");
        assertThat(root).contains("if ($request_method ~ ^(GET|HEAD)$)");
        String idempotent = locations.get("@idempotent");
        assertThat(idempotent).as("location @idempotent").isNotNull();
        assertThat(directives(idempotent, "proxy_next_upstream")).singleElement().asString()
                .doesNotContain("non_idempotent");

        String laurel = stripComments(DeployFiles.read(NGINX_DIR.resolve("laurel.conf")));
        assertThat(directives(laurel, "client_max_body_size")).containsExactly("30m");
        assertThat(DeployFiles.read(DeployFiles.REPO.resolve("backend/src/main/resources/application.yml")))
                .as("client_max_body_size follows the server's LAUREL_MAX_REQUEST_SIZE default")
                .contains("${LAUREL_MAX_REQUEST_SIZE:30MB}");
        assertThat(directives(laurel, "proxy_http_version")).containsExactly("1.1");
        assertThat(laurel)
                .contains("proxy_set_header X-Request-Id $request_id;")
                .contains("proxy_set_header X-Forwarded-For")
                .contains("proxy_set_header X-Forwarded-Proto $scheme;")
                .contains("proxy_set_header Connection \"\";");
        assertThat(stripComments(DeployFiles.read(NGINX_DIR.resolve("upstream.conf")))).contains("keepalive ");
        for (String name : List.of("nginx.conf", "http.conf", "upstream.conf", "laurel.conf", "loopback.conf.template")) {
            assertThat(stripComments(DeployFiles.read(NGINX_DIR.resolve(name))))
                    .as("%s never refers to the management port", name)
                    .doesNotContain("8081");
        }
    }

    /** nginx for real, on loopback, in front of instance A (answers) and instance B (always 503). */
    @Test
    void behavesAsConfiguredInFrontOfTwoInstances() throws Exception {
        ExecutorService pool = Executors.newCachedThreadPool();
        CountDownLatch releaseStream = new CountDownLatch(1);
        ConcurrentLinkedQueue<String> seenByA = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> seenByB = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Map<String, List<String>>> headersAtA = new ConcurrentLinkedQueue<>();
        HttpServer a = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        a.setExecutor(pool);
        a.createContext("/", exchange -> {
            seenByA.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
            headersAtA.add(Map.copyOf(exchange.getRequestHeaders()));
            exchange.getRequestBody().readAllBytes();
            if (exchange.getRequestURI().getPath().endsWith("/events")) {
                stream(exchange, releaseStream);
            } else {
                byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                if (exchange.getRequestMethod().equals("HEAD")) {
                    exchange.sendResponseHeaders(200, -1);
                } else {
                    exchange.sendResponseHeaders(200, body.length);
                    exchange.getResponseBody().write(body);
                }
                exchange.close();
            }
        });
        HttpServer b = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        b.setExecutor(pool);
        b.createContext("/", exchange -> {
            seenByB.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        a.start();
        b.start();
        Path prefix = prefix("live");
        int listen = freePort();
        writeLoopbackConfig(prefix, listen, List.of(a.getAddress().getPort(), b.getAddress().getPort()));
        Process nginx = new ProcessBuilder(nginx().toString(), "-p", prefix.toString(), "-c", prefix.resolve("nginx.conf").toString())
                .redirectErrorStream(true)
                .redirectOutput(prefix.resolve("nginx.out").toFile())
                .start();
        try {
            awaitPort(listen, nginx, prefix);
            HttpClient client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(3))
                    .build();
            String base = "http://127.0.0.1:" + listen;

            // Writes: each reaches exactly one instance, never retried; B's 503 reaches the client as is.
            List<String> methods = List.of("POST", "PUT", "DELETE", "POST", "PUT", "DELETE", "POST", "PUT");
            int unavailable = 0;
            for (String method : methods) {
                HttpResponse<String> response = client.send(
                        HttpRequest.newBuilder(URI.create(base + "/api/write"))
                                .method(method, HttpRequest.BodyPublishers.ofString("{}"))
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).isIn(200, 503);
                if (response.statusCode() == 503) {
                    unavailable++;
                }
            }
            long writesAtA = seenByA.stream().filter(s -> s.endsWith("/api/write")).count();
            long writesAtB = seenByB.stream().filter(s -> s.endsWith("/api/write")).count();
            assertThat(writesAtA + writesAtB).as("every write reached exactly one instance").isEqualTo(methods.size());
            assertThat(writesAtB).as("the failing instance got its share of writes").isPositive();
            assertThat(unavailable).as("and its 503s were not retried elsewhere").isEqualTo((int) writesAtB);

            // Reads: a 503 from B is retried on A, so every GET and HEAD succeeds.
            for (int i = 0; i < 6; i++) {
                String method = i % 3 == 2 ? "HEAD" : "GET";
                HttpResponse<String> response = client.send(
                        HttpRequest.newBuilder(URI.create(base + "/api/read"))
                                .method(method, HttpRequest.BodyPublishers.noBody())
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as("%s /api/read", method).isEqualTo(200);
            }
            Map<String, List<String>> forwarded = headersAtA.stream()
                    .reduce((first, second) -> second)
                    .orElseThrow();
            assertThat(forwarded.get("X-request-id")).singleElement().asString().matches("[0-9a-f]{32}");
            assertThat(forwarded.get("X-forwarded-for")).containsExactly("127.0.0.1");
            assertThat(forwarded.get("X-forwarded-proto")).containsExactly("http");

            // The event stream: the first event arrives while the instance still holds the stream open.
            HttpResponse<InputStream> events = client.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/live/42/events"))
                            .header("Accept", "text/event-stream")
                            .header("Accept-Encoding", "gzip")
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            assertThat(events.statusCode()).isEqualTo(200);
            assertThat(events.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v)
                    .startsWith("text/event-stream"));
            assertThat(events.headers().firstValue("Content-Encoding")).isEmpty();
            try (BufferedReader reader =
                    new BufferedReader(new InputStreamReader(events.body(), StandardCharsets.UTF_8))) {
                var first = pool.submit(() -> {
                    String line;
                    while ((line = reader.readLine()) != null) {
                        if (line.startsWith("data:")) {
                            return line;
                        }
                    }
                    return null;
                });
                assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("data: first");
                releaseStream.countDown();
            }

            // A body above 30m is refused by nginx before any instance sees it.
            try (Socket socket = new Socket("127.0.0.1", listen)) {
                socket.setSoTimeout(5000);
                socket.getOutputStream()
                        .write(("POST /api/too-large HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/pdf\r\n"
                                        + "Content-Length: " + (30L * 1024 * 1024 + 1) + "\r\n\r\n")
                                .getBytes(StandardCharsets.US_ASCII));
                String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                        .readLine();
                assertThat(status).startsWith("HTTP/1.1 413");
            }
            assertThat(seenByA).noneMatch(s -> s.endsWith("/api/too-large"));
            assertThat(seenByB).noneMatch(s -> s.endsWith("/api/too-large"));
        } finally {
            releaseStream.countDown();
            nginx.destroy();
            if (!nginx.waitFor(10, TimeUnit.SECONDS)) {
                nginx.destroyForcibly();
            }
            a.stop(0);
            b.stop(0);
            pool.shutdownNow();
        }
    }

    private static void stream(HttpExchange exchange, CountDownLatch release) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        out.write("id: 1\ndata: first\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        try {
            release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            out.write("id: 2\ndata: second\n\n".getBytes(StandardCharsets.UTF_8));
            exchange.close();
        } catch (IOException closedByClient) {
            // the client has gone: fine
        }
    }

    // ---- helpers ----

    static Path nginx() {
        String configured = System.getenv("NGINX");
        List<Path> candidates = new ArrayList<>();
        if (configured != null && !configured.isBlank()) {
            candidates.add(Path.of(configured));
        }
        candidates.add(Path.of("/usr/sbin/nginx"));
        candidates.add(Path.of("/usr/local/sbin/nginx"));
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty()) {
                candidates.add(Path.of(dir, "nginx"));
            }
        }
        return candidates.stream()
                .filter(Files::isExecutable)
                .findFirst()
                .orElseGet(() -> fail("nginx is not installed: these checks run it (`apt-get install -y nginx` on Debian;"
                        + " .ci/run installs it). Set NGINX to its path if it is elsewhere."));
    }

    private Path prefix(String name) throws IOException {
        Path prefix = Files.createDirectory(temp.resolve(name));
        // nginx started as root runs its workers as "nobody", which must reach the temp directories.
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(prefix, PosixFilePermissions.fromString("rwxr-xr-x"));
        return prefix;
    }

    private static void writeLoopbackConfig(Path prefix, int listen, List<Integer> instances) throws IOException {
        StringBuilder servers = new StringBuilder();
        for (int port : instances) {
            servers.append("server 127.0.0.1:").append(port).append(" max_fails=3 fail_timeout=10s;\n        ");
        }
        String config = DeployFiles.read(NGINX_DIR.resolve("loopback.conf.template"))
                .replace("@PREFIX@", prefix.toString())
                .replace("@NGINX_DIR@", NGINX_DIR.toString())
                .replace("@LISTEN@", "127.0.0.1:" + listen)
                .replace("@SERVERS@", servers.toString().trim());
        assertThat(config).doesNotContainPattern("@[A-Z_]+@");
        Files.writeString(prefix.resolve("nginx.conf"), config);
    }

    private static void assertNginxTestPasses(Path prefix) throws Exception {
        Process process = new ProcessBuilder(
                        nginx().toString(), "-t", "-p", prefix.toString(), "-c", prefix.resolve("nginx.conf").toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("nginx -t:\n%s", output).isZero();
        assertThat(output).contains("test is successful").doesNotContain("[emerg]");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void awaitPort(int port, Process nginx, Path prefix) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (!nginx.isAlive()) {
                fail("nginx stopped: " + DeployFiles.read(prefix.resolve("nginx.out")));
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        fail("nginx did not listen on " + port);
    }

    static String stripComments(String config) {
        return config.replaceAll("(?m)#.*$", "");
    }

    /** The locations of laurel.conf: argument (e.g. "/", "@idempotent", "~ ^/api/...$") to body. */
    static Map<String, String> locations() {
        String text = stripComments(DeployFiles.read(NGINX_DIR.resolve("laurel.conf")));
        Map<String, String> found = new java.util.LinkedHashMap<>();
        Matcher m = Pattern.compile("(?m)^\\s*location\\s+([^{]+?)\\s*\\{").matcher(text);
        while (m.find()) {
            int depth = 1;
            int i = m.end();
            while (depth > 0 && i < text.length()) {
                char c = text.charAt(i++);
                if (c == '{') {
                    depth++;
                } else if (c == '}') {
                    depth--;
                }
            }
            found.put(m.group(1).trim(), text.substring(m.end(), i - 1));
        }
        return found;
    }

    /** The values of a directive written directly in a block (nested blocks included). */
    static List<String> directives(String block, String name) {
        List<String> values = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)(?:^|[;{}])\\s*" + Pattern.quote(name) + "\\s+([^;]+);").matcher(block);
        while (m.find()) {
            values.add(m.group(1).trim());
        }
        return values;
    }

    private static long seconds(String value) {
        Matcher m = Pattern.compile("(\\d+)([smh]?)").matcher(value);
        assertThat(m.matches()).as("a time: %s", value).isTrue();
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "m" -> n * 60;
            case "h" -> n * 3600;
            default -> n;
        };
    }

    /** Paths of the backend's text/event-stream endpoints, from the controllers' source. */
    private static List<String> eventStreamPaths() throws IOException {
        List<String> paths = new ArrayList<>();
        Pattern controller = Pattern.compile("@Controller\\(\\s*(?:value\\s*=\\s*)?\"([^\"]*)\"");
        Pattern get = Pattern.compile("@Get\\(([^)]*(?:TEXT_EVENT_STREAM|text/event-stream)[^)]*)\\)");
        Pattern value = Pattern.compile("(?:uri|value)\\s*=\\s*\"([^\"]*)\"|^\\s*\"([^\"]*)\"");
        try (Stream<Path> files = Files.walk(DeployFiles.REPO.resolve("backend/src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = DeployFiles.read(file);
                if (!source.contains("TEXT_EVENT_STREAM") && !source.contains("text/event-stream")) {
                    continue;
                }
                Matcher c = controller.matcher(source);
                String prefix = c.find() ? c.group(1) : "";
                Matcher g = get.matcher(source);
                while (g.find()) {
                    Matcher v = value.matcher(g.group(1));
                    if (v.find()) {
                        String path = prefix + (v.group(1) != null ? v.group(1) : v.group(2));
                        paths.add(path.replaceAll("\\{[^}]+}", "42"));
                    }
                }
            }
        }
        return paths;
    }
}
