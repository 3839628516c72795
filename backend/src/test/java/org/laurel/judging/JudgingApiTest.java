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

@SuppressWarnings("unchecked")
@MicronautTest(transactional = false)
class JudgingApiTest {

    @Inject
    @Client("/")
    HttpClient client;

    Api api() {
        return new Api(client);
    }

    Seasons seasons() {
        return new Seasons(api());
    }

    /** Two criteria 0-10 (step 0.5) weighted 2:1, mean, k judges per entry, top 1 per category advances. */
    static Map<String, Object> round(int k, boolean blind) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Online review");
        body.put("mode", "ONLINE");
        body.put("aggregation", "MEAN");
        body.put("blind", blind);
        body.put("judgesPerEntry", k);
        body.put("advanceCount", 1);
        body.put(
                "criteria",
                List.of(
                        Map.of("name", "Innovation", "weight", 2, "min", 0, "max", 10, "step", 0.5, "tieBreakOrder", 1),
                        Map.of("name", "Feasibility", "weight", 1, "min", 0, "max", 10, "step", 0.5)));
        return body;
    }

    record Setup(Seasons.Screened season, long roundId, List<Seasons.Person> judges, List<Long> criteria) {}

    Setup setup(int entries, int judges, int k, boolean blind) {
        Seasons.Screened season = seasons().screenedAward(entries);
        String org = season.program().organizerToken();
        Api.Result r = api().post("/api/programs/" + season.program().id() + "/rounds", round(k, blind), org);
        long roundId = ((Number) r.get("id")).longValue();
        List<Long> criteria = r.list("criteria").stream()
                .map(c -> ((Number) c.get("id")).longValue())
                .toList();
        List<Seasons.Person> panel = new ArrayList<>();
        for (int i = 0; i < judges; i++) {
            panel.add(seasons().person("judge" + i, Set.of("JUDGE"), "Jury Institute " + i));
        }
        Api.Result set = api().put(
                        "/api/rounds/" + roundId + "/panel",
                        Map.of(
                                "judgeIds",
                                panel.stream().map(Seasons.Person::id).toList()),
                        org);
        assertThat(set.status()).isEqualTo(200);
        return new Setup(season, roundId, panel, criteria);
    }

    Map<String, Object> scores(Setup s, double innovation, double feasibility, boolean submit) {
        return Map.of(
                "scores",
                Map.of(
                        String.valueOf(s.criteria().get(0)),
                        innovation,
                        String.valueOf(s.criteria().get(1)),
                        feasibility),
                "comment",
                "private note",
                "feedback",
                "Great pitch",
                "submit",
                submit);
    }

    @Test
    void autoAssignmentGivesEveryEntryKJudgesWithBalancedLoad() {
        Setup s = setup(300, 40, 3, false);

        Api.Result r = api().post(
                        "/api/rounds/" + s.roundId() + "/assignments/auto",
                        Map.of(),
                        s.season().program().organizerToken());

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.get("added")).isEqualTo(900);
        assertThat((Map<?, ?>) r.get("shortfalls")).isEmpty();
        Map<String, Object> matrix = (Map<String, Object>) r.get("matrix");
        List<Map<String, Object>> rows = (List<Map<String, Object>>) matrix.get("entries");
        assertThat(rows).hasSize(300).allSatisfy(row -> {
            assertThat((List<?>) row.get("judgeIds")).hasSize(3).doesNotHaveDuplicates();
            assertThat(row.get("missing")).isEqualTo(0);
        });
        int min = ((Number) matrix.get("minLoad")).intValue();
        int max = ((Number) matrix.get("maxLoad")).intValue();
        assertThat(max - min).isLessThanOrEqualTo(1); // 900 / 40 = 22.5: loads of 22 and 23
        // Deterministic and idempotent: running it again adds nothing.
        Api.Result again = api().post(
                        "/api/rounds/" + s.roundId() + "/assignments/auto",
                        Map.of(),
                        s.season().program().organizerToken());
        assertThat(again.get("added")).isEqualTo(0);
    }

    @Test
    void conflictedJudgesAreNeverAssignedAndShortagesAreReportedPerEntry() {
        Seasons.Screened season = seasons().screenedAward(3);
        String org = season.program().organizerToken();
        long roundId = ((Number) api().post("/api/programs/" + season.program().id() + "/rounds", round(2, false), org)
                        .get("id"))
                .longValue();
        // Entry 0's organization is "Startup 0": this judge works there, so the conflict is detected.
        Seasons.Person colleague = seasons().person("colleague", Set.of("JUDGE"), "startup 0");
        Seasons.Person other = seasons().person("other", Set.of("JUDGE"), "Elsewhere");
        api().put("/api/rounds/" + roundId + "/panel", Map.of("judgeIds", List.of(colleague.id(), other.id())), org);

        Api.Result r = api().post("/api/rounds/" + roundId + "/assignments/auto", Map.of(), org);

        Map<String, Object> matrix = (Map<String, Object>) r.get("matrix");
        Map<String, Object> first = ((List<Map<String, Object>>) matrix.get("entries"))
                .stream()
                        .filter(e -> ((Number) e.get("entryId")).longValue()
                                == season.entryIds().get(0))
                        .findFirst()
                        .orElseThrow();
        assertThat(ids(first.get("judgeIds"))).containsExactly(other.id());
        assertThat(first.get("missing")).isEqualTo(1);
        assertThat(((List<Map<String, Object>>) first.get("conflicts")).get(0)).containsEntry("source", "DETECTED");
        assertThat(((Map<String, Object>) r.get("shortfalls")))
                .containsEntry(String.valueOf(season.entryIds().get(0)), 1);
        // A manual assignment of the conflicted judge is refused too.
        assertThat(api().post(
                                "/api/rounds/" + roundId + "/assignments",
                                Map.of("entryId", season.entryIds().get(0), "judgeId", colleague.id()),
                                org)
                        .status())
                .isEqualTo(409);
    }

    @Test
    void judgesScoreWithinTheRubricAndOrganizersSeeResultsThenFinalize() {
        Setup s = setup(2, 2, 2, false);
        String org = s.season().program().organizerToken();
        api().post("/api/rounds/" + s.roundId() + "/assignments/auto", Map.of(), org);
        long e0 = s.season().entryIds().get(0);
        long e1 = s.season().entryIds().get(1);
        Seasons.Person a = s.judges().get(0);
        Seasons.Person b = s.judges().get(1);
        String card = "/api/rounds/" + s.roundId() + "/entries/";

        // Not open yet: judges see nothing.
        assertThat(api().get("/api/judging/queue", a.token()).list("items")).isEmpty();
        assertThat(api().put(card + e0 + "/scorecard", scores(s, 8, 6, false), a.token())
                        .status())
                .isEqualTo(404);
        assertThat(api().post("/api/rounds/" + s.roundId() + "/open", Map.of(), org)
                        .get("status"))
                .isEqualTo("OPEN");
        assertThat(api().get("/api/judging/queue", a.token()).list("items"))
                .hasSize(2)
                .allSatisfy(i -> assertThat(i.get("scorecardStatus")).isEqualTo("NOT_STARTED"));

        Api.Result off = api().put(
                        card + e0 + "/scorecard",
                        Map.of(
                                "scores",
                                Map.of(
                                        String.valueOf(s.criteria().get(0)),
                                        10.5,
                                        String.valueOf(s.criteria().get(1)),
                                        6.25),
                                "submit",
                                false),
                        a.token());
        assertThat(off.status()).isEqualTo(400);
        assertThat(off.fields())
                .containsExactlyInAnyOrder(
                        "scores." + s.criteria().get(0),
                        "scores." + s.criteria().get(1));
        assertThat((String) off.list("errors").get(0).get("message")).contains("between 0 and 10 in steps of 0.5");
        Api.Result incomplete = api().put(
                        card + e0 + "/scorecard",
                        Map.of("scores", Map.of(String.valueOf(s.criteria().get(0)), 8.0), "submit", true),
                        a.token());
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat((String) incomplete.list("errors").get(0).get("message")).contains("Feasibility");

        Api.Result draft = api().put(card + e0 + "/scorecard", scores(s, 8, 6, false), a.token());
        assertThat(draft.status()).isEqualTo(200);
        assertThat(draft.get("status")).isEqualTo("DRAFT");
        // Total: 100 * (2*8 + 1*6) / (2*10 + 1*10) = 100 * 22 / 30 = 73.33.
        assertThat(draft.get("total")).isEqualTo(73.33);

        // Judge A: e0 (8, 6) = 73.33, e1 (6, 6) = 60. Judge B: e0 (9, 9) = 90, e1 (7, 4) = 60.
        api().put(card + e0 + "/scorecard", scores(s, 8, 6, true), a.token());
        api().put(card + e1 + "/scorecard", scores(s, 6, 6, true), a.token());
        api().put(card + e0 + "/scorecard", scores(s, 9, 9, true), b.token());
        api().put(card + e1 + "/scorecard", scores(s, 7, 4, true), b.token());

        // A submitted card stays complete: dropping a score is refused even when saving without submit.
        Api.Result dropped = api().put(
                        card + e0 + "/scorecard",
                        Map.of("scores", Map.of(String.valueOf(s.criteria().get(0)), 8.0), "submit", false),
                        a.token());
        assertThat(dropped.status()).isEqualTo(400);

        // Judges never see each other's scores.
        Api.Result seenByB = api().get(card + e0, b.token());
        assertThat(((Map<String, Object>) seenByB.get("scorecard")).get("total"))
                .isEqualTo(90.0);
        assertThat(seenByB.body().toString()).doesNotContain("73.33");

        Api.Result results = api().get("/api/rounds/" + s.roundId() + "/results", org);
        assertThat(results.status()).isEqualTo(200);
        Map<String, Object> top0 = results.list("items").stream()
                .filter(i -> ((Number) i.get("entryId")).longValue() == e0)
                .findFirst()
                .orElseThrow();
        // e0: (73.33 + 90) / 2 = 81.67; each entry is alone in its category, so both rank 1.
        assertThat(((Number) top0.get("score")).doubleValue()).isBetween(81.66, 81.67);
        assertThat(top0.get("rank")).isEqualTo(1);
        assertThat(top0.get("judgeCount")).isEqualTo(2);
        assertThat(api().get("/api/rounds/" + s.roundId() + "/results/compare", org)
                        .list("items"))
                .hasSize(2);
        Api.Result spread = api().get("/api/rounds/" + s.roundId() + "/results/judges", org);
        Map<String, Object> judgeA = spread.list("items").stream()
                .filter(j -> ((Number) j.get("judgeId")).longValue() == a.id())
                .findFirst()
                .orElseThrow();
        assertThat(judgeA.get("totals")).isEqualTo(List.of(60.0, 73.33)); // A gave 60 and 73.33: mean 66.67
        assertThat(judgeA.get("mean")).isEqualTo(66.67);
        // Against judge B on the same two entries: (73.33 - 90 + 60 - 60) / 2 = -8.33; two entries are
        // too few for a rank agreement.
        assertThat(judgeA)
                .containsEntry("shared", 2)
                .containsEntry("leniency", -8.33)
                .containsEntry("outlier", false);
        assertThat(judgeA.get("agreement")).isNull();
        Api.Result progress = api().get("/api/rounds/" + s.roundId() + "/progress", org);
        assertThat(progress.list("judges"))
                .allSatisfy(j -> assertThat(j.get("submitted")).isEqualTo(2));

        assertThat(api().post("/api/rounds/" + s.roundId() + "/finalize", Map.of(), org)
                        .status())
                .isEqualTo(409);
        api().post("/api/rounds/" + s.roundId() + "/close", Map.of(), org);
        Api.Result late = api().put(card + e0 + "/scorecard", scores(s, 1, 1, true), a.token());
        assertThat(late.status()).isEqualTo(409);
        assertThat((String) late.get("type")).endsWith("/scoring-closed");

        Api.Result finalized = api().post("/api/rounds/" + s.roundId() + "/finalize", Map.of(), org);
        assertThat(finalized.status()).isEqualTo(200);
        assertThat(finalized.get("version")).isEqualTo(1);
        assertThat((String) finalized.get("sha256")).hasSize(64);
        assertThat((List<Object>) finalized.get("advanced")).hasSize(2); // top 1 in each of the two categories
        Api.Result snapshot = api().get("/api/rounds/" + s.roundId() + "/snapshot", org);
        assertThat(snapshot.get("sha256")).isEqualTo(finalized.get("sha256"));
        assertThat(snapshot.list("items")).isEqualTo(finalized.list("items"));
        assertThat(api().post("/api/rounds/" + s.roundId() + "/finalize", Map.of(), org)
                        .status())
                .isEqualTo(409);
        assertThat(api().post("/api/rounds/" + s.roundId() + "/open", Map.of("reason", "x"), org)
                        .status())
                .isEqualTo(409);
        assertThat(api().get("/api/entries/" + e0, s.season().applicantToken()).list("timeline"))
                .extracting(t -> t.get("type"))
                .contains("ADVANCED");
        assertThat(api().get("/api/rounds/" + s.roundId() + "/audit", org).list("items"))
                .extracting(i -> i.get("action"))
                .contains("ROUND_OPENED", "SCORECARD_SAVED", "SCORECARD_SUBMITTED", "ROUND_CLOSED", "ROUND_FINALIZED");
        Api.Result entryAudit = api().get("/api/entries/" + e0 + "/audit", org);
        assertThat(entryAudit.list("items"))
                .extracting(i -> i.get("action"))
                .contains("SCORECARD_SUBMITTED")
                .doesNotContain("ROUND_OPENED");
        assertThat(entryAudit.list("items"))
                .filteredOn(i -> "SCORECARD_SUBMITTED".equals(i.get("action")))
                .allSatisfy(i -> assertThat(i.get("after")).asString().startsWith("SUBMITTED"));
        assertThat(api().get("/api/entries/" + e0 + "/audit", a.token()).status())
                .isEqualTo(403);
        assertThat(api().get("/api/entries/" + e0 + "/audit", s.season().applicantToken())
                        .status())
                .isEqualTo(403);
    }

    @Test
    void blindRoundsHideEverythingThatIdentifiesTheApplicants() {
        Setup s = setup(1, 1, 1, true);
        String org = s.season().program().organizerToken();
        api().post("/api/rounds/" + s.roundId() + "/assignments/auto", Map.of(), org);
        api().post("/api/rounds/" + s.roundId() + "/open", Map.of(), org);
        long entry = s.season().entryIds().get(0);

        Api.Result view = api().get(
                        "/api/rounds/" + s.roundId() + "/entries/" + entry,
                        s.judges().get(0).token());

        assertThat(view.status()).isEqualTo(200);
        Map<String, Object> e = (Map<String, Object>) view.get("entry");
        assertThat(e.get("blind")).isEqualTo(true);
        assertThat(e.get("organization")).isNull();
        assertThat(e.get("team")).isNull();
        String all = view.body().toString();
        assertThat(all).doesNotContain("Startup 0", "Wang Wei", "wei@photon.example", "Prolific applicant");
        assertThat((List<Map<String, Object>>) e.get("answers"))
                .extracting(a -> a.get("key"))
                .contains("pitch", "stage");
    }

    @Test
    void aJudgeSeesOnlyTheirOwnAssignmentsAndCanDeclareAConflict() {
        Setup s = setup(2, 2, 1, false);
        String org = s.season().program().organizerToken();
        Api.Result assigned = api().post("/api/rounds/" + s.roundId() + "/assignments/auto", Map.of(), org);
        api().post("/api/rounds/" + s.roundId() + "/open", Map.of(), org);
        List<Map<String, Object>> rows =
                (List<Map<String, Object>>) ((Map<String, Object>) assigned.get("matrix")).get("entries");
        long entryOfA = rows.stream()
                .filter(r -> ids(r.get("judgeIds")).contains(s.judges().get(0).id()))
                .map(r -> ((Number) r.get("entryId")).longValue())
                .findFirst()
                .orElseThrow();
        Seasons.Person a = s.judges().get(0);
        Seasons.Person b = s.judges().get(1);
        String path = "/api/rounds/" + s.roundId() + "/entries/" + entryOfA;

        assertThat(api().get(path, b.token()).status()).isEqualTo(404);
        assertThat(api().put(path + "/scorecard", scores(s, 5, 5, true), b.token())
                        .status())
                .isEqualTo(404);

        assertThat(api().post(path + "/conflict", Map.of("reason", "I advised this team last year"), a.token())
                        .status())
                .isEqualTo(204);
        assertThat(api().get(path, a.token()).status()).isEqualTo(404);
        assertThat(api().get("/api/judging/queue", a.token()).list("items")).isEmpty();
        Map<String, Object> matrix =
                api().get("/api/rounds/" + s.roundId() + "/assignments", org).body();
        Map<String, Object> row = ((List<Map<String, Object>>) matrix.get("entries"))
                .stream()
                        .filter(r -> ((Number) r.get("entryId")).longValue() == entryOfA)
                        .findFirst()
                        .orElseThrow();
        assertThat(row.get("missing")).isEqualTo(1);
        assertThat(((List<Map<String, Object>>) row.get("conflicts")).get(0)).containsEntry("source", "DECLARED");
    }

    @Test
    void organizerEndpointsAreForTheProgramsOrganizersOnly() {
        Setup s = setup(1, 1, 1, false);
        long id = s.roundId();
        String judge = s.judges().get(0).token();
        String stranger = seasons().person("org2", Set.of("ORGANIZER"), null).token();
        for (String path : List.of(
                "/panel",
                "/assignments",
                "/results",
                "/results/compare",
                "/results/judges",
                "/progress",
                "/snapshot",
                "/audit")) {
            assertThat(api().get("/api/rounds/" + id + path, judge).status())
                    .as(path)
                    .isEqualTo(403);
            assertThat(api().get("/api/rounds/" + id + path, s.season().applicantToken())
                            .status())
                    .as(path)
                    .isEqualTo(403);
            assertThat(api().get("/api/rounds/" + id + path, stranger).status())
                    .as(path)
                    .isEqualTo(403);
            assertThat(api().get("/api/rounds/" + id + path, null).status())
                    .as(path)
                    .isEqualTo(401);
        }
        for (String path : List.of("/assignments/auto", "/open", "/close", "/finalize")) {
            assertThat(api().post("/api/rounds/" + id + path, Map.of(), judge).status())
                    .as(path)
                    .isEqualTo(403);
            assertThat(api().post("/api/rounds/" + id + path, Map.of(), stranger)
                            .status())
                    .as(path)
                    .isEqualTo(403);
        }
        assertThat(api().get(
                                "/api/rounds/99999999/results",
                                s.season().program().organizerToken())
                        .status())
                .isEqualTo(404);
        assertThat(api().get("/api/judging/queue", s.season().applicantToken()).status())
                .isEqualTo(403);
        Api.Result notJudges = api().put(
                        "/api/rounds/" + id + "/panel",
                        Map.of("judgeIds", List.of(99999999L)),
                        s.season().program().organizerToken());
        assertThat(notJudges.status()).isEqualTo(400);
    }

    static List<Long> ids(Object numbers) {
        return ((List<?>) numbers).stream().map(n -> ((Number) n).longValue()).toList();
    }
}
