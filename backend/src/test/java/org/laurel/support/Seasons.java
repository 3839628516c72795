package org.laurel.support;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Test data for programs and entries: a small award with a typical form, built through the API. */
public final class Seasons {

    private final Api api;

    public Seasons(Api api) {
        this.api = api;
    }

    /** An award with two categories, a form with required text, select, URL and file fields, and prize tiers. */
    public static Map<String, Object> awardBody(String title, Instant opens, Instant closes) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "AWARD");
        body.put("title", title);
        body.put("description", "## The call\nFrontier **innovation**.");
        body.put("timeZone", "Asia/Shanghai");
        body.put("submissionOpensAt", opens.toString());
        body.put("submissionClosesAt", closes.toString());
        body.put("categories", List.of(Map.of("name", "Basic research"), Map.of("name", "Application innovation")));
        body.put("formFields", List.of(
                Map.of("key", "pitch", "label", "One-line pitch", "type", "TEXT", "required", true, "maxLength", 80),
                Map.of("key", "stage", "label", "Stage", "type", "SELECT", "required", true,
                        "options", List.of("Idea", "Prototype", "Revenue")),
                Map.of("key", "website", "label", "Website", "type", "URL", "required", false),
                Map.of("key", "deck", "label", "Pitch deck", "type", "FILE", "required", false)));
        body.put("prizeTiers", List.of(
                Map.of("name", "Gold", "rank", 1, "count", 1),
                Map.of("name", "Silver", "rank", 2, "count", 2, "categoryName", "Basic research")));
        return body;
    }

    public record Program(long id, String organizerToken, List<Long> categoryIds, Map<String, Object> view) {
    }

    /** A published award open from an hour ago until {@code closesIn} from now. */
    public Program openAward(Duration closesIn) {
        String organizer = api.newUser("organizer", Set.of("ORGANIZER"));
        Instant now = Instant.now();
        Api.Result created = api.post("/api/programs", awardBody("Award " + System.nanoTime(), now.minus(Duration.ofHours(1)),
                now.plus(closesIn)), organizer);
        if (created.status() != 201) {
            throw new IllegalStateException("program not created: " + created.body());
        }
        long id = ((Number) created.get("id")).longValue();
        Api.Result published = api.post("/api/programs/" + id + "/publish", Map.of(), organizer);
        List<Long> categories = new ArrayList<>();
        published.list("categories").forEach(c -> categories.add(((Number) c.get("id")).longValue()));
        return new Program(id, organizer, categories, published.body());
    }

    /** Moves the program's deadline, keeping everything else (and every nested id) as it is. */
    @SuppressWarnings("unchecked")
    public void moveDeadline(Program program, Instant closesAt) {
        Map<String, Object> body = new HashMap<>(program.view());
        body.put("submissionClosesAt", closesAt.toString());
        body.put("slug", program.view().get("slug"));
        Api.Result r = api.put("/api/programs/" + program.id(), body, program.organizerToken());
        if (r.status() != 200) {
            throw new IllegalStateException("deadline not moved: " + r.body());
        }
    }

    /** A complete entry body for {@code program}. */
    public static Map<String, Object> entryBody(Program program, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("categoryId", program.categoryIds().get(0));
        body.put("summary", "We make perovskite cells last ten years.");
        body.put("organization", "Photon Labs");
        body.put("team", List.of(Map.of("name", "Wang Wei", "email", "wei@photon.example", "role", "CEO")));
        body.put("answers", Map.of("pitch", "Solar that lasts", "stage", "Prototype", "website", "https://photon.example"));
        return body;
    }

    public record Applicant(String token, long entryId) {
    }

    /** A new applicant with a draft entry in {@code program}. */
    public Applicant draft(Program program) {
        String email = Api.uniqueEmail("applicant");
        api.register(email, Api.PASSWORD, "Applicant");
        String token = api.token(email, Api.PASSWORD);
        Api.Result entry = api.post("/api/programs/" + program.id() + "/entries", entryBody(program, "Entry " + email), token);
        if (entry.status() != 201) {
            throw new IllegalStateException("entry not created: " + entry.body());
        }
        return new Applicant(token, ((Number) entry.get("id")).longValue());
    }

    /** A new applicant with a submitted entry in {@code program}. */
    public Applicant submitted(Program program) {
        Applicant a = draft(program);
        Api.Result r = api.post("/api/entries/" + a.entryId() + "/submit", Map.of(), a.token());
        if (r.status() != 200) {
            throw new IllegalStateException("entry not submitted: " + r.body());
        }
        return a;
    }
}
