package org.laurel.showcase;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.laurel.support.Api;
import org.laurel.support.Seasons;

/** The public showcase: only opted-in, shown entries of published programs, searchable; only the owner chooses. */
@SuppressWarnings("unchecked")
@MicronautTest(transactional = false)
class ShowcaseApiTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    Api api() {
        return new Api(client);
    }

    String gallery(Seasons.Screened s) {
        return "/api/public/programs/" + s.program().view().get("slug") + "/showcase";
    }

    @Test
    void onlyWhatTheOwnersOptedInIsShownAndItCanBeSearched() throws Exception {
        Seasons seasons = new Seasons(api());
        Seasons.Screened s = seasons.screenedAward(3);
        assertThat(api().get(gallery(s), null).get("total")).isEqualTo(0);

        long first = s.entryIds().get(0);
        long second = s.entryIds().get(1);
        Api.Result in =
                api().put("/api/entries/" + first + "/visibility", Map.of("showcase", true), s.applicantToken());
        assertThat(in.status()).isEqualTo(200);
        assertThat(in.body()).containsEntry("showcase", true).containsEntry("canChange", true);
        api().put("/api/entries/" + second + "/visibility", Map.of("showcase", true), s.applicantToken());

        Api.Result all = api().get(gallery(s), null);
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.get("total")).isEqualTo(2);
        assertThat(all.list("items")).extracting(i -> i.get("title")).containsExactly("Entry 0", "Entry 1");
        Map<String, Object> one = all.list("items").get(0);
        assertThat(one.get("organization")).isEqualTo("Startup 0");
        assertThat(one.get("categoryName")).isNotNull();
        assertThat(json.writeValueAsString(all.body()))
                .as("never an email or a form answer")
                .doesNotContain("@");

        // Search and filters.
        assertThat(api().get(gallery(s) + "?q=startup%201", null).list("items"))
                .extracting(i -> i.get("title"))
                .containsExactly("Entry 1");
        long category = s.program().categoryIds().get(0);
        assertThat(api().get(gallery(s) + "?categoryId=" + category, null).list("items"))
                .extracting(i -> i.get("title"))
                .containsExactly("Entry 0");

        // A project's page; one not opted in is unknown; opting out takes it away again.
        assertThat(api().get(gallery(s) + "/" + first, null).get("title")).isEqualTo("Entry 0");
        Api.Result hidden = api().get(gallery(s) + "/" + s.entryIds().get(2), null);
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.get("type")).isEqualTo("https://laurel.dev/problems/project-not-found");
        api().put("/api/entries/" + second + "/visibility", Map.of("showcase", false), s.applicantToken());
        assertThat(api().get(gallery(s) + "/" + second, null).status()).isEqualTo(404);
    }

    @Test
    void draftsAndUnpublishedProgramsNeverShowAndOnlyTheOwnerChooses() {
        Seasons seasons = new Seasons(api());
        Seasons.Screened s = seasons.screenedAward(1);
        Seasons.Applicant draft = seasons.draft(s.program());
        assertThat(api().put("/api/entries/" + draft.entryId() + "/visibility", Map.of("showcase", true), draft.token())
                        .status())
                .isEqualTo(200);
        assertThat(api().get(gallery(s), null).get("total"))
                .as("a draft is never public")
                .isEqualTo(0);

        long entry = s.entryIds().get(0);
        assertThat(api().put("/api/entries/" + entry + "/visibility", Map.of("showcase", true), null)
                        .status())
                .isEqualTo(401);
        assertThat(api().put(
                                "/api/entries/" + entry + "/visibility",
                                Map.of("showcase", true),
                                s.program().organizerToken())
                        .status())
                .as("the organizer does not choose for the team")
                .isEqualTo(403);
        Api.Result missing = api().put("/api/entries/" + entry + "/visibility", Map.of(), s.applicantToken());
        assertThat(missing.status()).isEqualTo(400);

        // A draft program's showcase is unknown, even with opted-in entries behind it.
        String organizer = api().newUser("organizer", java.util.Set.of("ORGANIZER"));
        Instant now = Instant.now();
        Api.Result created = api().post(
                        "/api/programs",
                        Seasons.awardBody("Draft " + System.nanoTime(), now, now.plus(Duration.ofDays(1))),
                        organizer);
        assertThat(api().get("/api/public/programs/" + created.get("slug") + "/showcase", null)
                        .status())
                .isEqualTo(404);
        assertThat(api().get("/api/public/programs/no-such-" + System.nanoTime() + "/showcase", null)
                        .status())
                .isEqualTo(404);
        assertThat((List<Object>) api().get(gallery(s), null).get("items")).isEmpty();
    }
}
