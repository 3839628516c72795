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
        body.put(
                "formFields",
                List.of(
                        Map.of(
                                "key",
                                "pitch",
                                "label",
                                "One-line pitch",
                                "type",
                                "TEXT",
                                "required",
                                true,
                                "maxLength",
                                80),
                        Map.of(
                                "key",
                                "stage",
                                "label",
                                "Stage",
                                "type",
                                "SELECT",
                                "required",
                                true,
                                "options",
                                List.of("Idea", "Prototype", "Revenue")),
                        Map.of("key", "website", "label", "Website", "type", "URL", "required", false),
                        Map.of("key", "deck", "label", "Pitch deck", "type", "FILE", "required", false)));
        body.put(
                "prizeTiers",
                List.of(
                        Map.of("name", "Gold", "rank", 1, "count", 1),
                        Map.of("name", "Silver", "rank", 2, "count", 2, "categoryName", "Basic research")));
        return body;
    }

    public record Program(long id, String organizerToken, List<Long> categoryIds, Map<String, Object> view) {}

    /** A published award open from an hour ago until {@code closesIn} from now. */
    public Program openAward(Duration closesIn) {
        String organizer = api.newUser("organizer", Set.of("ORGANIZER"));
        Instant now = Instant.now();
        Api.Result created = api.post(
                "/api/programs",
                awardBody("Award " + System.nanoTime(), now.minus(Duration.ofHours(1)), now.plus(closesIn)),
                organizer);
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
        body.put(
                "answers",
                Map.of("pitch", "Solar that lasts", "stage", "Prototype", "website", "https://photon.example"));
        return body;
    }

    public record Applicant(String token, long entryId) {}

    /** A new applicant with a draft entry in {@code program}. */
    public Applicant draft(Program program) {
        String email = Api.uniqueEmail("applicant");
        api.register(email, Api.PASSWORD, "Applicant");
        String token = api.token(email, Api.PASSWORD);
        Api.Result entry =
                api.post("/api/programs/" + program.id() + "/entries", entryBody(program, "Entry " + email), token);
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

    public record Person(long id, String token, String email) {}

    /** A new account with the given roles (and organization), created by the admin. */
    public Person person(String prefix, Set<String> roles, String organization) {
        String email = Api.uniqueEmail(prefix);
        Map<String, Object> body =
                new HashMap<>(Map.of("email", email, "password", Api.PASSWORD, "displayName", prefix, "roles", roles));
        if (organization != null) {
            body.put("organization", organization);
        }
        Api.Result r = api.post("/api/admin/users", body, api.adminToken());
        if (r.status() != 201) {
            throw new IllegalStateException("user not created: " + r.body());
        }
        return new Person(((Number) r.get("id")).longValue(), api.token(email, Api.PASSWORD), email);
    }

    public record Screened(Program program, List<Long> entryIds, String applicantToken) {}

    /** An award with {@code count} submitted entries (alternating categories), all found eligible. */
    public Screened screenedAward(int count) {
        Program program = openAward(Duration.ofDays(3));
        String email = Api.uniqueEmail("applicant");
        api.register(email, Api.PASSWORD, "Prolific applicant");
        String token = api.token(email, Api.PASSWORD);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, Object> body = entryBody(program, "Entry " + i);
            body.put("categoryId", program.categoryIds().get(i % 2));
            body.put("organization", "Startup " + i);
            long id = ((Number) api.post("/api/programs/" + program.id() + "/entries", body, token)
                            .get("id"))
                    .longValue();
            api.post("/api/entries/" + id + "/submit", Map.of(), token);
            ids.add(id);
        }
        for (int from = 0; from < ids.size(); from += 500) {
            api.post(
                    "/api/programs/" + program.id() + "/entries/eligibility",
                    Map.of("entryIds", ids.subList(from, Math.min(ids.size(), from + 500)), "eligible", true),
                    program.organizerToken());
        }
        return new Screened(program, ids, token);
    }

    public record OpenRound(long id, long criterionId, Person judge) {}

    /**
     * An open online round of the screened award: one criterion scored 0 to 10, one judge on the
     * panel, entries assigned automatically (one judge each), one entry advancing.
     */
    public OpenRound openOnlineRound(Screened season, String criterion, boolean blind) {
        String org = season.program().organizerToken();
        Map<String, Object> round = new HashMap<>();
        round.put("name", "Online review");
        round.put("mode", "ONLINE");
        round.put("aggregation", "MEAN");
        round.put("blind", blind);
        round.put("judgesPerEntry", 1);
        round.put("advanceCount", 1);
        round.put("criteria", List.of(Map.of("name", criterion, "weight", 1, "min", 0, "max", 10, "step", 1)));
        Api.Result created = api.post("/api/programs/" + season.program().id() + "/rounds", round, org);
        if (created.status() != 201) {
            throw new IllegalStateException("round not created: " + created.body());
        }
        long roundId = ((Number) created.get("id")).longValue();
        long criterionId = ((Number) created.list("criteria").get(0).get("id")).longValue();
        Person judge = person("judge", Set.of("JUDGE"), "Jury Institute");
        require(api.put("/api/rounds/" + roundId + "/panel", Map.of("judgeIds", List.of(judge.id())), org), "panel");
        require(api.post("/api/rounds/" + roundId + "/assignments/auto", Map.of(), org), "assignment");
        require(api.post("/api/rounds/" + roundId + "/open", Map.of(), org), "opening");
        return new OpenRound(roundId, criterionId, judge);
    }

    private static void require(Api.Result r, String step) {
        if (r.status() != 200) {
            throw new IllegalStateException(step + " failed: " + r.status() + " " + r.body());
        }
    }
}
