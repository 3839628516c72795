package org.laurel.judging;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.laurel.support.Api;
import org.laurel.support.Lives;
import org.laurel.support.Lives.Live;

/**
 * The method statement of a finalized round (organizers) and of a published result (everyone):
 * the live final of {@link Lives#finalized} is a trimmed mean, trim 1, one criterion 0-100 —
 * entry 1 scored 70, 80, 90 (the 70 and the 90 dropped: 80), entry 0 60, 65, 100 (65).
 */
@SuppressWarnings("unchecked")
@MicronautTest(transactional = false)
class MethodStatementApiTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    Api api() {
        return new Api(client);
    }

    static Map<String, Object> winner(Map<String, Object> statement, long entryId) {
        return ((List<Map<String, Object>>) statement.get("winners"))
                .stream()
                        .filter(w -> ((Number) w.get("entryId")).longValue() == entryId)
                        .findFirst()
                        .orElseThrow();
    }

    @Test
    void aFinalizedRoundStatesItsMethodAndWorksOutEachCategoryWinnerWithoutNamingJudges() throws Exception {
        Live l = Lives.finalized(api());
        Api.Result r = api().get("/api/rounds/" + l.roundId() + "/method-statement", l.org());

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.get("method")).isEqualTo("TRIMMED_MEAN");
        assertThat(r.get("trimCount")).isEqualTo(1);
        assertThat(r.get("snapshotVersion")).isEqualTo(1);
        assertThat((String) r.get("sha256")).hasSize(64);
        assertThat(r.get("scoresShown")).isEqualTo(true);
        assertThat(r.get("cardCount")).isEqualTo(6);
        assertThat(r.get("judgeCount")).isEqualTo(3);
        assertThat(r.list("criteria")).singleElement().satisfies(c -> {
            assertThat(c.get("name")).isEqualTo("Overall");
            assertThat(((Number) c.get("points")).doubleValue()).isEqualTo(100.0);
        });
        assertThat(r.list("winners")).hasSize(2);

        Map<String, Object> top = winner(r.body(), l.season().entryIds().get(1));
        assertThat(((Number) top.get("score")).doubleValue()).isEqualTo(80.0);
        assertThat(top.get("matchesSnapshot")).isEqualTo(true);
        List<Map<String, Object>> cards = (List<Map<String, Object>>) top.get("cards");
        assertThat(cards)
                .extracting(c -> ((Number) c.get("total")).doubleValue())
                .containsExactly(70.0, 80.0, 90.0);
        assertThat(cards).extracting(c -> c.get("dropped")).containsExactly(true, false, true);
        assertThat(cards).extracting(c -> c.get("judge")).containsExactly(1, 2, 3);

        String raw = json.writeValueAsString(r.body());
        l.judges().forEach(j -> assertThat(raw).doesNotContain(j.email()).doesNotContain("Jury Hall"));
        assertThat(raw).doesNotContain("PRIVATE");
    }

    @Test
    void onlyAFinalizedRoundHasAStatementAndOnlyItsOrganizersSeeIt() {
        Live l = Lives.create(api(), 3);
        Api.Result open = api().get("/api/rounds/" + l.roundId() + "/method-statement", l.org());
        assertThat(open.status()).isEqualTo(409);
        assertThat((String) open.get("type")).endsWith("/round-state");

        assertThat(api().get("/api/rounds/" + l.roundId() + "/method-statement", null)
                        .status())
                .isEqualTo(401);
        assertThat(api().get(
                                "/api/rounds/" + l.roundId() + "/method-statement",
                                l.judges().get(0).token())
                        .status())
                .isEqualTo(403);
        assertThat(api().get("/api/rounds/999999/method-statement", l.org()).status())
                .isEqualTo(404);
    }

    @Test
    void thePublicStatementFollowsTheAnnouncementAndItsChoiceAboutScores() {
        Live l = Lives.finalized(api());
        String slug = (String) l.season().program().view().get("slug");
        String path = "/api/public/programs/" + slug + "/method-statement";

        Api.Result before = api().get(path, null);
        assertThat(before.status()).isEqualTo(404);
        assertThat((String) before.get("type")).endsWith("/winners-not-published");

        long first = l.season().entryIds().get(1);
        long gold = ((List<Map<String, Object>>)
                        api().get("/api/programs/" + l.season().program().id(), l.org())
                                .get("prizeTiers"))
                .stream()
                        .filter(t -> "Gold".equals(t.get("name")))
                        .map(t -> ((Number) t.get("id")).longValue())
                        .findFirst()
                        .orElseThrow();
        Map<String, Object> body = new HashMap<>();
        body.put("winners", List.of(Map.of("entryId", first, "prizeTierId", gold)));
        body.put("publishScores", false);
        body.put("releaseFeedback", false);
        body.put("reason", "Gold only");
        String announcements = "/api/programs/" + l.season().program().id() + "/announcements";
        assertThat(api().post(announcements, body, l.org()).status()).isEqualTo(201);

        Api.Result withoutScores = api().get(path, null);
        assertThat(withoutScores.status()).isEqualTo(200);
        assertThat(withoutScores.get("scoresShown")).isEqualTo(false);
        assertThat(withoutScores.list("winners")).isEmpty();
        assertThat(withoutScores.get("method")).isEqualTo("TRIMMED_MEAN");

        body.put("publishScores", true);
        body.put("note", "Now with the scores");
        assertThat(api().post(announcements, body, l.org()).status()).isEqualTo(201);
        Api.Result withScores = api().get(path, null);
        assertThat(withScores.get("scoresShown")).isEqualTo(true);
        // Only Gold was published: the second category's first is not worked out in public.
        assertThat(withScores.list("winners")).hasSize(1);
        assertThat(((Number) winner(withScores.body(), first).get("score")).doubleValue())
                .isEqualTo(80.0);

        assertThat(api().get("/api/public/programs/no-such-program/method-statement", null)
                        .status())
                .isEqualTo(404);
    }
}
