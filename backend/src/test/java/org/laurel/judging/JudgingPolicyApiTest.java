package org.laurel.judging;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.laurel.support.Api;
import org.laurel.support.Lives;
import org.laurel.support.Seasons;

/**
 * Online scoring, live scoring, file downloads and panels all follow {@link JudgingPolicy}: the
 * same judge standing gets the same answer everywhere, with the same problem types.
 */
@SuppressWarnings("unchecked")
@MicronautTest(transactional = false)
class JudgingPolicyApiTest {

    @Inject
    @Client("/")
    HttpClient client;

    Api api() {
        return new Api(client);
    }

    Seasons seasons() {
        return new Seasons(api());
    }

    /** One entry with a pitch deck, in an online round (not opened yet) of one assigned judge. */
    record Judged(
            long programId,
            long roundId,
            long entryId,
            long deckId,
            Seasons.Person judge,
            String organizer,
            List<Long> criteria) {

        String entryPath() {
            return "/api/rounds/" + roundId + "/entries/" + entryId;
        }

        String filePath() {
            return "/api/entries/" + entryId + "/attachments/" + deckId;
        }
    }

    Judged judged() {
        Seasons.Program program = seasons().openAward(java.time.Duration.ofDays(3));
        Seasons.Applicant a = seasons().draft(program);
        MultipartBody deck = MultipartBody.builder()
                .addPart("file", "deck.pdf", MediaType.APPLICATION_PDF_TYPE, BlindFilesApiTest.PDF)
                .addPart("fieldKey", "deck")
                .build();
        Api.Result uploaded = api().send(
                        HttpRequest.POST("/api/entries/" + a.entryId() + "/attachments", deck)
                                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE),
                        a.token());
        assertThat(uploaded.status()).isEqualTo(201);
        assertThat(api().post("/api/entries/" + a.entryId() + "/submit", Map.of(), a.token())
                        .status())
                .isEqualTo(200);
        String org = program.organizerToken();
        api().post("/api/entries/" + a.entryId() + "/eligibility", Map.of("eligible", true), org);
        Api.Result round = api().post(
                        "/api/programs/" + program.id() + "/rounds",
                        new HashMap<>(JudgingApiTest.round(1, false)),
                        org);
        long roundId = ((Number) round.get("id")).longValue();
        Seasons.Person judge = seasons().person("judge", Set.of("JUDGE"), "Jury");
        api().put("/api/rounds/" + roundId + "/panel", Map.of("judgeIds", List.of(judge.id())), org);
        assertThat(api().post("/api/rounds/" + roundId + "/assignments/auto", Map.of(), org)
                        .get("added"))
                .isEqualTo(1);
        List<Long> criteria = round.list("criteria").stream()
                .map(c -> ((Number) c.get("id")).longValue())
                .toList();
        return new Judged(
                program.id(), roundId, a.entryId(), ((Number) uploaded.get("id")).longValue(), judge, org, criteria);
    }

    Api.Result score(Judged j, boolean submit) {
        return api().put(
                        j.entryPath() + "/scorecard",
                        Map.of(
                                "scores",
                                Map.of(
                                        String.valueOf(j.criteria().get(0)),
                                        8.0,
                                        String.valueOf(j.criteria().get(1)),
                                        6.0),
                                "submit",
                                submit),
                        j.judge().token());
    }

    static String type(Api.Result r) {
        String type = (String) r.get("type");
        return type.substring(type.lastIndexOf('/') + 1);
    }

    @Test
    void beforeTheRoundOpensTheAssignedJudgeSeesNothingOfTheEntry() {
        Judged j = judged();

        assertThat(api().get(j.entryPath(), j.judge().token()).status()).isEqualTo(404);
        assertThat(api().get(j.filePath(), j.judge().token()).status()).isEqualTo(404);
        Api.Result early = score(j, false);
        assertThat(early.status()).isEqualTo(404);
        assertThat(type(early)).isEqualTo("entry-not-found");
    }

    @Test
    void aRecusedJudgeIsRefusedEverywhereAtOnce() {
        Judged j = judged();
        api().post("/api/rounds/" + j.roundId() + "/open", Map.of(), j.organizer());
        assertThat(api().get(j.entryPath(), j.judge().token()).status()).isEqualTo(200);
        assertThat(api().get(j.filePath(), j.judge().token()).status()).isEqualTo(200);
        assertThat(score(j, false).status()).isEqualTo(200);

        assertThat(api().post(
                                "/api/rounds/" + j.roundId() + "/conflicts",
                                Map.of(
                                        "entryId",
                                        j.entryId(),
                                        "judgeId",
                                        j.judge().id(),
                                        "reason",
                                        "co-founded the team"),
                                j.organizer())
                        .status())
                .isEqualTo(200);

        assertThat(api().get(j.entryPath(), j.judge().token()).status()).isEqualTo(404);
        assertThat(api().get(j.filePath(), j.judge().token()).status()).isEqualTo(404);
        Api.Result refused = score(j, true);
        assertThat(refused.status()).isEqualTo(404);
        assertThat(type(refused)).isEqualTo("entry-not-found");
        assertThat(api().get("/api/judging/queue", j.judge().token()).list("items"))
                .isEmpty();
        // Panels: the organizer cannot put the recused judge back on the entry.
        Api.Result assign = api().post(
                        "/api/rounds/" + j.roundId() + "/assignments",
                        Map.of("entryId", j.entryId(), "judgeId", j.judge().id()),
                        j.organizer());
        assertThat(assign.status()).isEqualTo(409);
        assertThat(type(assign)).isEqualTo("conflict-of-interest");
    }

    @Test
    void aClosedRoundStaysVisibleToItsJudgesButTakesNoScores() {
        Judged j = judged();
        api().post("/api/rounds/" + j.roundId() + "/open", Map.of(), j.organizer());
        assertThat(score(j, true).status()).isEqualTo(200);
        api().post("/api/rounds/" + j.roundId() + "/close", Map.of(), j.organizer());

        Api.Result view = api().get(j.entryPath(), j.judge().token());
        assertThat(view.status()).isEqualTo(200);
        assertThat(view.get("canScore")).isEqualTo(false);
        assertThat(api().get(j.filePath(), j.judge().token()).status()).isEqualTo(200);
        Api.Result late = score(j, true);
        assertThat(late.status()).isEqualTo(409);
        assertThat(type(late)).isEqualTo("scoring-closed");
        assertThat((String) late.get("detail")).contains("CLOSED");
    }

    @Test
    void panelAndScorecardChangesReachTheAuditTrailAsEventsAndTheChainHolds() {
        Judged j = judged();
        Seasons.Person second = seasons().person("second", Set.of("JUDGE"), "Elsewhere");
        api().put(
                        "/api/rounds/" + j.roundId() + "/panel",
                        Map.of("judgeIds", List.of(j.judge().id(), second.id())),
                        j.organizer());
        api().post(
                        "/api/rounds/" + j.roundId() + "/assignments",
                        Map.of("entryId", j.entryId(), "judgeId", second.id()),
                        j.organizer());
        api().send(
                        HttpRequest.DELETE(
                                "/api/rounds/" + j.roundId() + "/assignments/" + j.entryId() + "/" + second.id()),
                        j.organizer());
        api().post("/api/rounds/" + j.roundId() + "/open", Map.of(), j.organizer());
        score(j, false);
        score(j, true);
        api().post(
                        "/api/rounds/" + j.roundId() + "/entries/" + j.entryId() + "/conflict",
                        Map.of("reason", "a late discovery"),
                        j.judge().token());

        List<Map<String, Object>> trail = api().get("/api/rounds/" + j.roundId() + "/audit", j.organizer())
                .list("items");
        assertThat(trail)
                .extracting(i -> i.get("action"))
                .contains(
                        "PANEL_SET",
                        "AUTO_ASSIGNED",
                        "ASSIGNED",
                        "UNASSIGNED",
                        "SCORECARD_SAVED",
                        "SCORECARD_SUBMITTED",
                        "CONFLICT_DECLARED");
        assertThat(trail)
                .filteredOn(i -> "UNASSIGNED".equals(i.get("action")))
                .singleElement()
                .satisfies(i -> assertThat((String) i.get("before")).contains(String.valueOf(second.id())));
        assertThat(api().post("/api/programs/" + j.programId() + "/audit/verify", Map.of(), j.organizer())
                        .get("valid"))
                .isEqualTo(true);
    }

    @Test
    void aLivePitchTakesScoresOnlyWhileScoringIsOpenWithTheSameProblemAsOnline() {
        Lives.Live l = Lives.create(api(), 2);
        long entry = Lives.entryOfSlot(api(), l, 0);
        Seasons.Person judge = l.judges().get(0);

        assertThat(Lives.control(api(), l, "START_PITCH").status()).isEqualTo(200);
        Api.Result pitching = Lives.score(api(), l, judge, entry, 80);
        assertThat(pitching.status()).isEqualTo(409);
        assertThat(type(pitching)).isEqualTo("scoring-closed");
        assertThat(Lives.control(api(), l, "START_QA").status()).isEqualTo(200);
        assertThat(Lives.control(api(), l, "OPEN_SCORING").status()).isEqualTo(200);
        assertThat(Lives.score(api(), l, judge, entry, 80).status()).isEqualTo(200);
        assertThat(Lives.control(api(), l, "CLOSE_SCORING").status()).isEqualTo(200);
        Api.Result closed = Lives.score(api(), l, judge, entry, 81);
        assertThat(closed.status()).isEqualTo(409);
        assertThat(type(closed)).isEqualTo("scoring-closed");
        assertThat((String) closed.get("detail")).contains("scoring closed");
        // The other pitch has not started: its entry takes no scores either.
        long later = Lives.entryOfSlot(api(), l, 1);
        assertThat(type(Lives.score(api(), l, judge, later, 70))).isEqualTo("scoring-closed");
    }
}
