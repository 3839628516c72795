package org.laurel.judging;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.laurel.support.Api;
import org.laurel.support.Seasons;

/**
 * GET /api/rounds/{id}/results/anomalies through HTTP. The judge's first opening of an entry is
 * recorded when the judge's entry page is read; a card submitted right after it is flagged, a card
 * whose entry was never opened (submitted straight through the API) is not judged on time.
 */
@SuppressWarnings("unchecked")
@MicronautTest(transactional = false)
class AnomalyApiTest {

    @Inject
    @Client("/")
    HttpClient client;

    Api api() {
        return new Api(client);
    }

    @Test
    void aCardSubmittedSecondsAfterItsEntryWasOpenedIsFlaggedAndNothingElseChanges() {
        Seasons seasons = new Seasons(api());
        Seasons.Screened season = seasons.screenedAward(3);
        Seasons.OpenRound round = seasons.openOnlineRound(season, "Merit", false);
        String org = season.program().organizerToken();
        String judge = round.judge().token();
        List<Long> entries = season.entryIds();

        // Opened twice (two devices): the first opening is the one kept.
        for (int i = 0; i < 2; i++) {
            assertThat(api().get("/api/rounds/" + round.id() + "/entries/" + entries.get(0), judge)
                            .status())
                    .isEqualTo(200);
        }
        for (long entry : entries) {
            Api.Result saved = api().put(
                            "/api/rounds/" + round.id() + "/entries/" + entry + "/scorecard",
                            Map.of("scores", Map.of(String.valueOf(round.criterionId()), 7), "submit", true),
                            judge);
            assertThat(saved.status()).isEqualTo(200);
        }

        Api.Result r = api().get("/api/rounds/" + round.id() + "/results/anomalies", org);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.get("openingsRecorded")).isEqualTo(true);
        List<Map<String, Object>> flags = r.list("flags");
        assertThat(flags).singleElement().satisfies(f -> {
            assertThat(f.get("kind")).isEqualTo("FAST_SUBMISSION");
            assertThat(((Number) f.get("judgeId")).longValue())
                    .isEqualTo(round.judge().id());
            assertThat(f.get("count")).isEqualTo(1);
            assertThat(f.get("outOf")).isEqualTo(1);
            assertThat(((Number) f.get("seconds")).longValue()).isLessThan(30);
            assertThat((List<Map<String, Object>>) f.get("entries"))
                    .extracting(e -> ((Number) e.get("entryId")).longValue())
                    .containsExactly(entries.get(0));
        });
        // A flag is only a flag: the results are untouched.
        assertThat(api().get("/api/rounds/" + round.id() + "/results", org).list("items"))
                .extracting(i -> i.get("score"))
                .containsOnly(70.0);
    }

    @Test
    void onlyTheRoundsOrganizersSeeIt() {
        Seasons seasons = new Seasons(api());
        Seasons.Screened season = seasons.screenedAward(1);
        Seasons.OpenRound round = seasons.openOnlineRound(season, "Merit", false);
        String path = "/api/rounds/" + round.id() + "/results/anomalies";
        assertThat(api().get(path, null).status()).isEqualTo(401);
        assertThat(api().get(path, round.judge().token()).status()).isEqualTo(403);
        assertThat(api().get(
                                "/api/rounds/999999/results/anomalies",
                                season.program().organizerToken())
                        .status())
                .isEqualTo(404);
    }
}
