package org.laurel.programs;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.laurel.support.Api;
import org.laurel.support.Seasons;

/** A program's and its rounds' state changes reach the hash-chained audit trail. */
@MicronautTest(transactional = false)
class ProgramAuditApiTest {

    @Inject
    @Client("/")
    HttpClient client;

    Api api() {
        return new Api(client);
    }

    @Test
    void creatingChangingPublishingAndTheRoundLifecycleAreInTheTrailAndTheChainStillHolds() {
        String org = api().newUser("organizer", Set.of("ORGANIZER"));
        Instant now = Instant.now();
        Map<String, Object> body = Seasons.awardBody(
                "Audited award " + System.nanoTime(), now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(2)));
        long id = ((Number) api().post("/api/programs", body, org).get("id")).longValue();
        Map<String, Object> renamed = new HashMap<>(body);
        renamed.put("title", "Renamed award " + System.nanoTime());
        assertThat(api().put("/api/programs/" + id, renamed, org).status()).isEqualTo(200);
        assertThat(api().post("/api/programs/" + id + "/publish", Map.of(), org).status())
                .isEqualTo(200);

        Map<String, Object> round = new HashMap<>(Map.of(
                "name",
                "R1",
                "mode",
                "ONLINE",
                "aggregation",
                "MEAN",
                "blind",
                true,
                "judgesPerEntry",
                1,
                "criteria",
                List.of(Map.of("name", "A", "weight", 1, "min", 0, "max", 10, "step", 1))));
        long roundId = ((Number) api().post("/api/programs/" + id + "/rounds", round, org)
                        .get("id"))
                .longValue();
        round.put("aggregation", "MEDIAN");
        assertThat(api().put("/api/rounds/" + roundId, round, org).status()).isEqualTo(200);
        assertThat(api().post("/api/rounds/" + roundId + "/open", Map.of(), org).status())
                .isEqualTo(200);
        assertThat(api().post("/api/rounds/" + roundId + "/close", Map.of(), org)
                        .status())
                .isEqualTo(200);
        assertThat(api().post("/api/rounds/" + roundId + "/open", Map.of("reason", "A judge was taken ill"), org)
                        .status())
                .isEqualTo(200);

        List<Map<String, Object>> trail =
                api().get("/api/programs/" + id + "/audit", org).list("items");
        assertThat(trail)
                .extracting(i -> i.get("action"))
                .containsSubsequence(
                        "PROGRAM_CREATED",
                        "PROGRAM_CHANGED",
                        "PROGRAM_PUBLISHED",
                        "ROUND_CREATED",
                        "ROUND_CHANGED",
                        "ROUND_OPENED",
                        "ROUND_CLOSED",
                        "ROUND_REOPENED");
        assertThat(trail)
                .anyMatch(i -> "PROGRAM_CHANGED".equals(i.get("action"))
                        && String.valueOf(i.get("before")).contains("Audited award")
                        && String.valueOf(i.get("after")).contains("Renamed award"));
        assertThat(trail)
                .anyMatch(i -> "PROGRAM_PUBLISHED".equals(i.get("action"))
                        && "DRAFT".equals(i.get("before"))
                        && "PUBLISHED".equals(i.get("after"))
                        && i.get("actorName") != null);
        assertThat(trail)
                .anyMatch(i -> "ROUND_REOPENED".equals(i.get("action"))
                        && "A judge was taken ill".equals(i.get("reason"))
                        && ((Number) i.get("roundId")).longValue() == roundId);

        Api.Result verified = api().post("/api/programs/" + id + "/audit/verify", Map.of(), org);
        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.get("valid")).as(String.valueOf(verified.body())).isEqualTo(true);
    }
}
