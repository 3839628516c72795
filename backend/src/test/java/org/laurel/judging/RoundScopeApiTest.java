package org.laurel.judging;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.laurel.support.Api;
import org.laurel.support.Seasons;

/** Every id an organizer names in a round's request must belong to that round's program (or panel). */
@SuppressWarnings("unchecked")
@MicronautTest(transactional = false)
class RoundScopeApiTest {

    @Inject
    @Client("/")
    HttpClient client;

    Api api() {
        return new Api(client);
    }

    Seasons seasons() {
        return new Seasons(api());
    }

    record Two(
            long ownRound,
            String ownOrganizer,
            Seasons.Person ownJudge,
            long ownEntry,
            long foreignRound,
            String foreignOrganizer,
            Seasons.Person foreignJudge,
            long foreignEntry) {}

    /** Two programs, each with one eligible entry, a round and a one-judge panel, assigned and open. */
    Two twoPrograms() {
        long[] round = new long[2];
        String[] org = new String[2];
        Seasons.Person[] judge = new Seasons.Person[2];
        long[] entry = new long[2];
        for (int i = 0; i < 2; i++) {
            Seasons.Screened s = seasons().screenedAward(1);
            org[i] = s.program().organizerToken();
            entry[i] = s.entryIds().get(0);
            round[i] = ((Number) api().post(
                                    "/api/programs/" + s.program().id() + "/rounds",
                                    new HashMap<>(JudgingApiTest.round(1, false)),
                                    org[i])
                            .get("id"))
                    .longValue();
            judge[i] = seasons().person("judge", Set.of("JUDGE"), "Jury " + i);
            api().put("/api/rounds/" + round[i] + "/panel", Map.of("judgeIds", List.of(judge[i].id())), org[i]);
            api().post("/api/rounds/" + round[i] + "/assignments/auto", Map.of(), org[i]);
            assertThat(api().post("/api/rounds/" + round[i] + "/open", Map.of(), org[i])
                            .status())
                    .isEqualTo(200);
        }
        return new Two(round[0], org[0], judge[0], entry[0], round[1], org[1], judge[1], entry[1]);
    }

    @Test
    void anOrganizerCannotRecordAConflictOnAnEntryOfAnotherProgram() {
        Two t = twoPrograms();

        Api.Result r = api().post(
                        "/api/rounds/" + t.ownRound() + "/conflicts",
                        Map.of(
                                "entryId",
                                t.foreignEntry(),
                                "judgeId",
                                t.foreignJudge().id(),
                                "reason",
                                "sabotage"),
                        t.ownOrganizer());

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.contentType()).startsWith("application/problem+json");
        // The other program's judge still sees and scores its entry; its matrix shows no conflict.
        assertThat(api().get(
                                "/api/rounds/" + t.foreignRound() + "/entries/" + t.foreignEntry(),
                                t.foreignJudge().token())
                        .status())
                .isEqualTo(200);
        Map<String, Object> matrix = api().get("/api/rounds/" + t.foreignRound() + "/assignments", t.foreignOrganizer())
                .body();
        assertThat((List<Map<String, Object>>) matrix.get("entries"))
                .allSatisfy(row -> assertThat((List<?>) row.get("conflicts")).isEmpty());
    }

    @Test
    void aConflictNamingAnUnknownEntryIs404AndNamingAJudgeOffThePanelIs400() {
        Two t = twoPrograms();
        String path = "/api/rounds/" + t.ownRound() + "/conflicts";

        for (long unknown : new long[] {0, -1, 999_999_999L}) {
            Api.Result r = api().post(
                            path,
                            Map.of("entryId", unknown, "judgeId", t.ownJudge().id(), "reason", "x"),
                            t.ownOrganizer());
            assertThat(r.status()).as("entry " + unknown).isEqualTo(404);
            assertThat(r.contentType()).startsWith("application/problem+json");
        }
        Api.Result offPanel = api().post(
                        path,
                        Map.of(
                                "entryId",
                                t.ownEntry(),
                                "judgeId",
                                t.foreignJudge().id(),
                                "reason",
                                "x"),
                        t.ownOrganizer());
        assertThat(offPanel.status()).isEqualTo(400);
        assertThat(offPanel.fields()).contains("judgeId");
        assertThat(api().post(path, Map.of("entryId", t.ownEntry(), "judgeId", -1, "reason", "x"), t.ownOrganizer())
                        .status())
                .isEqualTo(400);
        // The organizer's own entry and judge: recorded.
        assertThat(api().post(
                                path,
                                Map.of(
                                        "entryId",
                                        t.ownEntry(),
                                        "judgeId",
                                        t.ownJudge().id(),
                                        "reason",
                                        "former colleague"),
                                t.ownOrganizer())
                        .status())
                .isEqualTo(200);
    }

    @Test
    void anOrganizerCannotAssignAnEntryOfAnotherProgramOrAnUnknownOne() {
        Two t = twoPrograms();
        String path = "/api/rounds/" + t.ownRound() + "/assignments";

        assertThat(api().post(
                                path,
                                Map.of(
                                        "entryId",
                                        t.foreignEntry(),
                                        "judgeId",
                                        t.ownJudge().id()),
                                t.ownOrganizer())
                        .status())
                .isEqualTo(404);
        assertThat(api().post(path, Map.of("entryId", 0, "judgeId", t.ownJudge().id()), t.ownOrganizer())
                        .status())
                .isEqualTo(404);
        assertThat(api().post(
                                path,
                                Map.of(
                                        "entryId",
                                        t.ownEntry(),
                                        "judgeId",
                                        t.foreignJudge().id()),
                                t.ownOrganizer())
                        .status())
                .isEqualTo(400);
        assertThat(api().send(
                                io.micronaut.http.HttpRequest.DELETE(path + "/" + t.foreignEntry() + "/"
                                        + t.foreignJudge().id()),
                                t.ownOrganizer())
                        .status())
                .isEqualTo(404);
        // Nothing changed in the other program.
        Map<String, Object> matrix = api().get("/api/rounds/" + t.foreignRound() + "/assignments", t.foreignOrganizer())
                .body();
        assertThat((List<Map<String, Object>>) matrix.get("entries"))
                .singleElement()
                .satisfies(row -> assertThat(JudgingApiTest.ids(row.get("judgeIds")))
                        .containsExactly(t.foreignJudge().id()));
    }

    @Test
    void aPanelTakesOnlyPeopleWithTheJudgeRole() {
        Two t = twoPrograms();
        Seasons.Person applicant = seasons().person("applicant", Set.of("APPLICANT"), null);

        for (long id : new long[] {0, -1, 999_999_999L, applicant.id()}) {
            Api.Result r = api().put(
                            "/api/rounds/" + t.ownRound() + "/panel",
                            Map.of("judgeIds", List.of(id)),
                            t.ownOrganizer());
            assertThat(r.status()).as("user " + id).isEqualTo(400);
            assertThat(r.fields()).contains("judgeIds");
        }
    }
}
