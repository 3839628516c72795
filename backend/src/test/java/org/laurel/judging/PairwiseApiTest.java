package org.laurel.judging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.laurel.support.Api;
import org.laurel.support.Seasons;

/** Pairwise expo judging through the API: the walk, its rules, the floor, finalizing, and who may do what. */
@SuppressWarnings("unchecked")
@MicronautTest(transactional = false)
class PairwiseApiTest {

    @Inject
    @Client("/")
    HttpClient client;

    Api api() {
        return new Api(client);
    }

    Seasons seasons() {
        return new Seasons(api());
    }

    record Floor(Seasons.Screened season, String org, long roundId, List<Seasons.Person> judges) {}

    static Map<String, Object> pairwiseRound() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Expo floor");
        body.put("mode", "PAIRWISE");
        body.put("aggregation", "MEAN");
        body.put("blind", false);
        body.put("advanceCount", 1);
        body.put("criteria", List.of());
        return body;
    }

    Floor open(int entries, int judges) {
        Seasons.Screened season = seasons().screenedAward(entries);
        String org = season.program().organizerToken();
        Api.Result created = api().post("/api/programs/" + season.program().id() + "/rounds", pairwiseRound(), org);
        assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(201);
        long roundId = ((Number) created.get("id")).longValue();
        List<Seasons.Person> panel = new ArrayList<>();
        for (int i = 0; i < judges; i++) {
            panel.add(seasons().person("floor" + i, Set.of("JUDGE"), "Floor Institute " + i));
        }
        api().put(
                        "/api/rounds/" + roundId + "/panel",
                        Map.of(
                                "judgeIds",
                                panel.stream().map(Seasons.Person::id).toList()),
                        org);
        assertThat(api().post("/api/rounds/" + roundId + "/open", Map.of(), org).status())
                .isEqualTo(200);
        return new Floor(season, org, roundId, panel);
    }

    Api.Result decide(Floor f, Seasons.Person judge, String decision, Object current) {
        Map<String, Object> body = new HashMap<>();
        body.put("decision", decision);
        body.put("currentEntryId", current);
        return api().post("/api/rounds/" + f.roundId() + "/pairwise/me/decisions", body, judge.token());
    }

    static Long current(Api.Result walk) {
        Map<String, Object> c = (Map<String, Object>) walk.get("current");
        return c == null ? null : ((Number) c.get("entryId")).longValue();
    }

    @Test
    void aJudgeWalksComparesAndTheRankingFollows() {
        Floor f = open(4, 2);
        Seasons.Person judge = f.judges().get(0);

        Api.Result walk = api().get("/api/rounds/" + f.roundId() + "/pairwise/me", judge.token());
        assertThat(walk.status()).isEqualTo(200);
        assertThat(walk.get("allowedDecisions")).isEqualTo(List.of("START"));
        assertThat(walk.get("tablesLeft")).isEqualTo(4);
        assertThat(api().get("/api/judging/pairwise", judge.token()).list("items"))
                .extracting(i -> ((Number) i.get("roundId")).longValue())
                .containsExactly(f.roundId());

        Api.Result started = decide(f, judge, "START", null);
        assertThat(started.status()).isEqualTo(200);
        Long first = current(started);
        assertThat(first).isNotNull();
        assertThat(started.get("allowedDecisions")).isEqualTo(List.of("NEXT", "SKIP"));

        // Comparing needs a second table; the screen must name the table the judge is at.
        assertThat(decide(f, judge, "CURRENT_BETTER", first).status()).isEqualTo(409);
        Api.Result stale = decide(f, judge, "NEXT", first + 999);
        assertThat(stale.status()).isEqualTo(409);
        assertThat((String) stale.get("type")).endsWith("pairwise-stale");

        Api.Result second = decide(f, judge, "NEXT", first);
        Long next = current(second);
        assertThat(next).isNotNull().isNotEqualTo(first);
        assertThat(((Map<String, Object>) second.get("previous")).get("entryId"))
                .isEqualTo(first.intValue());

        Api.Result compared = decide(f, judge, "PREVIOUS_BETTER", next);
        assertThat(compared.status()).isEqualTo(200);
        assertThat(compared.get("comparisons")).isEqualTo(1);
        // A double tap arrives with the old table: refused, nothing counted twice.
        assertThat(decide(f, judge, "PREVIOUS_BETTER", next).status()).isEqualTo(409);

        Api.Result floor = api().get("/api/rounds/" + f.roundId() + "/pairwise/floor", f.org());
        assertThat(floor.get("comparisons")).isEqualTo(1);
        Map<String, Object> top = floor.list("tables").get(0);
        assertThat(((Number) top.get("entryId")).longValue()).isEqualTo(first);
        assertThat(((Number) top.get("strength")).doubleValue()).isCloseTo(9.0 / 22, within(1e-5));
        assertThat(floor.list("judges"))
                .filteredOn(j -> ((Number) j.get("judgeId")).longValue() == judge.id())
                .singleElement()
                .satisfies(j -> assertThat(j.get("comparisons")).isEqualTo(1));

        Api.Result results = api().get("/api/rounds/" + f.roundId() + "/results", f.org());
        Map<String, Object> best = results.list("items").get(0);
        assertThat(((Number) best.get("entryId")).longValue()).isEqualTo(first);
        assertThat(best.get("rank")).isEqualTo(1);
        assertThat(best.get("judgeCount")).isEqualTo(1);
    }

    @Test
    void aJudgeIsNeverSentToASeenConflictedOrAbsentTable() {
        Floor f = open(6, 1);
        Seasons.Person judge = f.judges().get(0);
        long absent = f.season().entryIds().get(1);
        long conflicted = f.season().entryIds().get(2);
        Api.Result marked = api().put(
                        "/api/rounds/" + f.roundId() + "/pairwise/tables/" + absent, Map.of("present", false), f.org());
        assertThat(marked.status()).isEqualTo(200);
        assertThat(marked.get("tablesPresent")).isEqualTo(5);
        assertThat(api().post(
                                "/api/rounds/" + f.roundId() + "/conflicts",
                                Map.of("entryId", conflicted, "judgeId", judge.id(), "reason", "advisor"),
                                f.org())
                        .status())
                .isLessThan(300);

        Set<Long> visited = new HashSet<>();
        Api.Result walk = decide(f, judge, "START", null);
        visited.add(current(walk));
        walk = decide(f, judge, "SKIP", current(walk));
        visited.add(current(walk));
        walk = decide(f, judge, "NEXT", current(walk));
        while (current(walk) != null) {
            assertThat(visited.add(current(walk))).as("a table seen twice").isTrue();
            walk = decide(f, judge, "CURRENT_BETTER", current(walk));
            assertThat(walk.status()).isEqualTo(200);
        }
        assertThat(visited).hasSize(4).doesNotContain(absent, conflicted);
        assertThat(walk.get("tablesLeft")).isEqualTo(0);
        assertThat(walk.get("allowedDecisions")).isEqualTo(List.of());
        assertThat(walk.get("comparisons")).isEqualTo(2);

        // The absent team comes back: the judge can walk on to it.
        api().put("/api/rounds/" + f.roundId() + "/pairwise/tables/" + absent, Map.of("present", true), f.org());
        Api.Result back = api().get("/api/rounds/" + f.roundId() + "/pairwise/me", judge.token());
        assertThat(back.get("allowedDecisions")).isEqualTo(List.of("START"));
        assertThat(current(decide(f, judge, "START", null))).isEqualTo(absent);
    }

    @Test
    void finalizingFreezesTheComparisonRankingAndTheTopAdvance() throws Exception {
        Floor f = open(2, 1);
        Seasons.Person judge = f.judges().get(0);
        Long first = current(decide(f, judge, "START", null));
        Long second = current(decide(f, judge, "NEXT", first));
        decide(f, judge, "CURRENT_BETTER", second);
        assertThat(api().post("/api/rounds/" + f.roundId() + "/close", Map.of(), f.org())
                        .status())
                .isEqualTo(200);
        Api.Result closed = decide(f, judge, "START", null);
        assertThat(closed.status()).isEqualTo(409);

        Api.Result snapshot = api().post("/api/rounds/" + f.roundId() + "/finalize", Map.of(), f.org());
        assertThat(snapshot.status()).as(String.valueOf(snapshot.body())).isEqualTo(200);
        // Two categories, one entry each: each is first of its category and advances.
        assertThat(snapshot.list("items")).extracting(i -> i.get("rank")).containsExactly(1, 1);
        assertThat(((Number) snapshot.list("items").get(0).get("entryId")).longValue())
                .isEqualTo(second);
        assertThat((List<Object>) snapshot.get("advanced")).hasSize(2);

        // The bundle carries the comparisons, and the verifier replays them to the same snapshot.
        Api.Result download = api().get("/api/rounds/" + f.roundId() + "/snapshot/bundle", f.org());
        assertThat(download.status()).isEqualTo(200);
        com.fasterxml.jackson.databind.ObjectMapper json = Verifier.mapper();
        RoundBundle bundle = json.readValue(json.writeValueAsBytes(download.body()), RoundBundle.class);
        assertThat(bundle.comparisons()).containsExactly(new RoundBundle.Comparison(1, second, first));
        assertThat(Verifier.verify(bundle, json)).startsWith("OK");
        RoundBundle forged = new RoundBundle(
                bundle.format(),
                bundle.roundId(),
                bundle.roundName(),
                bundle.settings(),
                bundle.criteria(),
                bundle.entries(),
                bundle.cards(),
                bundle.snapshot(),
                List.of(new RoundBundle.Comparison(1, first, second)));
        assertThat(Verifier.verify(forged, json)).startsWith("DIFFERENT");

        // The method statement says how: CrowdBT from its priors, each winner replayed to the
        // snapshot's strength (the first update, by hand: +-9/22, variance 403/484).
        Api.Result statement = api().get("/api/rounds/" + f.roundId() + "/method-statement", f.org());
        assertThat(statement.status()).isEqualTo(200);
        assertThat(statement.list("winners")).isEmpty();
        assertThat(statement.list("criteria")).isEmpty();
        Map<String, Object> pairwise = (Map<String, Object>) statement.get("pairwise");
        assertThat(pairwise).containsEntry("comparisonCount", 1).containsEntry("judgeCount", 1);
        assertThat(((Number) pairwise.get("alphaPrior")).doubleValue()).isEqualTo(10.0);
        List<Map<String, Object>> worked = (List<Map<String, Object>>) pairwise.get("winners");
        assertThat(worked).hasSize(2);
        assertThat(worked.get(0))
                .containsEntry("won", 1)
                .containsEntry("lost", 0)
                .containsEntry("matchesSnapshot", true);
        assertThat(((Number) worked.get(0).get("strength")).doubleValue()).isCloseTo(9.0 / 22, within(1e-6));
        assertThat(((Number) worked.get(0).get("uncertainty")).doubleValue())
                .isCloseTo(Math.sqrt(403.0 / 484), within(1e-6));
        assertThat(worked.get(1))
                .containsEntry("won", 0)
                .containsEntry("lost", 1)
                .containsEntry("matchesSnapshot", true);
    }

    @Test
    void whoMayDoWhat() {
        Floor f = open(2, 1);
        Seasons.Person judge = f.judges().get(0);
        Seasons.Person outsider = seasons().person("stranger", Set.of("JUDGE"), "Elsewhere");
        String me = "/api/rounds/" + f.roundId() + "/pairwise/me";
        String floor = "/api/rounds/" + f.roundId() + "/pairwise/floor";
        String table = "/api/rounds/" + f.roundId() + "/pairwise/tables/"
                + f.season().entryIds().get(0);

        assertThat(api().get(me, null).status()).isEqualTo(401);
        assertThat(api().get(floor, null).status()).isEqualTo(401);
        assertThat(api().put(table, Map.of("present", false), null).status()).isEqualTo(401);
        assertThat(api().get(me, outsider.token()).status()).isEqualTo(404);
        assertThat(decide(f, outsider, "START", null).status()).isEqualTo(404);
        assertThat(api().get(floor, judge.token()).status()).isEqualTo(403);
        assertThat(api().get(me, f.season().applicantToken()).status()).isEqualTo(403);
        assertThat(api().get("/api/rounds/999999999/pairwise/me", judge.token()).status())
                .isEqualTo(404);

        Seasons.Screened other = seasons().screenedAward(1);
        String otherOrg = other.program().organizerToken();
        assertThat(api().get(floor, otherOrg).status()).isIn(403, 404);
        assertThat(api().put(table, Map.of("present", false), otherOrg).status())
                .isIn(403, 404);
        Api.Result unknownTable = api().put(
                        "/api/rounds/" + f.roundId() + "/pairwise/tables/"
                                + other.entryIds().get(0),
                        Map.of("present", false),
                        f.org());
        assertThat(unknownTable.status()).isEqualTo(404);
        assertThat(unknownTable.contentType()).startsWith("application/problem+json");
        Api.Result blank = api().put(table, Map.of("label", ""), f.org());
        assertThat(blank.status()).isEqualTo(400);
        assertThat(api().post("/api/rounds/" + f.roundId() + "/pairwise/me/decisions", Map.of(), judge.token())
                        .status())
                .isEqualTo(400);

        // A scored round still needs a rubric; the floor of one is not a pairwise floor.
        Map<String, Object> online = new HashMap<>(pairwiseRound());
        online.put("mode", "ONLINE");
        Api.Result noRubric = api().post("/api/programs/" + other.program().id() + "/rounds", online, otherOrg);
        assertThat(noRubric.status()).isEqualTo(400);
        assertThat(noRubric.fields()).contains("criteria");
        long onlineRound = ((Number) api().post(
                                "/api/programs/" + other.program().id() + "/rounds",
                                JudgingApiTest.round(1, false),
                                otherOrg)
                        .get("id"))
                .longValue();
        Api.Result notPairwise = api().get("/api/rounds/" + onlineRound + "/pairwise/floor", otherOrg);
        assertThat(notPairwise.status()).isEqualTo(409);
        assertThat((String) notPairwise.get("type")).endsWith("round-not-pairwise");
    }
}
