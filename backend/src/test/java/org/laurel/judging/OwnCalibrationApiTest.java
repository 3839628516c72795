package org.laurel.judging;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.laurel.support.Api;
import org.laurel.support.Lives;
import org.laurel.support.Lives.Live;
import org.laurel.support.Seasons;

/**
 * GET /api/rounds/{id}/calibration/me: after the round closes, a judge sees how they scored against
 * the rest of the panel, and nothing about anyone else. In {@link Lives#finalized} judge 1 gave 70
 * (others 80 and 90: mean 85) and 60 (others 65 and 100: mean 82.5): leniency (-15 - 22.5) / 2 = -18.75.
 */
@MicronautTest(transactional = false)
class OwnCalibrationApiTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    Api api() {
        return new Api(client);
    }

    @Test
    void aJudgeSeesTheirOwnLeniencyOnceTheRoundIsClosedAndNobodyElses() throws Exception {
        Live l = Lives.finalized(api());
        String path = "/api/rounds/" + l.roundId() + "/calibration/me";
        Api.Result mine = api().get(path, l.judges().get(0).token());

        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.get("scored")).isEqualTo(true);
        assertThat(mine.get("count")).isEqualTo(2);
        assertThat(((Number) mine.get("mean")).doubleValue()).isEqualTo(65.0);
        assertThat(((Number) mine.get("leniency")).doubleValue()).isEqualTo(-18.75);
        assertThat(mine.get("agreement")).as("from 3 shared entries on").isNull();
        assertThat(mine.get("outlier")).isEqualTo(true);
        String raw = json.writeValueAsString(mine.body());
        assertThat(raw).doesNotContain("judgeId").doesNotContain("Jury Hall");

        // Neither an organizer (not a judge) nor a judge of another panel.
        assertThat(api().get(path, l.org()).status()).isEqualTo(403);
        Seasons.Person stranger = new Seasons(api()).person("stranger", Set.of("JUDGE"), "Elsewhere");
        assertThat(api().get(path, stranger.token()).status()).isEqualTo(404);
        assertThat(api().get(path, null).status()).isEqualTo(401);
    }

    @Test
    void notWhileTheRoundIsStillOpen() {
        Live l = Lives.create(api(), 3);
        Api.Result open = api().get(
                        "/api/rounds/" + l.roundId() + "/calibration/me",
                        l.judges().get(0).token());
        assertThat(open.status()).isEqualTo(409);
        assertThat((String) open.get("type")).endsWith("/round-state");
    }
}
