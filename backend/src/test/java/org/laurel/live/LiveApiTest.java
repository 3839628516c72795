package org.laurel.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.laurel.support.Api;
import org.laurel.support.Lives;
import org.laurel.support.Lives.Live;
import org.laurel.support.Seasons;
import org.laurel.support.SseClient;

@SuppressWarnings("unchecked")
@MicronautTest(transactional = false)
class LiveApiTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    Api api() {
        return new Api(client);
    }

    Seasons seasons() {
        return new Seasons(api());
    }

    Live live(int judges) {
        return Lives.create(api(), judges);
    }

    Api.Result control(Live l, String action) {
        return Lives.control(api(), l, action);
    }

    Api.Result score(Live l, Seasons.Person judge, long entryId, double value) {
        return Lives.score(api(), l, judge, entryId, value);
    }

    long entryOfSlot(Live l, int index) {
        return Lives.entryOfSlot(api(), l, index);
    }

    @Test
    void aPitchRunsFromPitchToRevealWithTheTrimmedMeanAndNothingPrivateReachesThePublic() throws Exception {
        Live l = live(5);
        long entry = entryOfSlot(l, 0);

        assertThat(score(l, l.judges().get(0), entry, 80).status())
                .as("scoring before SCORING")
                .isIn(404, 409);
        assertThat(control(l, "START_PITCH").status()).isEqualTo(200);
        Api.Result early = score(l, l.judges().get(0), entry, 80);
        assertThat(early.status()).isEqualTo(409);
        assertThat((String) early.get("detail")).contains("PITCH");
        assertThat(control(l, "START_QA").status()).isEqualTo(200);
        assertThat(control(l, "OPEN_SCORING").status()).isEqualTo(200);

        double[] values = {91, 88, 95, 79, 90};
        for (int i = 0; i < 4; i++) {
            assertThat(score(l, l.judges().get(i), entry, values[i]).status()).isEqualTo(200);
        }
        Api.Result partial = control(l, "REVEAL");
        assertThat(partial.status()).isEqualTo(409);
        assertThat((String) partial.get("detail")).contains("4 of 5");
        assertThat(partial.get("type")).isEqualTo("https://laurel.dev/problems/reveal-incomplete");
        assertThat(((Number) partial.get("submitted")).intValue())
                .as("the numbers as problem extension members")
                .isEqualTo(4);
        assertThat(((Number) partial.get("expected")).intValue()).isEqualTo(5);
        assertThat(score(l, l.judges().get(4), entry, values[4]).status()).isEqualTo(200);

        Api.Result revealed = control(l, "REVEAL");
        assertThat(revealed.status()).isEqualTo(200);
        Map<String, Object> reveal = (Map<String, Object>) ((Map<String, Object>) revealed.get("state")).get("reveal");
        // 91, 88, 95, 79, 90: drop 95 and 79, mean of 91, 88, 90 = 89.67
        assertThat(((Number) reveal.get("finalScore")).doubleValue()).isEqualTo(89.67);
        List<Map<String, Object>> scores = (List<Map<String, Object>>) reveal.get("scores");
        assertThat(scores)
                .extracting(s -> ((Number) s.get("total")).doubleValue())
                .containsExactly(91.0, 88.0, 95.0, 79.0, 90.0);
        assertThat(scores).extracting(s -> (Boolean) s.get("dropped")).containsExactly(false, false, true, true, false);
        assertThat(scores).extracting(s -> s.get("name")).containsOnlyNulls();
        assertThat(scores).extracting(s -> ((Number) s.get("judge")).intValue()).containsExactly(1, 2, 3, 4, 5);

        Api.Result pub = api().get("/api/live/" + l.sessionId(), null);
        assertThat(pub.status()).isEqualTo(200);
        String text = json.writeValueAsString(pub.body());
        assertThat(text)
                .doesNotContain("PRIVATE-COMMENT")
                .doesNotContain("PRIVATE-FEEDBACK")
                .doesNotContain("@")
                .doesNotContain("Jury Hall");
        List<Map<String, Object>> board = (List<Map<String, Object>>) pub.get("leaderboard");
        assertThat(board).hasSize(1);
        assertThat(((Number) board.get(0).get("score")).doubleValue()).isEqualTo(89.67);
        assertThat(((Number) board.get(0).get("rank")).intValue()).isEqualTo(1);

        assertThat(score(l, l.judges().get(0), entry, 50).status())
                .as("scores freeze at the reveal")
                .isEqualTo(409);
    }

    @Test
    void illegalTransitionsAreRefusedWithAClearReason() {
        Live l = live(3);
        Api.Result r = control(l, "START_QA");
        assertThat(r.status()).isEqualTo(409);
        assertThat((String) r.get("detail")).contains("WAITING").contains("PITCH");
        assertThat(control(l, "REVEAL").status()).isEqualTo(409);
        assertThat(control(l, "NEXT").status()).isEqualTo(409);
        assertThat(control(l, "RESUME").status()).isEqualTo(409);
        assertThat(control(l, "START_PITCH").status()).isEqualTo(200);
        Api.Result second = api().post(
                        "/api/live/" + l.sessionId() + "/control",
                        Map.of("action", "START_PITCH", "slotId", l.slots().get(1)),
                        l.org());
        assertThat(second.status()).isEqualTo(409);
        assertThat((String) second.get("detail")).contains("still in PITCH");
        assertThat(control(l, "END").status()).as("cannot end mid-pitch").isEqualTo(409);
        assertThat(control(l, "PAUSE").status()).isEqualTo(200);
        assertThat(control(l, "START_QA").status()).as("paused").isEqualTo(409);
        assertThat(control(l, "RESUME").status()).isEqualTo(200);
        assertThat(control(l, "START_QA").status()).isEqualTo(200);
        Api.Result noReason = control(l, "REOPEN_SCORING");
        assertThat(noReason.status()).isEqualTo(409);
        assertThat(api().post("/api/live/" + l.sessionId() + "/control", Map.of("action", "FLY"), l.org())
                        .status())
                .isEqualTo(400);
    }

    @Test
    void reopeningScoringNeedsAReasonAndAConflictedJudgeIsRecusedAndLeftOut() {
        Live l = live(3);
        long entry = entryOfSlot(l, 0);
        Seasons.Person recused = l.judges().get(2);
        assertThat(api().post(
                                "/api/rounds/" + l.roundId() + "/conflicts",
                                Map.of("entryId", entry, "judgeId", recused.id(), "reason", "Former co-founder"),
                                l.org())
                        .status())
                .isEqualTo(200);
        control(l, "START_PITCH");
        control(l, "OPEN_SCORING");

        Map<String, Object> tablet = api().get("/api/live/" + l.sessionId() + "/judge", recused.token())
                .body();
        assertThat(tablet.get("recused")).isEqualTo(true);
        assertThat(tablet.get("canScore")).isEqualTo(false);
        assertThat(tablet.get("entry")).isNull();
        assertThat(score(l, recused, entry, 10).status())
                .as("a conflicted judge's score is refused")
                .isIn(403, 404);

        Map<String, Object> mine = api().get(
                        "/api/live/" + l.sessionId() + "/judge",
                        l.judges().get(0).token())
                .body();
        assertThat(mine.get("canScore")).isEqualTo(true);
        assertThat(mine.get("entry")).isNotNull();

        score(l, l.judges().get(0), entry, 70);
        score(l, l.judges().get(1), entry, 60);
        Map<String, Object> host =
                api().get("/api/live/" + l.sessionId() + "/host", l.org()).body();
        assertThat(((List<Map<String, Object>>) host.get("judges")))
                .extracting(j -> j.get("status"))
                .containsExactly("SUBMITTED", "SUBMITTED", "RECUSED");
        Map<String, Object> reveal = (Map<String, Object>)
                ((Map<String, Object>) control(l, "REVEAL").get("state")).get("reveal");
        assertThat(((Number) reveal.get("finalScore")).doubleValue())
                .as("2 scores: plain mean")
                .isEqualTo(65.0);

        Api.Result noReason = control(l, "REOPEN_SCORING");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.fields()).contains("reason");
        Api.Result reopened = api().post(
                        "/api/live/" + l.sessionId() + "/control",
                        Map.of("action", "REOPEN_SCORING", "reason", "Judge 2 mistyped"),
                        l.org());
        assertThat(reopened.status()).isEqualTo(200);
        assertThat(score(l, l.judges().get(1), entry, 64).status()).isEqualTo(200);
        Map<String, Object> again = (Map<String, Object>)
                ((Map<String, Object>) control(l, "REVEAL").get("state")).get("reveal");
        assertThat(((Number) again.get("finalScore")).doubleValue()).isEqualTo(67.0);
        List<Map<String, Object>> audit =
                api().get("/api/rounds/" + l.roundId() + "/audit", l.org()).list("items");
        assertThat(audit)
                .anyMatch(a ->
                        "LIVE_REOPEN_SCORING".equals(a.get("action")) && "Judge 2 mistyped".equals(a.get("reason")));
    }

    @Test
    void endingTheSessionClosesTheRoundAndTheSnapshotAgreesWithTheBigScreen() {
        Live l = live(3);
        double[][] values = {{70, 80, 90}, {60, 65, 100}};
        double[] finals = new double[2];
        for (int slot = 0; slot < 2; slot++) {
            long entry = entryOfSlot(l, slot);
            assertThat(control(l, "START_PITCH").status()).isEqualTo(200);
            control(l, "OPEN_SCORING");
            for (int j = 0; j < 3; j++) {
                score(l, l.judges().get(j), entry, values[slot][j]);
            }
            Map<String, Object> state =
                    (Map<String, Object>) control(l, "REVEAL").get("state");
            finals[slot] = ((Number) ((Map<String, Object>) state.get("reveal")).get("finalScore")).doubleValue();
            assertThat(control(l, "NEXT").status()).isEqualTo(200);
        }
        assertThat(finals).containsExactly(80.0, 65.0);
        Map<String, Object> state =
                api().get("/api/live/" + l.sessionId(), null).body();
        assertThat(((List<Map<String, Object>>) state.get("leaderboard")))
                .extracting(r -> ((Number) r.get("score")).doubleValue())
                .containsExactly(80.0, 65.0);
        assertThat(state.get("currentSlotId")).isNull();

        assertThat(control(l, "END").status()).isEqualTo(200);
        assertThat(api().get("/api/rounds/" + l.roundId(), l.org()).get("status"))
                .isEqualTo("CLOSED");
        assertThat(control(l, "START_PITCH").status()).as("ended").isEqualTo(409);
        assertThat(api().post("/api/rounds/" + l.roundId() + "/finalize", Map.of(), l.org())
                        .status())
                .isEqualTo(200);
        List<Map<String, Object>> items =
                api().get("/api/rounds/" + l.roundId() + "/snapshot", l.org()).list("items");
        assertThat(items)
                .extracting(i -> ((Number) i.get("score")).doubleValue())
                .containsExactlyInAnyOrder(80.0, 65.0);
    }

    @Test
    void scheduleAndControlsAreForTheRoundsOrganizersOnly() {
        Live l = live(2);
        Seasons.Person judge = l.judges().get(0);
        String stranger =
                seasons().person("org", Set.of("ORGANIZER"), "Elsewhere").token();
        String path = "/api/live/" + l.sessionId() + "/control";

        assertThat(api().post(path, Map.of("action", "START_PITCH"), null).status())
                .isEqualTo(401);
        assertThat(api().post(path, Map.of("action", "START_PITCH"), judge.token())
                        .status())
                .isEqualTo(403);
        assertThat(api().post(path, Map.of("action", "START_PITCH"), stranger).status())
                .isIn(403, 404);
        assertThat(api().post("/api/live/999999/control", Map.of("action", "START_PITCH"), l.org())
                        .status())
                .isEqualTo(404);
        assertThat(api().get("/api/live/999999", null).status()).isEqualTo(404);
        assertThat(api().get("/api/live/" + l.sessionId() + "/host", stranger).status())
                .isIn(403, 404);
        assertThat(api().get("/api/live/" + l.sessionId() + "/judge", stranger).status())
                .isEqualTo(403);
        String outsider = seasons().person("judge-x", Set.of("JUDGE"), "Other").token();
        assertThat(api().get("/api/live/" + l.sessionId() + "/judge", outsider).status())
                .isEqualTo(404);
        assertThat(api().get("/api/rounds/" + l.roundId() + "/live", l.org()).status())
                .isEqualTo(200);

        Api.Result notInRound = api().post(
                        "/api/rounds/" + l.roundId() + "/live",
                        Map.of(
                                "slots",
                                List.of(Map.of("entryId", 999999, "order", 1, "pitchMinutes", 8, "qaMinutes", 7))),
                        l.org());
        assertThat(notInRound.status()).isEqualTo(400);
        assertThat(notInRound.fields()).contains("slots[0].entryId");
        Api.Result bad = api().post(
                        "/api/rounds/" + l.roundId() + "/live",
                        Map.of(
                                "slots",
                                List.of(Map.of(
                                        "entryId",
                                        l.season().entryIds().get(0),
                                        "order",
                                        1,
                                        "pitchMinutes",
                                        0,
                                        "qaMinutes",
                                        7))),
                        l.org());
        assertThat(bad.status()).isEqualTo(400);

        long online = ((Number) api().post(
                                "/api/programs/" + l.season().program().id() + "/rounds",
                                Map.of(
                                        "name",
                                        "Online",
                                        "mode",
                                        "ONLINE",
                                        "aggregation",
                                        "MEAN",
                                        "blind",
                                        true,
                                        "judgesPerEntry",
                                        1,
                                        "criteria",
                                        List.of(Map.of("name", "A", "weight", 1, "min", 0, "max", 10, "step", 1))),
                                l.org())
                        .get("id"))
                .longValue();
        assertThat(api().post(
                                "/api/rounds/" + online + "/live",
                                Map.of(
                                        "slots",
                                        List.of(Map.of(
                                                "entryId",
                                                l.season().entryIds().get(0),
                                                "order",
                                                1,
                                                "pitchMinutes",
                                                8,
                                                "qaMinutes",
                                                7))),
                                l.org())
                        .status())
                .isEqualTo(409);
    }

    static List<String> actions(Map<String, Object> host) {
        return (List<String>) host.get("allowedActions");
    }

    static List<String> slotActions(Map<String, Object> host, long slotId) {
        return ((List<Map<String, Object>>) host.get("slotActions"))
                .stream()
                        .filter(s -> ((Number) s.get("slotId")).longValue() == slotId)
                        .findFirst()
                        .map(s -> (List<String>) s.get("allowedActions"))
                        .orElseThrow();
    }

    @Test
    void theHostViewSaysWhatTheHostMayDoAndWhatComesNext() {
        Live l = live(2);
        long first = l.slots().get(0);
        long second = l.slots().get(1);
        Map<String, Object> host =
                api().get("/api/live/" + l.sessionId() + "/host", l.org()).body();
        assertThat(actions(host)).containsExactly("START_PITCH", "PAUSE", "SKIP", "END");
        assertThat(slotActions(host, second)).containsExactly("START_PITCH", "SKIP");
        assertThat(host.get("nextStep")).isEqualTo("START_PITCH");
        assertThat(((Number) ((Map<String, Object>) host.get("state")).get("upNextSlotId")).longValue())
                .isEqualTo(first);

        Map<String, Object> pitching = control(l, "START_PITCH").body();
        assertThat(actions(pitching)).containsExactly("START_QA", "OPEN_SCORING", "PAUSE");
        assertThat(slotActions(pitching, second)).as("one pitch at a time").containsExactly("SKIP");
        assertThat(pitching.get("nextStep")).isEqualTo("START_QA");

        Map<String, Object> scoring = control(l, "OPEN_SCORING").body();
        assertThat(actions(scoring)).as("no reveal before a score").containsExactly("CLOSE_SCORING", "PAUSE");
        assertThat(scoring.get("nextStep")).isEqualTo("REVEAL");
        score(l, l.judges().get(0), entryOfSlot(l, 0), 70);
        Map<String, Object> one =
                api().get("/api/live/" + l.sessionId() + "/host", l.org()).body();
        assertThat(actions(one)).as("1 of 2: revealing asks first").containsExactly("CLOSE_SCORING", "REVEAL", "PAUSE");

        Map<String, Object> paused = control(l, "PAUSE").body();
        assertThat(actions(paused)).containsExactly("RESUME");
        control(l, "RESUME");
        score(l, l.judges().get(1), entryOfSlot(l, 0), 90);
        Map<String, Object> revealed = control(l, "REVEAL").body();
        assertThat(actions(revealed)).containsExactly("NEXT", "PAUSE", "REOPEN_SCORING", "END");
        assertThat(revealed.get("nextStep")).isEqualTo("NEXT");
        Map<String, Object> state = (Map<String, Object>) revealed.get("state");
        assertThat((List<Object>) state.get("leaderboardBeforeReveal"))
                .as("the ranking before this pitch")
                .isEmpty();
        assertThat((List<Object>) state.get("leaderboard")).hasSize(1);
        assertThat(((Number) state.get("upNextSlotId")).longValue()).isEqualTo(second);

        Map<String, Object> next = control(l, "NEXT").body();
        assertThat(((Map<String, Object>) next.get("state")).get("leaderboardBeforeReveal"))
                .isNull();
        assertThat(slotActions(next, first)).containsExactly("REOPEN_SCORING");
        control(l, "SKIP");
        Map<String, Object> done =
                api().get("/api/live/" + l.sessionId() + "/host", l.org()).body();
        assertThat(actions(done)).containsExactly("PAUSE", "END");
        assertThat(done.get("nextStep")).isEqualTo("END");
        Map<String, Object> ended = control(l, "END").body();
        assertThat(actions(ended)).isEmpty();
        assertThat(ended.get("nextStep")).isNull();
    }

    @Test
    void theSecondRevealShowsTheBoardBeforeItRankedByTheServer() {
        Live l = live(3);
        double[][] values = {{70, 80, 90}, {60, 65, 100}};
        Map<String, Object> state = null;
        for (int slot = 0; slot < 2; slot++) {
            long entry = entryOfSlot(l, slot);
            control(l, "START_PITCH");
            control(l, "OPEN_SCORING");
            for (int j = 0; j < 3; j++) {
                score(l, l.judges().get(j), entry, values[slot][j]);
            }
            state = (Map<String, Object>) control(l, "REVEAL").get("state");
            if (slot == 0) {
                control(l, "NEXT");
            }
        }
        List<Map<String, Object>> before = (List<Map<String, Object>>) state.get("leaderboardBeforeReveal");
        assertThat(before)
                .extracting(r -> ((Number) r.get("entryId")).longValue())
                .containsExactly(entryOfSlot(l, 0));
        assertThat(before)
                .extracting(r -> ((Number) r.get("score")).doubleValue())
                .containsExactly(80.0);
        assertThat(before).extracting(r -> ((Number) r.get("rank")).intValue()).containsExactly(1);
        assertThat((List<Map<String, Object>>) state.get("leaderboard")).hasSize(2);
        Map<String, Object> pub = api().get("/api/live/" + l.sessionId(), null).body();
        assertThat(pub.get("leaderboardBeforeReveal")).isEqualTo(state.get("leaderboardBeforeReveal"));
    }

    @Test
    void everyHostStepReachesTheAuditTrailAndTheChainStillHolds() {
        Live l = live(2);
        control(l, "START_PITCH");
        control(l, "PAUSE");
        control(l, "RESUME");
        List<Map<String, Object>> audit =
                api().get("/api/rounds/" + l.roundId() + "/audit", l.org()).list("items");
        assertThat(audit)
                .extracting(a -> (String) a.get("action"))
                .contains("LIVE_SCHEDULED", "LIVE_START_PITCH", "LIVE_PAUSE", "LIVE_RESUME");
        assertThat(audit)
                .filteredOn(a -> "LIVE_START_PITCH".equals(a.get("action")))
                .extracting(a -> (String) a.get("after"))
                .containsExactly("{\"slotId\":" + l.slots().get(0) + "}");
        Api.Result verify =
                api().post("/api/programs/" + l.season().program().id() + "/audit/verify", Map.of(), l.org());
        assertThat(verify.status()).isEqualTo(200);
        assertThat(verify.get("valid")).as(String.valueOf(verify.body())).isEqualTo(true);
    }

    @Test
    void reconnectingWithLastEventIdReplaysExactlyTheMissedEvents() throws Exception {
        Live l = live(2);
        String url = "http://localhost:" + server.getPort() + "/api/live/" + l.sessionId() + "/events";
        long start = ((Number) api().get("/api/live/" + l.sessionId(), null).get("lastEventId")).longValue();
        try (SseClient first = new SseClient(url + "?after=" + start, null).awaitOpen()) {
            control(l, "START_PITCH");
            SseClient.SseEvent e = first.next(Duration.ofSeconds(10));
            assertThat(e).isNotNull();
            assertThat(first.contentType).startsWith("text/event-stream");
            assertThat(Long.parseLong(e.id())).isEqualTo(start + 1);
            assertThat(e.data()).contains("\"type\":\"START_PITCH\"");
        }
        // While disconnected: three more steps happen.
        control(l, "START_QA");
        control(l, "PAUSE");
        control(l, "RESUME");
        try (SseClient again = new SseClient(url, String.valueOf(start + 1)).awaitOpen()) {
            List<String> types = new ArrayList<>();
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                SseClient.SseEvent e = again.next(Duration.ofSeconds(10));
                assertThat(e).isNotNull();
                ids.add(Long.parseLong(e.id()));
                types.add(json.readValue(e.data(), Map.class).get("type").toString());
            }
            assertThat(ids).containsExactly(start + 2, start + 3, start + 4);
            assertThat(types).containsExactly("START_QA", "PAUSE", "RESUME");
            control(l, "OPEN_SCORING");
            SseClient.SseEvent live = again.next(Duration.ofSeconds(10));
            assertThat(Long.parseLong(live.id())).isEqualTo(start + 5);
            assertThat(again.next(Duration.ofMillis(300)))
                    .as("nothing repeated")
                    .isNull();
            assertThat(live.data()).doesNotContain("PRIVATE").doesNotContain("@");
        }
    }
}
