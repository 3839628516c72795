package org.laurel.awards;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.laurel.support.Api;
import org.laurel.support.Lives;
import org.laurel.support.Lives.Live;

/**
 * Publishing winners is announced once: the trail records it, the entries module sets every
 * competing entry's outcome (on its timeline too), and the chain still holds.
 */
@SuppressWarnings("unchecked")
@MicronautTest(transactional = false)
class WinnersAuditApiTest {

    @Inject
    @Client("/")
    HttpClient client;

    Api api() {
        return new Api(client);
    }

    @Test
    void publishedWinnersAreInTheTrailAndOnEveryCompetingEntry() {
        Live l = Lives.finalized(api());
        long programId = l.season().program().id();
        long winner = l.season().entryIds().get(1);
        long other = l.season().entryIds().get(0);
        List<Map<String, Object>> tiers = (List<Map<String, Object>>)
                api().get("/api/programs/" + programId, l.org()).get("prizeTiers");
        long gold = tiers.stream()
                .filter(t -> "Gold".equals(t.get("name")))
                .map(t -> ((Number) t.get("id")).longValue())
                .findFirst()
                .orElseThrow();

        Api.Result published = api().post(
                        "/api/programs/" + programId + "/announcements",
                        Map.of(
                                "winners",
                                List.of(Map.of("entryId", winner, "prizeTierId", gold)),
                                "publishScores",
                                false,
                                "releaseFeedback",
                                false,
                                "reason",
                                "Silver left empty on purpose"),
                        l.org());
        assertThat(published.status()).as(String.valueOf(published.body())).isEqualTo(201);

        List<Map<String, Object>> trail =
                api().get("/api/programs/" + programId + "/audit", l.org()).list("items");
        assertThat(trail)
                .anyMatch(i -> "ANNOUNCEMENT_PUBLISHED".equals(i.get("action"))
                        && String.valueOf(i.get("after")).contains("\"" + winner + "\":\"Gold\""));
        Map<String, Object> won =
                api().get("/api/entries/" + winner, l.season().applicantToken()).body();
        assertThat(won.get("status")).isEqualTo("AWARDED");
        assertThat((List<Map<String, Object>>) won.get("timeline"))
                .anyMatch(t -> "AWARDED".equals(t.get("type")) && "Gold".equals(t.get("note")));
        assertThat(api().get("/api/entries/" + other, l.season().applicantToken())
                        .get("status"))
                .isEqualTo("NOT_AWARDED");

        Api.Result verified = api().post("/api/programs/" + programId + "/audit/verify", Map.of(), l.org());
        assertThat(verified.get("valid")).as(String.valueOf(verified.body())).isEqualTo(true);
    }
}
