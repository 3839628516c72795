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

/** Topics, judges' profiles, bidding, and expertise-aware assignment through the API. */
@SuppressWarnings("unchecked")
@MicronautTest(transactional = false)
class ExpertiseApiTest {

    @Inject
    @Client("/")
    HttpClient client;

    Api api() {
        return new Api(client);
    }

    Seasons seasons() {
        return new Seasons(api());
    }

    record Setup(Seasons.Screened season, String org, long roundId, List<Seasons.Person> judges, List<Long> topics) {}

    /** Four entries, two judges, topics "Vision" and "Energy"; a draft online round, one judge per entry. */
    Setup setup() {
        Seasons.Screened season = seasons().screenedAward(4);
        String org = season.program().organizerToken();
        long programId = season.program().id();
        Api.Result topics = api().put(
                        "/api/programs/" + programId + "/topics",
                        Map.of("topics", List.of(Map.of("name", "Vision"), Map.of("name", "Energy"))),
                        org);
        assertThat(topics.status()).as(String.valueOf(topics.body())).isEqualTo(200);
        List<Map<String, Object>> listed =
                api().get("/api/programs/" + programId + "/topics", null).list("items");
        assertThat(listed).extracting(t -> t.get("name")).containsExactly("Vision", "Energy");
        List<Long> topicIds =
                listed.stream().map(t -> ((Number) t.get("id")).longValue()).toList();
        Map<String, Object> body = new HashMap<>(JudgingApiTest.round(1, true));
        body.put("judgesPerEntry", 1);
        long roundId = ((Number) api().post("/api/programs/" + programId + "/rounds", body, org)
                        .get("id"))
                .longValue();
        List<Seasons.Person> judges = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            judges.add(seasons().person("expert" + i, Set.of("JUDGE"), "Expert Lab " + i));
        }
        api().put(
                        "/api/rounds/" + roundId + "/panel",
                        Map.of(
                                "judgeIds",
                                judges.stream().map(Seasons.Person::id).toList()),
                        org);
        return new Setup(season, org, roundId, judges, topicIds);
    }

    @Test
    void bidsTopicsAndExpertiseDecideTheAssignmentAndExplainIt() {
        Setup s = setup();
        long vision = s.topics().get(0);
        long energy = s.topics().get(1);
        List<Long> entries = s.season().entryIds();
        // Entries 0 and 1 are about vision, 2 and 3 about energy (picked by their team).
        for (int i = 0; i < 4; i++) {
            Api.Result picked = api().put(
                            "/api/entries/" + entries.get(i) + "/topics",
                            Map.of("topicIds", List.of(i < 2 ? vision : energy)),
                            s.season().applicantToken());
            assertThat(picked.status()).as(String.valueOf(picked.body())).isEqualTo(200);
        }
        // Judge 0 knows vision, judge 1 energy.
        assertThat(api().put(
                                "/api/judging/profile",
                                Map.of("expertise", "Computer vision, image recognition", "topicIds", List.of(vision)),
                                s.judges().get(0).token())
                        .status())
                .isEqualTo(200);
        assertThat(api().put(
                                "/api/judging/profile",
                                Map.of("expertise", "储能 and solar energy", "topicIds", List.of(energy)),
                                s.judges().get(1).token())
                        .get("expertise"))
                .isEqualTo("储能 and solar energy");

        // Bidding: closed until the organizer opens it; a judge sees title, summary and topics.
        String bidOn = "/api/rounds/" + s.roundId() + "/bids/" + entries.get(2);
        assertThat(api().put(bidOn, Map.of("level", "EAGER"), s.judges().get(1).token())
                        .status())
                .isEqualTo(409);
        assertThat(api().put("/api/rounds/" + s.roundId() + "/bidding", Map.of("open", true), s.org())
                        .get("open"))
                .isEqualTo(true);
        Api.Result mine = api().get(
                        "/api/rounds/" + s.roundId() + "/bids/mine",
                        s.judges().get(1).token());
        assertThat(mine.list("items")).hasSize(4);
        assertThat(mine.list("items").get(2).get("topics")).isEqualTo(List.of("Energy"));
        assertThat(api().put(bidOn, Map.of("level", "EAGER"), s.judges().get(1).token())
                        .get("bid"))
                .isEqualTo("EAGER");
        // Judge 0 declares a conflict with entry 0 by bidding CONFLICT: never assigned to them.
        assertThat(api().put(
                                "/api/rounds/" + s.roundId() + "/bids/" + entries.get(0),
                                Map.of("level", "CONFLICT"),
                                s.judges().get(0).token())
                        .status())
                .isEqualTo(200);

        Api.Result auto = api().post("/api/rounds/" + s.roundId() + "/assignments/auto", Map.of(), s.org());
        assertThat(auto.status()).as(String.valueOf(auto.body())).isEqualTo(200);
        Map<Long, Long> judgeOf = new HashMap<>();
        for (int i = 0; i < 4; i++) {
            Api.Result why =
                    api().get("/api/rounds/" + s.roundId() + "/assignments/" + entries.get(i) + "/affinity", s.org());
            assertThat(why.status()).isEqualTo(200);
            long entryId = entries.get(i);
            why.list("judges").stream()
                    .filter(j -> Boolean.TRUE.equals(j.get("assigned")))
                    .forEach(j -> judgeOf.put(entryId, ((Number) j.get("judgeId")).longValue()));
        }
        assertThat(judgeOf.get(entries.get(0)))
                .as("conflicted by bid")
                .isEqualTo(s.judges().get(1).id());
        assertThat(judgeOf.get(entries.get(1))).isEqualTo(s.judges().get(0).id());
        assertThat(judgeOf.get(entries.get(2))).isEqualTo(s.judges().get(1).id());
        assertThat(judgeOf.get(entries.get(3))).isEqualTo(s.judges().get(1).id());

        Api.Result why =
                api().get("/api/rounds/" + s.roundId() + "/assignments/" + entries.get(2) + "/affinity", s.org());
        Map<String, Object> best = why.list("judges").get(0);
        assertThat(((Number) best.get("judgeId")).longValue())
                .isEqualTo(s.judges().get(1).id());
        assertThat(best.get("bid")).isEqualTo("EAGER");
        assertThat(best.get("sharedTopics")).isEqualTo(List.of("Energy"));
        assertThat(((Number) best.get("score")).doubleValue()).isGreaterThan(3 + 1.5);

        // Forbid the pair and re-run with replace: entry 2 moves to the other judge.
        Api.Result forbid = api().put(
                        "/api/rounds/" + s.roundId() + "/assignments/forbidden",
                        Map.of(
                                "entryId",
                                entries.get(2),
                                "judgeId",
                                s.judges().get(1).id(),
                                "forbidden",
                                true),
                        s.org());
        assertThat(forbid.status()).isEqualTo(200);
        api().post("/api/rounds/" + s.roundId() + "/assignments/auto?replace=true", Map.of(), s.org());
        Api.Result after =
                api().get("/api/rounds/" + s.roundId() + "/assignments/" + entries.get(2) + "/affinity", s.org());
        assertThat(after.list("judges"))
                .filteredOn(j -> Boolean.TRUE.equals(j.get("assigned")))
                .singleElement()
                .satisfies(j -> assertThat(((Number) j.get("judgeId")).longValue())
                        .isEqualTo(s.judges().get(0).id()));
    }

    @Test
    void whoMayDoWhat() {
        Setup s = setup();
        long entry = s.season().entryIds().get(0);
        Seasons.Person outsider = seasons().person("outsider", Set.of("JUDGE"), "Elsewhere");
        String bidding = "/api/rounds/" + s.roundId() + "/bidding";

        assertThat(api().get("/api/judging/profile", null).status()).isEqualTo(401);
        assertThat(api().get("/api/judging/profile", s.season().applicantToken())
                        .status())
                .isEqualTo(403);
        assertThat(api().put(
                                "/api/judging/profile",
                                Map.of("expertise", "x", "topicIds", List.of(999_999_999L)),
                                outsider.token())
                        .status())
                .isEqualTo(400);
        assertThat(api().put(bidding, Map.of("open", true), null).status()).isEqualTo(401);
        assertThat(api().put(bidding, Map.of("open", true), outsider.token()).status())
                .isEqualTo(403);
        assertThat(api().put(bidding, Map.of("open", true), s.org()).status()).isEqualTo(200);
        assertThat(api().get("/api/rounds/" + s.roundId() + "/bids/mine", outsider.token())
                        .status())
                .isEqualTo(404);
        assertThat(api().put(
                                "/api/rounds/" + s.roundId() + "/bids/" + entry,
                                Map.of("level", "EAGER"),
                                outsider.token())
                        .status())
                .isEqualTo(404);
        assertThat(api().put(
                                "/api/rounds/" + s.roundId() + "/bids/999999999",
                                Map.of("level", "EAGER"),
                                s.judges().get(0).token())
                        .status())
                .isEqualTo(404);
        assertThat(api().put(
                                "/api/rounds/" + s.roundId() + "/bids/" + entry,
                                Map.of("level", "MAYBE"),
                                s.judges().get(0).token())
                        .status())
                .isEqualTo(400);

        // Topics: only the program's own, only by the entry's team, only by the program's organizer.
        Seasons.Screened other = seasons().screenedAward(1);
        assertThat(api().put(
                                "/api/programs/" + s.season().program().id() + "/topics",
                                Map.of("topics", List.of()),
                                other.program().organizerToken())
                        .status())
                .isEqualTo(403);
        assertThat(api().put(
                                "/api/programs/" + s.season().program().id() + "/topics",
                                Map.of("topics", List.of(Map.of("name", "A"), Map.of("name", "a"))),
                                s.org())
                        .status())
                .isEqualTo(400);
        assertThat(api().put(
                                "/api/entries/" + entry + "/topics",
                                Map.of("topicIds", List.of(999_999_999L)),
                                s.season().applicantToken())
                        .status())
                .isEqualTo(400);
        assertThat(api().put("/api/entries/" + entry + "/topics", Map.of("topicIds", List.of()), other.applicantToken())
                        .status())
                .isEqualTo(404);
        assertThat(api().get(
                                "/api/rounds/" + s.roundId() + "/assignments/" + entry + "/affinity",
                                other.program().organizerToken())
                        .status())
                .isEqualTo(403);
        assertThat(api().get("/api/rounds/" + s.roundId() + "/assignments/999999999/affinity", s.org())
                        .status())
                .isEqualTo(404);
        assertThat(api().put(
                                "/api/rounds/" + s.roundId() + "/assignments/forbidden",
                                Map.of("entryId", entry, "judgeId", outsider.id(), "forbidden", true),
                                s.org())
                        .status())
                .isEqualTo(400);
    }
}
