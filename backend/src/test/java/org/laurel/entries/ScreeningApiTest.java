package org.laurel.entries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.laurel.support.Api;
import org.laurel.support.Seasons;

@MicronautTest(transactional = false)
class ScreeningApiTest {

    @Inject
    @Client("/")
    HttpClient client;

    Api api() {
        return new Api(client);
    }

    Seasons seasons() {
        return new Seasons(api());
    }

    private static long id(Object o) {
        return ((Number) o).longValue();
    }

    private static Map<String, Long> countsOf(Api.Result r) {
        return r.list("items").stream()
                .collect(Collectors.toMap(i -> (String) i.get("status"), i -> id(i.get("count"))));
    }

    private static Map<String, Object> matching(Map<String, Object> filter, boolean eligible, Object... more) {
        Map<String, Object> body = new HashMap<>(filter);
        body.put("eligible", eligible);
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    @Test
    void countsPerStatusFollowTheCategoryAndTextFiltersAndNeverShowDrafts() {
        Seasons seasons = seasons();
        Seasons.Program program = seasons.openAward(Duration.ofDays(3));
        String org = program.organizerToken();
        Seasons.Applicant a = seasons.submitted(program);
        Seasons.Applicant b = seasons.submitted(program);
        Seasons.Applicant c = seasons.submitted(program);
        seasons.draft(program);
        api().post("/api/entries/" + c.entryId() + "/withdraw", Map.of(), c.token());
        api().post("/api/entries/" + a.entryId() + "/eligibility", Map.of("eligible", true), org);
        Map<String, Object> renamed = new HashMap<>(Seasons.entryBody(program, "Quantum sensing"));
        renamed.put("team", List.of(Map.of("name", "Li Hua", "email", "li@quanta.example")));
        api().put("/api/entries/" + b.entryId(), renamed, b.token());

        Api.Result all = api().get("/api/programs/" + program.id() + "/entries/counts", org);
        assertThat(all.status()).isEqualTo(200);
        assertThat(countsOf(all))
                .containsEntry("SUBMITTED", 1L)
                .containsEntry("ELIGIBLE", 1L)
                .containsEntry("WITHDRAWN", 1L)
                .containsEntry("INELIGIBLE", 0L)
                .doesNotContainKey("DRAFT");
        assertThat(id(all.get("total"))).isEqualTo(3);

        Api.Result byTeam = api().get("/api/programs/" + program.id() + "/entries/counts?q=LI%20HUA", org);
        assertThat(countsOf(byTeam)).containsEntry("SUBMITTED", 1L).containsEntry("ELIGIBLE", 0L);
        assertThat(id(byTeam.get("total"))).isEqualTo(1);
        assertThat(api().get("/api/programs/" + program.id() + "/entries?q=li%20hua", org)
                        .list("items"))
                .extracting(i -> id(i.get("id")))
                .as("the table searches the team like the counts do")
                .containsExactly(b.entryId());
        assertThat(id(api().get("/api/programs/" + program.id() + "/entries/counts?q=name", org)
                        .get("total")))
                .as("the team's names and emails are searched, not the words it is stored with")
                .isZero();
        assertThat(id(api().get("/api/programs/" + program.id() + "/entries/counts?q=quanta.example", org)
                        .get("total")))
                .isEqualTo(1);

        Api.Result otherCategory = api().get(
                        "/api/programs/" + program.id() + "/entries/counts?categoryId="
                                + program.categoryIds().get(1),
                        org);
        assertThat(id(otherCategory.get("total"))).isZero();
    }

    @Test
    void theReasonForIneligibilityIsInTheTable() {
        Seasons seasons = seasons();
        Seasons.Program program = seasons.openAward(Duration.ofDays(3));
        Seasons.Applicant a = seasons.submitted(program);
        api().post(
                        "/api/entries/" + a.entryId() + "/eligibility",
                        Map.of("eligible", false, "reason", "Outside the call"),
                        program.organizerToken());

        Api.Result table =
                api().get("/api/programs/" + program.id() + "/entries?status=INELIGIBLE", program.organizerToken());

        assertThat(table.list("items"))
                .singleElement()
                .satisfies(row -> assertThat(row.get("eligibilityReason")).isEqualTo("Outside the call"));
    }

    @Test
    void aDecisionOnEverythingMatchingIsPreviewedConfirmedWithItsCountAndReportsRefusals() {
        Seasons seasons = seasons();
        Seasons.Program program = seasons.openAward(Duration.ofDays(3));
        String org = program.organizerToken();
        Seasons.Applicant a = seasons.submitted(program);
        Seasons.Applicant b = seasons.submitted(program);
        Seasons.Applicant gone = seasons.submitted(program);
        Seasons.Applicant draft = seasons.draft(program);
        api().post("/api/entries/" + gone.entryId() + "/withdraw", Map.of(), gone.token());
        String base = "/api/programs/" + program.id() + "/entries/eligibility/matching";

        Api.Result preview = api().post(base + "/preview", matching(Map.of(), true), org);
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.get("matching")).isEqualTo(3);
        assertThat(preview.get("changed")).isEqualTo(2);
        assertThat(preview.get("refused")).isEqualTo(1);
        assertThat(preview.list("items")).singleElement().satisfies(o -> {
            assertThat(id(o.get("entryId"))).isEqualTo(gone.entryId());
            assertThat(o.get("ok")).isEqualTo(false);
            assertThat((String) o.get("problem")).contains("WITHDRAWN");
        });
        assertThat(api().get("/api/entries/" + a.entryId(), a.token()).get("status"))
                .as("a preview changes nothing")
                .isEqualTo("SUBMITTED");

        Api.Result stale = api().post(base, matching(Map.of(), true, "expectedCount", 2), org);
        assertThat(stale.status()).isEqualTo(409);
        assertThat((String) stale.get("type")).endsWith("/selection-changed");
        assertThat(api().get("/api/entries/" + a.entryId(), a.token()).get("status"))
                .isEqualTo("SUBMITTED");

        Api.Result done = api().post(base, matching(Map.of(), true, "expectedCount", 3), org);
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.get("changed")).isEqualTo(2);
        assertThat(done.get("refused")).isEqualTo(1);
        assertThat(done.list("items"))
                .extracting(o -> id(o.get("entryId")), o -> o.get("ok"), o -> o.get("status"))
                .containsExactlyInAnyOrder(
                        tuple(a.entryId(), true, "ELIGIBLE"),
                        tuple(b.entryId(), true, "ELIGIBLE"),
                        tuple(gone.entryId(), false, "WITHDRAWN"));
        assertThat(done.list("items")).extracting(o -> o.get("title")).doesNotContainNull();
        assertThat(api().get("/api/entries/" + b.entryId(), b.token()).list("timeline"))
                .extracting(t -> t.get("type"))
                .containsExactly("CREATED", "SUBMITTED", "ELIGIBLE");
        assertThat(api().get("/api/entries/" + draft.entryId(), draft.token()).get("status"))
                .isEqualTo("DRAFT");

        List<Map<String, Object>> trail =
                api().get("/api/programs/" + program.id() + "/audit", org).list("items");
        assertThat(trail)
                .as("one audit record for the decision, with every entry's change in it")
                .anyMatch(i -> "ELIGIBILITY_DECIDED".equals(i.get("action"))
                        && String.valueOf(i.get("before")).contains(a.entryId() + "\":\"SUBMITTED")
                        && String.valueOf(i.get("after")).contains(a.entryId() + "\":\"ELIGIBLE")
                        && String.valueOf(i.get("after")).contains(b.entryId() + "\":\"ELIGIBLE")
                        && !String.valueOf(i.get("after")).contains(gone.entryId() + "\":"));
        assertThat(api().get("/api/me/notifications", a.token()).list("items"))
                .as("the applicant hears of it as after a single decision")
                .anyMatch(n -> "ELIGIBILITY_DECIDED".equals(n.get("kind")));

        Api.Result again = api().post(base, matching(Map.of("status", "ELIGIBLE"), true, "expectedCount", 2), org);
        assertThat(again.get("unchanged")).isEqualTo(2);
        assertThat(again.get("changed")).isEqualTo(0);
    }

    @Test
    void aConfirmationRepeatingThePreviewsSelectionIsRefusedWhenTheSetChangedUnderTheSameCount() {
        Seasons seasons = seasons();
        Seasons.Program program = seasons.openAward(Duration.ofDays(3));
        String org = program.organizerToken();
        Seasons.Applicant a = seasons.submitted(program);
        Seasons.Applicant b = seasons.submitted(program);
        String base = "/api/programs/" + program.id() + "/entries/eligibility/matching";
        Map<String, Object> submitted = Map.of("status", "SUBMITTED");

        Api.Result preview = api().post(base + "/preview", matching(submitted, true), org);
        String selection = (String) preview.get("selection");
        assertThat(selection).hasSize(32);
        assertThat(api().post(base + "/preview", matching(submitted, true), org).get("selection"))
                .as("the same entries in the same state give the same fingerprint")
                .isEqualTo(selection);

        // Meanwhile one entry leaves the filter and another arrives: still two match, not the same two.
        api().post("/api/entries/" + a.entryId() + "/withdraw", Map.of(), a.token());
        Seasons.Applicant c = seasons.submitted(program);

        Api.Result stale =
                api().post(base, matching(submitted, true, "expectedCount", 2, "expectedSelection", selection), org);
        assertThat(stale.status()).isEqualTo(409);
        assertThat((String) stale.get("type")).endsWith("/selection-changed");
        assertThat((String) stale.get("detail")).contains("not the same ones");
        assertThat(api().get("/api/entries/" + c.entryId(), c.token()).get("status"))
                .isEqualTo("SUBMITTED");

        String fresh = (String)
                api().post(base + "/preview", matching(submitted, true), org).get("selection");
        Api.Result done =
                api().post(base, matching(submitted, true, "expectedCount", 2, "expectedSelection", fresh), org);
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.get("changed")).isEqualTo(2);
        assertThat(api().get("/api/entries/" + b.entryId(), b.token()).get("status"))
                .isEqualTo("ELIGIBLE");
    }

    @Test
    void aFilteredDecisionTouchesOnlyWhatTheFilterMatches() {
        Seasons seasons = seasons();
        Seasons.Program program = seasons.openAward(Duration.ofDays(3));
        String org = program.organizerToken();
        Seasons.Applicant a = seasons.submitted(program);
        Seasons.Applicant b = seasons.submitted(program);
        Map<String, Object> renamed = new HashMap<>(Seasons.entryBody(program, "Out of scope_100%"));
        api().put("/api/entries/" + b.entryId(), renamed, b.token());
        Map<String, Object> filter = Map.of("status", "SUBMITTED", "q", "scope_100%");
        String base = "/api/programs/" + program.id() + "/entries/eligibility/matching";

        Api.Result preview = api().post(base + "/preview", matching(filter, false, "reason", "Not about energy"), org);
        assertThat(preview.get("matching")).isEqualTo(1);

        Api.Result done =
                api().post(base, matching(filter, false, "reason", "Not about energy", "expectedCount", 1), org);
        assertThat(done.status()).isEqualTo(200);
        assertThat(api().get("/api/entries/" + b.entryId(), b.token()).get("status"))
                .isEqualTo("INELIGIBLE");
        assertThat(api().get("/api/entries/" + a.entryId(), a.token()).get("status"))
                .isEqualTo("SUBMITTED");
    }

    @Test
    void aDecisionOnEverythingMatchingRefusesIncompleteRequests() {
        Seasons seasons = seasons();
        Seasons.Program program = seasons.openAward(Duration.ofDays(3));
        String org = program.organizerToken();
        seasons.submitted(program);
        String base = "/api/programs/" + program.id() + "/entries/eligibility/matching";

        Api.Result noReason = api().post(base + "/preview", matching(Map.of(), false), org);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.list("errors")).extracting(e -> e.get("field")).contains("reason");

        Api.Result noCount = api().post(base, matching(Map.of(), true), org);
        assertThat(noCount.status()).isEqualTo(400);
        assertThat(noCount.list("errors")).extracting(e -> e.get("field")).contains("expectedCount");

        assertThat(api().post(base + "/preview", matching(Map.of("status", "DRAFT"), true), org)
                        .status())
                .isEqualTo(400);
        assertThat(api().get("/api/programs/" + program.id() + "/entries/counts", null)
                        .status())
                .isEqualTo(401);
        assertThat(api().post(
                                base + "/preview",
                                matching(Map.of(), true),
                                api().newUser("org", java.util.Set.of("ORGANIZER")))
                        .status())
                .isEqualTo(403);
    }
}
