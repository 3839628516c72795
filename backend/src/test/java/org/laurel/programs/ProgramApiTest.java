package org.laurel.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.laurel.support.Seasons.awardBody;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.laurel.support.Api;
import org.laurel.support.Seasons;

@MicronautTest(transactional = false)
class ProgramApiTest {

    @Inject
    @Client("/")
    HttpClient client;

    Api api() {
        return new Api(client);
    }

    Instant now = Instant.now();

    @Test
    void organizerCreatesADraftWithIdsForEveryNestedItem() {
        String organizer = api().newUser("org", Set.of("ORGANIZER"));

        Api.Result r = api().post(
                        "/api/programs",
                        awardBody("Frontier Innovation Award 2026 (test)", now, now.plus(Duration.ofDays(30))),
                        organizer);

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.header("Location")).isEqualTo("/api/programs/" + r.get("id"));
        assertThat(r.get("status")).isEqualTo("DRAFT");
        assertThat((String) r.get("slug")).startsWith("frontier-innovation-award-2026");
        assertThat(r.get("canEdit")).isEqualTo(true);
        assertThat(r.list("categories"))
                .extracting(c -> c.get("name"))
                .containsExactly("Basic research", "Application innovation");
        assertThat(r.list("categories")).allSatisfy(c -> assertThat(c.get("id")).isNotNull());
        assertThat(r.list("formFields"))
                .extracting(f -> f.get("key"))
                .containsExactly("pitch", "stage", "website", "deck");
        assertThat(r.list("formFields").get(1).get("options")).isEqualTo(List.of("Idea", "Prototype", "Revenue"));
        Object basicResearchId = r.list("categories").get(0).get("id");
        assertThat(r.list("prizeTiers").get(1).get("categoryId")).isEqualTo(basicResearchId);
        assertThat(r.list("prizeTiers").get(0).get("categoryId")).isNull();
    }

    @Test
    void everyInvalidPartIsListedAtOnce() {
        String organizer = api().newUser("org", Set.of("ORGANIZER"));
        Map<String, Object> body = awardBody("Bad", now, now.minus(Duration.ofDays(1)));
        body.put("timeZone", "Mars/Olympus");
        body.put("slug", "Not A Slug");
        body.put(
                "formFields",
                List.of(
                        Map.of("key", "a", "label", "A", "type", "SELECT", "required", true),
                        Map.of("key", "a", "label", "A again", "type", "TEXT", "required", false),
                        Map.of("key", "9bad", "label", "B", "type", "TEXT", "required", false)));

        body.put("title", " ");

        Api.Result r = api().post("/api/programs", body, organizer);

        assertThat(r.status()).isEqualTo(400);
        // Shape problems and cross-field rules come back together.
        assertThat(r.fields())
                .containsExactlyInAnyOrder(
                        "title",
                        "slug",
                        "formFields[2].key",
                        "submissionClosesAt",
                        "timeZone",
                        "formFields[0].options",
                        "formFields[1].key");
    }

    @Test
    void slugsAreUniqueAnd409WhenTaken() {
        String organizer = api().newUser("org", Set.of("ORGANIZER"));
        String slug = "award-" + System.nanoTime();
        Map<String, Object> body = awardBody("A", now, now.plus(Duration.ofDays(1)));
        body.put("slug", slug);
        assertThat(api().post("/api/programs", body, organizer).status()).isEqualTo(201);

        Api.Result again = api().post("/api/programs", body, organizer);

        assertThat(again.status()).isEqualTo(409);
        assertThat((String) again.get("type")).endsWith("/slug-taken");
    }

    @Test
    void onlyOrganizersCreateAndAnonymousGets401() {
        Map<String, Object> body = awardBody("A", now, now.plus(Duration.ofDays(1)));
        assertThat(api().post("/api/programs", body, api().newUser("app", Set.of("APPLICANT")))
                        .status())
                .isEqualTo(403);
        assertThat(api().post("/api/programs", body, api().newUser("judge", Set.of("JUDGE")))
                        .status())
                .isEqualTo(403);
        assertThat(api().post("/api/programs", body, null).status()).isEqualTo(401);
    }

    @Test
    void draftsAreVisibleOnlyToTheirOrganizersUntilPublished() {
        String organizer = api().newUser("org", Set.of("ORGANIZER"));
        String otherOrganizer = api().newUser("org2", Set.of("ORGANIZER"));
        Api.Result created =
                api().post("/api/programs", awardBody("Secret draft", now, now.plus(Duration.ofDays(1))), organizer);
        long id = ((Number) created.get("id")).longValue();

        assertThat(api().get("/api/programs/" + id, null).status()).isEqualTo(404);
        assertThat(api().get("/api/programs/" + id, otherOrganizer).status()).isEqualTo(404);
        assertThat(api().get("/api/programs/" + id, organizer).status()).isEqualTo(200);
        assertThat(ids(api().get("/api/programs", null))).doesNotContain(id);
        assertThat(ids(api().get("/api/programs", organizer))).contains(id);

        Api.Result published = api().post("/api/programs/" + id + "/publish", Map.of(), organizer);
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.get("status")).isEqualTo("PUBLISHED");

        Api.Result anonymous = api().get("/api/programs/" + id, null);
        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.get("canEdit")).isEqualTo(false);
        assertThat(api().get("/api/programs/slug/" + created.get("slug"), null).get("id"))
                .isEqualTo(created.get("id"));
        assertThat(ids(api().get("/api/programs", null))).contains(id);
        assertThat(api().post("/api/programs/" + id + "/publish", Map.of(), organizer)
                        .status())
                .isEqualTo(409);
    }

    @Test
    void organizersCannotEditAnotherOrganizersProgram() {
        Seasons.Program program = new Seasons(api()).openAward(Duration.ofDays(3));
        String other = api().newUser("org2", Set.of("ORGANIZER"));
        Map<String, Object> body = awardBody("Hijacked", now, now.plus(Duration.ofDays(1)));

        Api.Result r = api().put("/api/programs/" + program.id(), body, other);

        assertThat(r.status()).isEqualTo(403);
        assertThat(api().post("/api/programs/" + program.id() + "/publish", Map.of(), other)
                        .status())
                .isEqualTo(403);
        assertThat(api().put("/api/programs/99999999", body, other).status()).isEqualTo(404);
    }

    @Test
    @SuppressWarnings("unchecked")
    void updatingKeepsTheIdsOfKeptItemsAndRemovesTheRest() {
        Seasons.Program program = new Seasons(api()).openAward(Duration.ofDays(3));
        Map<String, Object> view = program.view();
        List<Map<String, Object>> categories = (List<Map<String, Object>>) view.get("categories");
        List<Map<String, Object>> fields = (List<Map<String, Object>>) view.get("formFields");

        Map<String, Object> body = new HashMap<>(awardBody("Renamed", now, now.plus(Duration.ofDays(2))));
        body.put(
                "categories",
                List.of(
                        Map.of("id", categories.get(1).get("id"), "name", "Applied innovation"),
                        Map.of("name", "Social impact")));
        List<Map<String, Object>> keptFields = new ArrayList<>();
        Map<String, Object> pitch = new HashMap<>(fields.get(0));
        pitch.put("label", "Pitch in one line");
        keptFields.add(pitch);
        body.put("formFields", keptFields);
        body.put("prizeTiers", List.of());

        Api.Result r = api().put("/api/programs/" + program.id(), body, program.organizerToken());

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.get("title")).isEqualTo("Renamed");
        assertThat(r.list("categories").get(0).get("id"))
                .isEqualTo(categories.get(1).get("id"));
        assertThat(r.list("categories"))
                .extracting(c -> c.get("name"))
                .containsExactly("Applied innovation", "Social impact");
        assertThat(r.list("formFields")).hasSize(1);
        assertThat(r.list("formFields").get(0).get("id"))
                .isEqualTo(fields.get(0).get("id"));
        assertThat(r.list("formFields").get(0).get("label")).isEqualTo("Pitch in one line");
        assertThat(r.list("prizeTiers")).isEmpty();
    }

    @Test
    void aCategoryWithEntriesCannotBeRemoved() {
        Seasons seasons = new Seasons(api());
        Seasons.Program program = seasons.openAward(Duration.ofDays(3));
        seasons.draft(program); // uses the first category
        Map<String, Object> body = new HashMap<>(awardBody("Same", now, now.plus(Duration.ofDays(2))));
        body.put("categories", List.of(Map.of("name", "Only new")));
        body.put("prizeTiers", List.of());

        Api.Result r = api().put("/api/programs/" + program.id(), body, program.organizerToken());

        assertThat(r.status()).isEqualTo(409);
        assertThat((String) r.get("type")).endsWith("/category-in-use");
        assertThat(api().get("/api/programs/" + program.id(), program.organizerToken())
                        .list("categories"))
                .hasSize(2);
    }

    @Test
    void unknownProgramIs404() {
        assertThat(api().get("/api/programs/99999999", null).status()).isEqualTo(404);
        assertThat(api().get("/api/programs/slug/no-such-program", null).status())
                .isEqualTo(404);
    }

    private static List<Long> ids(Api.Result list) {
        return list.list("items").stream()
                .map(p -> ((Number) p.get("id")).longValue())
                .toList();
    }
}
