package org.laurel.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.web.router.Router;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.laurel.support.Api;
import org.laurel.support.DatabaseFingerprint;
import org.laurel.support.OwnDatabase;

/**
 * At least 10,000 hostile requests over every route the router knows, as every kind of caller,
 * on the suite's database engine (H2, or PostgreSQL when {@code LAUREL_DB_URL} says so). None
 * may get a 5xx, none may see a Java name, SQL or a stack trace, and none that is refused may
 * change a stored row. The seed is printed: {@code -Dlaurel.fuzz.seed=<seed>} replays a run.
 */
class FuzzApiTest {

    /**
     * What may change while a request is refused. Failed sign-ins are recorded so that throttling
     * can count them (that is the point of refusing them). The audit sealer links committed audit
     * records into the hash chain every second in the background, so a record written by an earlier,
     * successful request gets its link while a later one is refused: the link columns and the
     * chain's head are excluded, the records themselves are not.
     */
    static final Set<String> MAY_CHANGE_ON_REFUSAL = Set.of(
            // Refused sign-ins and registrations are counted on purpose: that is the throttle.
            "throttle_counter",
            // The audit sealer links earlier records every second in the background.
            "audit_chain_head",
            "audit_record.chain_seq",
            "audit_record.prev_hash",
            "audit_record.hash");

    static final int REQUESTS = Integer.getInteger("laurel.fuzz.requests", 10_000);

    /** Words that only a Java class, a library, SQL or a stack trace would put into a body. */
    static final Pattern LEAK =
            Pattern.compile("org\\.laurel|io\\.micronaut|java\\.|javax\\.|jakarta\\.|Exception|com\\.fasterxml"
                    + "|\\bSELECT\\b[^\"]{0,200}\\bFROM\\b|INSERT INTO|UPDATE [a-z_]+ SET|DELETE FROM|syntax error|constraint|violates"
                    + "|\\bat [a-z]+\\.[a-zA-Z.$]+\\(|JsonReadFeature|SQLState|No enum constant");

    @Test
    void hostileRequestsToEveryEndpointAreRefusedWithoutServerErrorsLeaksOrChanges() throws Exception {
        String seed = System.getProperty("laurel.fuzz.seed", FuzzRequests.newSeed());
        try (OwnDatabase db = OwnDatabase.create("fuzz");
                EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, db.properties(), "test");
                io.micronaut.http.client.HttpClient micronautClient =
                        io.micronaut.http.client.HttpClient.create(server.getURL());
                DatabaseFingerprint fingerprint = new DatabaseFingerprint(db.connect(), MAY_CHANGE_ON_REFUSAL)) {
            System.out.println("Fuzz seed " + seed + " (replay with -Dlaurel.fuzz.seed=" + seed + ")");
            FuzzSeason season = FuzzSeason.seed(new Api(micronautClient));
            List<FuzzRequests.Route> routes =
                    FuzzRequests.routes(server.getApplicationContext().getBean(Router.class));
            FuzzRequests requests = new FuzzRequests(season);
            HttpClient http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            Random random = new Random(Long.parseLong(seed));

            List<String> failures = new ArrayList<>();
            Map<Integer, Integer> statuses = new TreeMap<>();
            Map<String, Integer> perRoute = new HashMap<>();
            int refused = 0;
            long fingerprintNanos = 0;
            Map<String, Long> routeNanos = new HashMap<>();
            long started = System.nanoTime();
            Map<String, String> before = fingerprint.take();
            for (int i = 0; i < REQUESTS; i++) {
                FuzzRequests.Route route = routes.get(i % routes.size());
                FuzzRequests.Request request = requests.next(route, random);
                int status;
                String body;
                long sent = System.nanoTime();
                var pending = http.sendAsync(build(server.getURI(), request), HttpResponse.BodyHandlers.ofByteArray());
                try {
                    // The client's own timeout ends at the response headers; a body that never ends must not hang the
                    // suite.
                    HttpResponse<byte[]> response = pending.get(20, TimeUnit.SECONDS);
                    status = response.statusCode();
                    String type = response.headers().firstValue("Content-Type").orElse("");
                    body = type.contains("pdf") || type.contains("spreadsheet")
                            ? ""
                            : new String(response.body(), StandardCharsets.UTF_8);
                } catch (TimeoutException e) {
                    pending.cancel(true);
                    failures.add("no complete response within 20 s: #" + i + " " + request.describe());
                    status = -2;
                    body = "";
                } catch (ExecutionException e) {
                    // The server may close a connection on a request it will not read (e.g. an oversized one).
                    status = -1;
                    body = "";
                }
                routeNanos.merge(
                        route.key() + " " + request.mutation().split(" ")[0], System.nanoTime() - sent, Long::sum);
                statuses.merge(status, 1, Integer::sum);
                if (status != 401 && status != 403 && status > 0) {
                    requests.admitted(route, request.caller());
                }
                perRoute.merge(route.key(), 1, Integer::sum);
                long fingerprintStarted = System.nanoTime();
                Map<String, String> after = fingerprint.take();
                fingerprintNanos += System.nanoTime() - fingerprintStarted;
                String where = "#" + i + " " + request.describe();
                if (status >= 500) {
                    failures.add(status + " " + where + " -> " + abbreviate(body));
                }
                var leak = LEAK.matcher(body);
                if (leak.find()) {
                    failures.add("leak '" + leak.group() + "' " + where + " -> " + abbreviate(body));
                }
                if (status >= 400 || status < 0) {
                    refused++;
                    List<String> changed = DatabaseFingerprint.changed(before, after);
                    if (!changed.isEmpty()) {
                        failures.add("refused with " + status + " but changed " + changed + ": " + where + " -> "
                                + abbreviate(body));
                    }
                }
                before = after;
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            System.out.printf(
                    "Fuzz (%s, seed %s): %d requests over %d routes as %d callers in %.1f s (%.1f s of it fingerprinting);"
                            + " %d refused; statuses %s%n",
                    db.isPostgres() ? "PostgreSQL" : "H2",
                    seed,
                    REQUESTS,
                    routes.size(),
                    season.callers().size(),
                    millis / 1000.0,
                    fingerprintNanos / 1e9,
                    refused,
                    statuses);
            routeNanos.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .limit(12)
                    .forEach(e -> System.out.printf("  slowest: %s %.1f s%n", e.getKey(), e.getValue() / 1e9));
            failures.stream().limit(200).forEach(f -> System.out.println("FUZZ FAILURE " + f));
            java.nio.file.Files.write(
                    java.nio.file.Path.of("target", "fuzz-failures.txt"),
                    failures.stream().map(org.laurel.support.JsonText::write).toList());
            assertThat(failures.size())
                    .as("failures, printed above (replay with -Dlaurel.fuzz.seed=" + seed + "); first: "
                            + failures.stream().limit(5).toList())
                    .isZero();
            assertThat(perRoute).as("every route was fuzzed").hasSize(routes.size());
        }
    }

    private static HttpRequest build(URI base, FuzzRequests.Request r) {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(URI.create(base + r.uri())).timeout(Duration.ofSeconds(30));
        b.method(
                r.method(),
                r.body() == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(r.body()));
        if (r.contentType() != null && r.body() != null) {
            b.header("Content-Type", r.contentType());
        }
        r.headers().forEach(b::header);
        return b.build();
    }

    private static String abbreviate(String s) {
        return s.length() > 1000 ? s.substring(0, 1000) + "..." : s;
    }
}
