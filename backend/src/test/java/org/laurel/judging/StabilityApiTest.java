package org.laurel.judging;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.laurel.support.Api;
import org.laurel.support.Seasons;

/**
 * GET /api/rounds/{id}/results/stability through HTTP: a round of four entries in two categories,
 * three judges on every entry, the top 1 per category advancing. Category one is close and hangs
 * on judge 1; category two is clear. The arithmetic is StabilityTest's.
 */
@SuppressWarnings("unchecked")
@MicronautTest(transactional = false)
class StabilityApiTest {

    @Inject
    @Client("/")
    HttpClient client;

    Api api() {
        return new Api(client);
    }

    record Round(long id, String organizer, List<Long> entries, List<Seasons.Person> judges) {}

    Round scoredRound() {
        Seasons seasons = new Seasons(api());
        Seasons.Screened season = seasons.screenedAward(4); // e0, e2 in one category; e1, e3 in the other
        String org = season.program().organizerToken();
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Online review");
        body.put("mode", "ONLINE");
        body.put("aggregation", "MEAN");
        body.put("blind", true);
        body.put("judgesPerEntry", 3);
        body.put("advanceCount", 1);
        body.put("criteria", List.of(Map.of("name", "Merit", "weight", 1, "min", 0, "max", 10, "step", 1)));
        Api.Result created = api().post("/api/programs/" + season.program().id() + "/rounds", body, org);
        long roundId = ((Number) created.get("id")).longValue();
        long criterion = ((Number) created.list("criteria").get(0).get("id")).longValue();
        List<Seasons.Person> judges = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            judges.add(seasons.person("judge" + i, Set.of("JUDGE"), "Jury Institute " + i));
        }
        api().put(
                        "/api/rounds/" + roundId + "/panel",
                        Map.of(
                                "judgeIds",
                                judges.stream().map(Seasons.Person::id).toList()),
                        org);
        assertThat(api().post("/api/rounds/" + roundId + "/assignments/auto", Map.of(), org)
                        .get("added"))
                .isEqualTo(12);
        assertThat(api().post("/api/rounds/" + roundId + "/open", Map.of(), org).status())
                .isEqualTo(200);
        // e0: 10, 6, 6 (7.33); e2: 6, 7, 8 (7.00). e1: 9, 9, 9; e3: 2, 2, 2.
        double[][] values = {{10, 6, 6}, {9, 9, 9}, {6, 7, 8}, {2, 2, 2}};
        List<Long> entries = season.entryIds();
        for (int e = 0; e < 4; e++) {
            for (int j = 0; j < 3; j++) {
                Api.Result saved = api().put(
                                "/api/rounds/" + roundId + "/entries/" + entries.get(e) + "/scorecard",
                                Map.of("scores", Map.of(String.valueOf(criterion), values[e][j]), "submit", true),
                                judges.get(j).token());
                assertThat(saved.status()).isEqualTo(200);
            }
        }
        return new Round(roundId, org, entries, judges);
    }

    static Map<String, Object> item(Api.Result r, long entryId) {
        return r.list("items").stream()
                .filter(i -> ((Number) i.get("entryId")).longValue() == entryId)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void namesTheJudgeACloseDecisionHangsOnAndGivesEveryEntryARankInterval() {
        Round round = scoredRound();

        Api.Result r = api().get("/api/rounds/" + round.id() + "/results/stability", round.organizer());

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.get("line")).isEqualTo(1);
        assertThat(r.get("lineKind")).isEqualTo("ADVANCE");
        assertThat(r.get("resamples")).isEqualTo(1000);
        assertThat(r.get("method")).isEqualTo("MEAN");
        assertThat(r.get("pivotalCount")).isEqualTo(2);
        // Without judge 1, e0 is (6 + 6) / 2 = 6 and e2 (7 + 8) / 2 = 7.5: the place changes hands.
        Map<String, Object> e0 = item(r, round.entries().get(0));
        assertThat(e0).containsEntry("rank", 1).containsEntry("advances", true);
        assertThat((List<Map<String, Object>>) e0.get("pivotalJudges"))
                .singleElement()
                .satisfies(p ->
                        assertThat(p).containsEntry("displayName", "judge1").containsEntry("effect", "DROPS_OUT"));
        assertThat((List<Map<String, Object>>) item(r, round.entries().get(2)).get("pivotalJudges"))
                .singleElement()
                .satisfies(p -> assertThat(p).containsEntry("effect", "GETS_IN"));
        assertThat(e0).containsEntry("low", 1).containsEntry("high", 2);
        // The clear category: always first and always second, whoever is left out.
        Map<String, Object> e1 = item(r, round.entries().get(1));
        assertThat(e1)
                .containsEntry("low", 1)
                .containsEntry("high", 1)
                .containsEntry("advanceShare", 1.0)
                .containsEntry("pivotalJudges", List.of());
        assertThat(item(r, round.entries().get(3))).containsEntry("advanceShare", 0.0);
        assertThat((String) e0.get("title")).startsWith("Entry");

        // Asked again, the same figures: the seed is fixed.
        assertThat(api().get("/api/rounds/" + round.id() + "/results/stability", round.organizer())
                        .body())
                .isEqualTo(r.body());
    }

    @Test
    void isForTheRoundsOrganizersOnly() {
        Round round = scoredRound();
        String path = "/api/rounds/" + round.id() + "/results/stability";

        assertThat(api().get(path, null).status()).isEqualTo(401);
        assertThat(api().get(path, round.judges().get(0).token()).status()).isEqualTo(403);
        String stranger =
                new Seasons(api()).person("org2", Set.of("ORGANIZER"), null).token();
        assertThat(api().get(path, stranger).status()).isEqualTo(403);
        Api.Result missing = api().get("/api/rounds/987654321/results/stability", round.organizer());
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
    }
}
