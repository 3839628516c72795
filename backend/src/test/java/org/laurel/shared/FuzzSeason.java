package org.laurel.shared;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.laurel.support.Api;
import org.laurel.support.Lives;
import org.laurel.support.Seasons;

/**
 * A season with something behind every kind of id the API takes: a program whose live final is
 * finalized and whose winners are published (certificates), an online round that is open with
 * assignments and a saved scorecard, a second live round running, a draft entry with a file, a
 * notification. The callers are the people of that season.
 */
record FuzzSeason(
        Map<String, String> callers,
        Map<String, List<String>> ids,
        Map<String, Object> programView,
        List<Long> criteria,
        long judgeId,
        List<Long> entryIds,
        long draftId) {

    static final String PDF_TEXT = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";

    @SuppressWarnings("unchecked")
    static FuzzSeason seed(Api api) {
        Seasons seasons = new Seasons(api);
        // 1. A finalized live final with published winners: announcements, outcomes, certificates.
        Lives.Live finalized = Lives.finalized(api);
        Seasons.Program awarded = finalized.season().program();
        List<Seasons.Person> judges = finalized.judges();
        List<Long> judgeIds = judges.stream().map(Seasons.Person::id).toList();
        Map<String, Object> awardedView = api.get("/api/programs/" + awarded.id(), awarded.organizerToken())
                .body();
        long gold = ((List<Map<String, Object>>) awardedView.get("prizeTiers"))
                .stream()
                        .filter(t -> "Gold".equals(t.get("name")))
                        .map(t -> ((Number) t.get("id")).longValue())
                        .findFirst()
                        .orElseThrow();
        long winner = finalized.season().entryIds().get(1);
        check(
                api.post(
                        "/api/programs/" + awarded.id() + "/announcements",
                        Map.of(
                                "winners",
                                List.of(Map.of("entryId", winner, "prizeTierId", gold)),
                                "reason",
                                "One prize",
                                "publishScores",
                                true,
                                "releaseFeedback",
                                true),
                        awarded.organizerToken()),
                201,
                200);
        String certificate = (String) api.get(
                        "/api/entries/" + winner + "/outcome",
                        finalized.season().applicantToken())
                .get("certificateCode");

        // 2. An open call with an online round that is open, every entry assigned, one scorecard saved,
        //    and a draft entry of the same applicant with a file.
        Seasons.Screened screened = seasons.screenedAward(2);
        Seasons.Program program = screened.program();
        String org = program.organizerToken();
        String applicant = screened.applicantToken();
        List<Long> entries = screened.entryIds();
        Api.Result online = check(api.post("/api/programs/" + program.id() + "/rounds", onlineRound(), org), 201);
        long onlineId = ((Number) online.get("id")).longValue();
        List<Long> criteria = online.list("criteria").stream()
                .map(c -> ((Number) c.get("id")).longValue())
                .toList();
        check(api.put("/api/rounds/" + onlineId + "/panel", Map.of("judgeIds", judgeIds), org), 200);
        check(api.post("/api/rounds/" + onlineId + "/assignments/auto", Map.of(), org), 200);
        check(api.post("/api/rounds/" + onlineId + "/open", Map.of(), org), 200);
        check(
                api.put(
                        "/api/rounds/" + onlineId + "/entries/" + entries.get(0) + "/scorecard",
                        scorecard(criteria),
                        judges.get(0).token()),
                200);
        long draft = ((Number) check(
                                api.post(
                                        "/api/programs/" + program.id() + "/entries",
                                        Seasons.entryBody(program, "Draft"),
                                        applicant),
                                201)
                        .get("id"))
                .longValue();
        MultipartBody file = MultipartBody.builder()
                .addPart(
                        "file",
                        "deck.pdf",
                        MediaType.of("application/pdf"),
                        PDF_TEXT.getBytes(StandardCharsets.US_ASCII))
                .addPart("fieldKey", "deck")
                .build();
        Api.Result attached = check(
                api.send(
                        HttpRequest.POST("/api/entries/" + draft + "/attachments", file)
                                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE),
                        applicant),
                201);
        Map<String, Object> view = api.get("/api/programs/" + program.id(), org).body();

        // 3. A live roadshow that is running.
        Lives.Live live = Lives.create(api, 3);
        check(Lives.control(api, live, "START_PITCH"), 200);

        List<Map<String, Object>> notes =
                api.get("/api/me/notifications", applicant).list("items");
        String notification = notes == null || notes.isEmpty()
                ? "1"
                : String.valueOf(notes.get(0).get("id"));
        Seasons.Person target = seasons.person("target", Set.of("JUDGE"), "Target Inc");

        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("anonymous", null);
        callers.put("applicant", applicant);
        callers.put("winner", finalized.season().applicantToken());
        callers.put("judge", judges.get(0).token());
        callers.put("live-judge", live.judges().get(0).token());
        callers.put("organizer", org);
        callers.put("host", live.org());
        callers.put("awarder", awarded.organizerToken());
        callers.put("admin", api.adminToken());

        Map<String, List<String>> ids = new HashMap<>();
        ids.put(
                "program",
                strings(program.id(), awarded.id(), live.season().program().id()));
        ids.put("round", strings(onlineId, live.roundId(), finalized.roundId()));
        List<Long> allEntries = new java.util.ArrayList<>(entries);
        allEntries.add(draft);
        allEntries.addAll(live.season().entryIds());
        allEntries.add(winner);
        ids.put("entry", allEntries.stream().map(String::valueOf).toList());
        ids.put("judge", judgeIds.stream().map(String::valueOf).toList());
        ids.put("session", strings(live.sessionId(), finalized.sessionId()));
        ids.put("slot", live.slots().stream().map(String::valueOf).toList());
        ids.put("attachment", List.of(String.valueOf(attached.get("id"))));
        ids.put("notification", List.of(notification));
        ids.put("user", strings(target.id()));
        ids.put("slug", List.of(String.valueOf(awardedView.get("slug")), String.valueOf(view.get("slug"))));
        ids.put("code", List.of(certificate == null ? "ZZZZ-ZZZZ-ZZZZ" : certificate));
        ids.put("tier", strings(gold));
        ids.put("criterion", criteria.stream().map(String::valueOf).toList());
        return new FuzzSeason(callers, ids, view, criteria, judgeIds.get(0), entries, draft);
    }

    private static List<String> strings(long... values) {
        return java.util.Arrays.stream(values).mapToObj(String::valueOf).toList();
    }

    static Map<String, Object> onlineRound() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Online review");
        body.put("mode", "ONLINE");
        body.put("aggregation", "MEAN");
        body.put("blind", false);
        body.put("judgesPerEntry", 3);
        body.put("advanceCount", 1);
        body.put(
                "criteria",
                List.of(
                        Map.of("name", "Innovation", "weight", 2, "min", 0, "max", 10, "step", 0.5, "tieBreakOrder", 1),
                        Map.of("name", "Feasibility", "weight", 1, "min", 0, "max", 10, "step", 0.5)));
        return body;
    }

    static Map<String, Object> scorecard(List<Long> criteria) {
        Map<String, Object> scores = new LinkedHashMap<>();
        criteria.forEach(c -> scores.put(String.valueOf(c), 7.5));
        return Map.of("scores", scores, "comment", "private note", "feedback", "Good", "submit", false);
    }

    static Map<String, Object> schedule(List<Long> entries) {
        return Map.of(
                "slots",
                List.of(
                        Map.of("entryId", entries.get(0), "order", 1, "pitchMinutes", 8, "qaMinutes", 7),
                        Map.of("entryId", entries.get(1), "order", 2, "pitchMinutes", 8, "qaMinutes", 7)));
    }

    private static Api.Result check(Api.Result r, int... expected) {
        for (int status : expected) {
            if (r.status() == status) {
                return r;
            }
        }
        throw new IllegalStateException("seeding failed: " + r.status() + " " + r.body());
    }
}
