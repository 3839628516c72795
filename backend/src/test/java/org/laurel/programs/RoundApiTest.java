package org.laurel.programs;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.laurel.support.Api;
import org.laurel.support.Seasons;

@MicronautTest(transactional = false)
class RoundApiTest {

    @Inject
    @Client("/")
    HttpClient client;

    Api api() {
        return new Api(client);
    }

    static Map<String, Object> roundBody(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("mode", "ONLINE");
        body.put("aggregation", "TRIMMED_MEAN");
        body.put("blind", true);
        body.put("judgesPerEntry", 3);
        body.put("advanceCount", 10);
        body.put(
                "criteria",
                List.of(
                        Map.of("name", "Innovation", "weight", 3, "min", 0, "max", 10, "step", 0.5, "tieBreakOrder", 1),
                        Map.of("name", "Market", "weight", 2, "min", 0, "max", 10),
                        Map.of("name", "Team", "weight", 1, "min", 0, "max", 10, "description", "Can they deliver?")));
        return body;
    }

    @Test
    void anOrganizerAddsARoundWithARubric() {
        Seasons.Program program = new Seasons(api()).openAward(Duration.ofDays(3));

        Api.Result r = api().post(
                        "/api/programs/" + program.id() + "/rounds",
                        roundBody("Preliminary"),
                        program.organizerToken());

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.header("Location")).isEqualTo("/api/rounds/" + r.get("id"));
        assertThat(r.get("status")).isEqualTo("DRAFT");
        assertThat(r.get("position")).isEqualTo(1);
        assertThat(r.get("trimCount")).isEqualTo(1);
        assertThat(r.list("criteria")).extracting(c -> c.get("name")).containsExactly("Innovation", "Market", "Team");
        // Weights 3, 2, 1 on equal scales: 50%, 33.3%, 16.7%.
        assertThat(r.list("criteria"))
                .extracting(c -> ((Number) c.get("weightPercent")).doubleValue())
                .containsExactly(50.0, 33.3, 16.7);
        assertThat(r.list("criteria").get(1).get("step")).isEqualTo(1.0);
        assertThat(api().get("/api/programs/" + program.id() + "/rounds", program.organizerToken())
                        .list("items"))
                .hasSize(1);
    }

    @Test
    void anInvalidRubricIsRefusedWithEveryProblem() {
        Seasons.Program program = new Seasons(api()).openAward(Duration.ofDays(3));
        Map<String, Object> body = roundBody("Bad");
        body.put(
                "criteria",
                List.of(
                        Map.of("name", "A", "weight", 1, "min", 10, "max", 10),
                        Map.of("name", "a", "weight", 1, "min", 0, "max", 10, "step", 3),
                        Map.of("name", "B", "weight", -1, "min", 0, "max", 10)));

        Api.Result shape = api().post("/api/programs/" + program.id() + "/rounds", body, program.organizerToken());
        assertThat(shape.status()).isEqualTo(400);
        assertThat(shape.fields()).contains("criteria[2].weight");

        body.put(
                "criteria",
                List.of(
                        Map.of("name", "A", "weight", 1, "min", 10, "max", 10),
                        Map.of("name", "a", "weight", 1, "min", 0, "max", 10, "step", 3)));
        Api.Result rules = api().post("/api/programs/" + program.id() + "/rounds", body, program.organizerToken());
        assertThat(rules.status()).isEqualTo(400);
        assertThat(rules.fields()).containsExactlyInAnyOrder("criteria[0].max", "criteria[1].name", "criteria[1].step");
    }

    @Test
    void onlyTheProgramsOrganizersManageRounds() {
        Seasons.Program program = new Seasons(api()).openAward(Duration.ofDays(3));
        String path = "/api/programs/" + program.id() + "/rounds";

        assertThat(api().post(path, roundBody("x"), api().newUser("org2", Set.of("ORGANIZER")))
                        .status())
                .isEqualTo(403);
        assertThat(api().post(path, roundBody("x"), api().newUser("judge", Set.of("JUDGE")))
                        .status())
                .isEqualTo(403);
        assertThat(api().post(path, roundBody("x"), api().newUser("app", Set.of("APPLICANT")))
                        .status())
                .isEqualTo(403);
        assertThat(api().post(path, roundBody("x"), null).status()).isEqualTo(401);
        assertThat(api().get("/api/rounds/99999999", program.organizerToken()).status())
                .isEqualTo(404);
        long id = ((Number) api().post(path, roundBody("x"), program.organizerToken())
                        .get("id"))
                .longValue();
        assertThat(api().get("/api/rounds/" + id, api().newUser("org3", Set.of("ORGANIZER")))
                        .status())
                .isEqualTo(403);
        assertThat(api().post("/api/rounds/" + id + "/open", Map.of(), api().newUser("judge", Set.of("JUDGE")))
                        .status())
                .isEqualTo(403);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theRubricLocksWhenTheRoundOpensButTheMethodMayStillChange() {
        Seasons.Program program = new Seasons(api()).openAward(Duration.ofDays(3));
        String org = program.organizerToken();
        Api.Result created = api().post("/api/programs/" + program.id() + "/rounds", roundBody("Online review"), org);
        long id = ((Number) created.get("id")).longValue();

        assertThat(api().post("/api/rounds/" + id + "/close", Map.of(), org).status())
                .isEqualTo(409);
        assertThat(api().post("/api/rounds/" + id + "/open", Map.of(), org).get("status"))
                .isEqualTo("OPEN");

        Map<String, Object> body = roundBody("Online review");
        List<Map<String, Object>> criteria = new ArrayList<>();
        for (Map<String, Object> c : created.list("criteria")) {
            criteria.add(new HashMap<>(c));
        }
        body.put("criteria", criteria);
        body.put("aggregation", "ZSCORE");
        Api.Result methodChanged = api().put("/api/rounds/" + id, body, org);
        assertThat(methodChanged.status()).isEqualTo(200);
        assertThat(methodChanged.get("aggregation")).isEqualTo("ZSCORE");
        assertThat(api().get("/api/rounds/" + id + "/audit", org).list("items"))
                .filteredOn(i -> "ROUND_CHANGED".equals(i.get("action")))
                .anySatisfy(i -> assertThat((String) i.get("after")).contains("ZSCORE"));

        criteria.get(0).put("weight", 5);
        Api.Result rubricChanged = api().put("/api/rounds/" + id, body, org);
        assertThat(rubricChanged.status()).isEqualTo(409);
        assertThat((String) rubricChanged.get("type")).endsWith("/rubric-locked");
        body.put("blind", false);
        criteria.get(0).put("weight", 3);
        assertThat(api().put("/api/rounds/" + id, body, org).status()).isEqualTo(409);

        assertThat(api().post("/api/rounds/" + id + "/close", Map.of(), org).get("status"))
                .isEqualTo("CLOSED");
        Api.Result noReason = api().post("/api/rounds/" + id + "/open", Map.of(), org);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.fields()).containsExactly("reason");
        assertThat(api().post("/api/rounds/" + id + "/open", Map.of("reason", "Judge 3 was ill"), org)
                        .get("status"))
                .isEqualTo("OPEN");
    }

    @Test
    void aLaterRoundOpensOnlyAfterThePreviousOneIsFinalized() {
        Seasons.Program program = new Seasons(api()).openAward(Duration.ofDays(3));
        String org = program.organizerToken();
        api().post("/api/programs/" + program.id() + "/rounds", roundBody("Preliminary"), org);
        Api.Result second = api().post("/api/programs/" + program.id() + "/rounds", roundBody("Final"), org);

        assertThat(second.get("position")).isEqualTo(2);
        Api.Result open = api().post("/api/rounds/" + second.get("id") + "/open", Map.of(), org);
        assertThat(open.status()).isEqualTo(409);
        assertThat((String) open.get("detail")).contains("Preliminary");
    }
}
