package org.laurel.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.laurel.support.Api;
import org.laurel.support.Seasons;

/** Applicants in the language of their choice, and their entries at each step, built through the API. */
final class Applicants {

    record Person(long id, String email, String token, String name) {}

    private final Api api;
    private final Seasons seasons;

    Applicants(Api api) {
        this.api = api;
        this.seasons = new Seasons(api);
    }

    Seasons.Program openAward() {
        return seasons.openAward(java.time.Duration.ofDays(3));
    }

    Person register(String name, String locale) {
        String email = Api.uniqueEmail("notified");
        Map<String, Object> body = new HashMap<>(Map.of("email", email, "password", Api.PASSWORD, "displayName", name));
        if (locale != null) {
            body.put("locale", locale);
        }
        Api.Result r = api.post("/api/auth/register", body, null);
        assertThat(r.status()).as("register %s", r.body()).isEqualTo(201);
        return new Person(((Number) r.get("id")).longValue(), email, api.token(email, Api.PASSWORD), name);
    }

    /** A complete entry in the program's {@code category}-th category, submitted; returns its id. */
    long submit(Seasons.Program program, Person applicant, String title, int category) {
        Map<String, Object> body = Seasons.entryBody(program, title);
        body.put("categoryId", program.categoryIds().get(category));
        Api.Result created = api.post("/api/programs/" + program.id() + "/entries", body, applicant.token());
        assertThat(created.status()).isEqualTo(201);
        long id = ((Number) created.get("id")).longValue();
        assertThat(api.post("/api/entries/" + id + "/submit", Map.of(), applicant.token())
                        .status())
                .isEqualTo(200);
        return id;
    }

    void decide(Seasons.Program program, long entryId, boolean eligible, String reason) {
        Map<String, Object> body = new HashMap<>(Map.of("eligible", eligible));
        if (reason != null) {
            body.put("reason", reason);
        }
        assertThat(api.post("/api/entries/" + entryId + "/eligibility", body, program.organizerToken())
                        .status())
                .isEqualTo(200);
    }

    void decideAll(Seasons.Program program, List<Long> entryIds) {
        assertThat(api.post(
                                "/api/programs/" + program.id() + "/entries/eligibility",
                                Map.of("entryIds", entryIds, "eligible", true),
                                program.organizerToken())
                        .status())
                .isEqualTo(200);
    }

    /**
     * Runs an online round over the program's eligible entries: one judge gives each entry its
     * score (0-10), the top one per category advances, and the round is finalized.
     */
    void finalizeRound(Seasons.Program program, String name, Map<Long, Integer> scores) {
        String org = program.organizerToken();
        Map<String, Object> round = new HashMap<>();
        round.put("name", name);
        round.put("mode", "ONLINE");
        round.put("aggregation", "MEAN");
        round.put("blind", false);
        round.put("judgesPerEntry", 1);
        round.put("advanceCount", 1);
        round.put("criteria", List.of(Map.of("name", "Overall", "weight", 1, "min", 0, "max", 10, "step", 1)));
        Api.Result created = api.post("/api/programs/" + program.id() + "/rounds", round, org);
        assertThat(created.status()).as("round %s", created.body()).isEqualTo(201);
        long roundId = ((Number) created.get("id")).longValue();
        String criterion = String.valueOf(created.list("criteria").get(0).get("id"));
        Seasons.Person judge = seasons.person("judge", Set.of("JUDGE"), "Jury Hall");
        String base = "/api/rounds/" + roundId;
        assertThat(api.put(base + "/panel", Map.of("judgeIds", List.of(judge.id())), org)
                        .status())
                .isEqualTo(200);
        assertThat(api.post(base + "/assignments/auto", Map.of(), org).status()).isEqualTo(200);
        assertThat(api.post(base + "/open", Map.of(), org).status()).isEqualTo(200);
        scores.forEach((entry, score) -> assertThat(api.put(
                                base + "/entries/" + entry + "/scorecard",
                                Map.of("scores", Map.of(criterion, score), "submit", true),
                                judge.token())
                        .status())
                .isEqualTo(200));
        assertThat(api.post(base + "/close", Map.of(), org).status()).isEqualTo(200);
        Api.Result finalized = api.post(base + "/finalize", Map.of(), org);
        assertThat(finalized.status()).as("finalize %s", finalized.body()).isEqualTo(200);
    }
}
