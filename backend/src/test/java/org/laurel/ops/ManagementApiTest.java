package org.laurel.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.laurel.support.Api;
import org.laurel.support.Seasons;

/**
 * The management port (LAUREL_MANAGEMENT_PORT; a free one per test context): metrics and health there, and
 * nothing of it on the main port.
 */
@SuppressWarnings("unchecked")
@MicronautTest(transactional = false)
class ManagementApiTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    @Client("http://127.0.0.1:${endpoints.all.port}")
    HttpClient managementClient;

    @Value("${endpoints.all.port}")
    int managementPort;

    Api api() {
        return new Api(client);
    }

    @Test
    void theTestManagementPortLiesBelowTheEphemeralRangeSoNoOutgoingConnectionCanTakeIt() {
        // FreePortResolver's reason to exist: CI lost runs to a random port an outgoing connection took first.
        assertThat(managementPort).isBetween(20_000, 32_000);
        assertThat(management().get("/health/liveness", null).status()).isEqualTo(200);
    }

    Api management() {
        return new Api(managementClient);
    }

    @Test
    void aScorecardSaveIsCountedAndTimedByItsRouteTemplate() {
        double before = sample("laurel_scorecards_saved_total", Map.of("kind", "draft"));
        long[] ids = scoreOneDraft();

        String metrics = scrape();
        assertThat(sample(metrics, "laurel_scorecards_saved_total", Map.of("kind", "draft")))
                .isEqualTo(before + 1);
        // Latency by route template: the ids of the request are nowhere in the tags.
        assertThat(metrics)
                .contains("uri=\"/api/rounds/{roundId}/entries/{entryId}/scorecard\"")
                .doesNotContain("/" + ids[0] + "/")
                .doesNotContain("/" + ids[1] + "/");
        assertThat(uriTags(metrics))
                .isNotEmpty()
                .allSatisfy(uri -> assertThat(uri).doesNotContainPattern("[0-9]"));
    }

    @Test
    void aFailedSignInIsCounted() {
        double before = sample("laurel_login_failures_total", Map.of());

        assertThat(api().login(Api.ADMIN_EMAIL, "not-the-password").status()).isEqualTo(401);

        assertThat(sample("laurel_login_failures_total", Map.of())).isEqualTo(before + 1);
    }

    @Test
    void prometheusShowsStreamsOutboxPoolJvmAndLatencyBuckets() throws InterruptedException {
        assertThat(api().get("/api/programs", null).status()).isEqualTo(200);
        String metrics = scrape();
        assertThat(metrics)
                .contains("# TYPE laurel_events_subscribers gauge")
                .contains("# TYPE laurel_events_fanout_lag_seconds histogram")
                .contains("# TYPE laurel_outbox_backlog gauge")
                .contains("hikaricp_connections_active{")
                .contains("jvm_memory_used_bytes{")
                .contains("# TYPE process_resident_memory_bytes gauge")
                .contains("http_server_requests_seconds_bucket{")
                .containsPattern("http_server_requests_seconds_bucket\\{[^}]*uri=\"/api/programs\",le=\"0\\.1\"");
        // The backlog is counted in the background when first asked for: a number shortly after.
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        double backlog = Double.NaN;
        while (Double.isNaN(backlog) && System.nanoTime() < deadline) {
            backlog = sample("laurel_outbox_backlog", Map.of());
            Thread.sleep(100);
        }
        assertThat(backlog).isGreaterThanOrEqualTo(0);
        // Between 32 MB and 4 GB: a resident size in bytes, not pages or kilobytes.
        assertThat(sample("process_resident_memory_bytes", Map.of())).isBetween(32e6, 4e9);
    }

    @Test
    void livenessLeavesTheDatabaseAloneAndReadinessChecksItAndTheMigrations() {
        Api.Result liveness = management().get("/health/liveness", null);
        assertThat(liveness.status()).isEqualTo(200);
        assertThat(liveness.get("status")).isEqualTo("UP");
        assertThat(components(liveness)).doesNotContainKeys("jdbc", "migrations");

        Api.Result readiness = management().get("/health/readiness", null);
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.get("status")).isEqualTo("UP");
        Map<String, Object> parts = components(readiness);
        assertThat(parts).containsKeys("jdbc", "migrations");
        assertThat((Map<String, Object>) parts.get("migrations")).containsEntry("status", "UP");
        assertThat((Map<String, Object>) ((Map<String, Object>) parts.get("migrations")).get("details"))
                .containsKey("version")
                .doesNotContainKeys("pending", "failed");
        assertThat((Map<String, Object>) parts.get("jdbc")).containsEntry("status", "UP");

        Api.Result health = management().get("/health", null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(components(health)).containsKeys("jdbc", "migrations");
    }

    @Test
    void theMainPortHasAStatusOnlyHealthAndNoManagementEndpoint() {
        Api.Result health = api().get("/health", null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).containsExactly(Map.entry("status", "UP"));

        for (String path : List.of("/prometheus", "/health/liveness", "/health/readiness")) {
            Api.Result r = api().send(HttpRequest.GET(path).accept(MediaType.TEXT_HTML_TYPE, MediaType.ALL_TYPE), null);
            assertThat(r.status()).as(path).isEqualTo(404);
            assertThat(r.contentType()).as(path).startsWith("application/problem+json");
            assertThat(r.body().toString()).as(path).doesNotContain("jvm_", "jdbc", "UP");
        }
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    /** A judge saves one draft scorecard; returns the round's and the entry's ids. */
    private long[] scoreOneDraft() {
        Seasons seasons = new Seasons(api());
        Seasons.Screened season = seasons.screenedAward(1);
        Seasons.OpenRound open = seasons.openOnlineRound(season, "Impact", false);
        long roundId = open.id();
        long criterion = open.criterionId();
        Seasons.Person judge = open.judge();
        long entryId = season.entryIds().get(0);
        Api.Result saved = api().put(
                        "/api/rounds/" + roundId + "/entries/" + entryId + "/scorecard",
                        Map.of("scores", Map.of(String.valueOf(criterion), 7), "submit", false),
                        judge.token());
        assertThat(saved.status()).as(String.valueOf(saved.body())).isEqualTo(200);
        return new long[] {roundId, entryId};
    }

    private String scrape() {
        return managementClient
                .toBlocking()
                .retrieve(HttpRequest.GET("/prometheus").accept(MediaType.TEXT_PLAIN_TYPE, MediaType.ALL_TYPE));
    }

    private double sample(String name, Map<String, String> labels) {
        return sample(scrape(), name, labels);
    }

    /** The value of the sample with this name whose labels include these, or 0 when there is none yet. */
    static double sample(String metrics, String name, Map<String, String> labels) {
        for (String line : metrics.split("\n")) {
            if (line.startsWith("#") || !(line.startsWith(name + "{") || line.startsWith(name + " "))) {
                continue;
            }
            boolean all =
                    labels.entrySet().stream().allMatch(l -> line.contains(l.getKey() + "=\"" + l.getValue() + "\""));
            if (all) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return 0;
    }

    private static List<String> uriTags(String metrics) {
        List<String> uris = new ArrayList<>();
        Matcher m = Pattern.compile("http_server_requests_seconds_count\\{[^}]*uri=\"([^\"]*)\"")
                .matcher(metrics);
        while (m.find()) {
            uris.add(m.group(1));
        }
        return uris;
    }

    private static Map<String, Object> components(Api.Result health) {
        Map<String, Object> details = (Map<String, Object>) health.get("details");
        return details == null ? Map.of() : details;
    }
}
