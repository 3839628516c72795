package org.laurel.participation;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.laurel.support.Api;
import org.laurel.support.Seasons;

@MicronautTest(transactional = false)
class ParticipationApiTest {

    @Inject
    @Client("/")
    HttpClient client;

    Api api() {
        return new Api(client);
    }

    long submit(Seasons.Program program, String token, List<Map<String, Object>> team) {
        Map<String, Object> body = Seasons.entryBody(program, "Entry " + System.nanoTime());
        body.put("team", team);
        long id = ((Number) api().post("/api/programs/" + program.id() + "/entries", body, token)
                        .get("id"))
                .longValue();
        assertThat(api().post("/api/entries/" + id + "/submit", Map.of(), token).status())
                .isEqualTo(200);
        return id;
    }

    @Test
    @SuppressWarnings("unchecked")
    void organizersCountTeamsPeopleAndInstitutionsWithTheirAliases() {
        Seasons seasons = new Seasons(api());
        Seasons.Program program = seasons.openAward(Duration.ofDays(3));
        String applicant = api().newUser("app", Set.of("APPLICANT"));
        String other = api().newUser("app2", Set.of("APPLICANT"));
        submit(
                program,
                applicant,
                List.of(
                        Map.of(
                                "name",
                                "Li",
                                "email",
                                "li@t.example",
                                "institution",
                                "Tsinghua University",
                                "institutionKind",
                                "UNIVERSITY",
                                "region",
                                "China"),
                        Map.of("name", "Wang", "institution", "Acme", "institutionKind", "COMPANY")));
        submit(
                program,
                other,
                List.of(Map.of(
                        "name",
                        "Zhao",
                        "email",
                        "zhao@t.example",
                        "institution",
                        "清华大学",
                        "institutionKind",
                        "UNIVERSITY",
                        "region",
                        "China")));
        String path = "/api/programs/" + program.id();

        Api.Result before = api().get(path + "/participation", program.organizerToken());
        assertThat(before.status()).isEqualTo(200);
        assertThat(before.get("teams")).isEqualTo(2);
        // Two roster people plus each owner's account (not on the roster by email): 5 people.
        assertThat(before.get("people")).isEqualTo(5);
        assertThat(((Map<String, Object>) before.get("distinctInstitutions")).get("UNIVERSITY"))
                .isEqualTo(2);

        Api.Result saved = api().put(
                        path + "/institution-aliases",
                        Map.of("aliases", List.of(Map.of("alias", "清华大学", "canonical", "Tsinghua University"))),
                        program.organizerToken());
        assertThat(saved.status()).isEqualTo(200);
        assertThat(api().get(path + "/institution-aliases", program.organizerToken())
                        .list("aliases"))
                .extracting(a -> a.get("alias"))
                .containsExactly("清华大学");

        Api.Result after = api().get(path + "/participation", program.organizerToken());
        assertThat(((Map<String, Object>) after.get("distinctInstitutions")).get("UNIVERSITY"))
                .isEqualTo(1);
        // The owners' accounts give no organization: they count under the entry's ("Photon Labs").
        assertThat(after.list("topInstitutions"))
                .extracting(i -> i.get("name") + ":" + i.get("kind") + ":" + i.get("teams"))
                .containsExactly("Photon Labs:OTHER:2", "Tsinghua University:UNIVERSITY:2", "Acme:COMPANY:1");
        assertThat(after.list("regions").get(0))
                .containsEntry("region", "China")
                .containsEntry("people", 2);
        assertThat(after.list("overTime")).hasSize(1);

        Api.Result csv = api().get(path + "/participation/export?format=csv", program.organizerToken());
        assertThat(csv.status()).isEqualTo(200);
        assertThat(api().get(path + "/participation/export?format=pdf", program.organizerToken())
                        .status())
                .isEqualTo(400);

        Api.Result twice = api().put(
                        path + "/institution-aliases",
                        Map.of(
                                "aliases",
                                List.of(
                                        Map.of("alias", "MIT", "canonical", "Massachusetts Institute of Technology"),
                                        Map.of("alias", " mit ", "canonical", "Other"))),
                        program.organizerToken());
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.fields()).containsExactly("aliases[1].alias");
        assertThat(api().get(path + "/institution-aliases", program.organizerToken())
                        .list("aliases"))
                .hasSize(1); // nothing half-written

        assertThat(api().get("/api/audit?programId=" + program.id(), program.organizerToken())
                        .status())
                .isIn(200, 404);
    }

    @Test
    void onlyTheProgramsOrganizersSeeIt() {
        Seasons.Program program = new Seasons(api()).openAward(Duration.ofDays(3));
        String path = "/api/programs/" + program.id() + "/participation";
        assertThat(api().send(HttpRequest.GET(path), null).status()).isEqualTo(401);
        assertThat(api().get(path, api().newUser("app", Set.of("APPLICANT"))).status())
                .isEqualTo(403);
        assertThat(api().get(path, api().newUser("org", Set.of("ORGANIZER"))).status())
                .isEqualTo(403);
        assertThat(api().get("/api/programs/999999999/participation", program.organizerToken())
                        .status())
                .isEqualTo(404);
        assertThat(api().put(
                                "/api/programs/" + program.id() + "/institution-aliases",
                                Map.of("aliases", List.of()),
                                api().newUser("org", Set.of("ORGANIZER")))
                        .status())
                .isEqualTo(403);
    }
}
