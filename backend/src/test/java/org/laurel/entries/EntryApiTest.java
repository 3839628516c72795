package org.laurel.entries;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.laurel.support.Api;
import org.laurel.support.MutableClock;
import org.laurel.support.Seasons;

@MicronautTest(transactional = false)
class EntryApiTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    Api api() {
        return new Api(client);
    }

    Seasons seasons() {
        return new Seasons(api());
    }

    @Test
    void anApplicantStartsSavesAndSubmitsAnEntryAndSeesItsTimeline() {
        Seasons.Program program = seasons().openAward(Duration.ofDays(3));
        String applicant = api().newUser("app", Set.of("APPLICANT"));

        Api.Result created = api().post(
                        "/api/programs/" + program.id() + "/entries", Map.of("title", "Perovskite forever"), applicant);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.get("status")).isEqualTo("DRAFT");
        assertThat(created.get("editable")).isEqualTo(true);
        long id = ((Number) created.get("id")).longValue();
        assertThat(created.header("Location")).isEqualTo("/api/entries/" + id);

        Api.Result saved = api().put("/api/entries/" + id, Seasons.entryBody(program, "Perovskite forever"), applicant);
        assertThat(saved.status()).isEqualTo(200);
        assertThat(((Map<?, ?>) saved.get("answers")).get("stage")).isEqualTo("Prototype");

        Api.Result submitted = api().post("/api/entries/" + id + "/submit", Map.of(), applicant);
        assertThat(submitted.status()).isEqualTo(200);
        assertThat(submitted.get("status")).isEqualTo("SUBMITTED");
        assertThat(submitted.get("submittedAt")).isNotNull();
        assertThat(submitted.list("timeline")).extracting(t -> t.get("type")).containsExactly("CREATED", "SUBMITTED");

        Api.Result mine = api().get("/api/entries/mine", applicant);
        assertThat(mine.list("items")).hasSize(1);
        assertThat(mine.list("items").get(0).get("programTitle"))
                .isEqualTo(program.view().get("title"));
        assertThat(mine.list("items").get(0).get("categoryName")).isEqualTo("Basic research");
    }

    @Test
    void submittingAnIncompleteEntryListsEveryGap() {
        Seasons.Program program = seasons().openAward(Duration.ofDays(3));
        String applicant = api().newUser("app", Set.of("APPLICANT"));
        long id = ((Number) api().post(
                                "/api/programs/" + program.id() + "/entries", Map.of("title", "Half done"), applicant)
                        .get("id"))
                .longValue();

        Api.Result r = api().post("/api/entries/" + id + "/submit", Map.of(), applicant);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.fields()).containsExactlyInAnyOrder("categoryId", "summary", "answers.pitch", "answers.stage");
        assertThat(api().get("/api/entries/" + id, applicant).get("status")).isEqualTo("DRAFT");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDraftSaysBeforeSubmittingWhichFieldsAreStillMissing() {
        Seasons.Program program = seasons().openAward(Duration.ofDays(3));
        String applicant = api().newUser("app", Set.of("APPLICANT"));
        long id = ((Number) api().post(
                                "/api/programs/" + program.id() + "/entries", Map.of("title", "Half done"), applicant)
                        .get("id"))
                .longValue();

        Api.Result draft = api().get("/api/entries/" + id, applicant);

        assertThat((List<String>) draft.get("allowedActions")).containsExactly("EDIT", "WITHDRAW");
        List<Map<String, Object>> unavailable = draft.list("unavailableActions");
        assertThat(unavailable).hasSize(1);
        Map<String, Object> submit = unavailable.get(0);
        assertThat(submit.get("action")).isEqualTo("SUBMIT");
        assertThat(submit.get("reason")).isEqualTo("INCOMPLETE");
        assertThat(submit.get("detail")).isEqualTo("4 fields need attention.");
        List<Map<String, Object>> missing = (List<Map<String, Object>>) submit.get("fields");
        assertThat(missing)
                .extracting(f -> f.get("field"))
                .containsExactly("categoryId", "summary", "answers.pitch", "answers.stage");
        assertThat(missing).extracting(f -> f.get("code")).containsOnly("required");
        assertThat(missing)
                .extracting(f -> f.get("message"))
                .containsExactly(
                        "Choose a category.",
                        "Enter a summary.",
                        "Fill in \u201cOne-line pitch\u201d.",
                        "Choose \u201cStage\u201d.");
        // The same gaps the refusal lists, so the page and the server never disagree.
        Api.Result refused = api().post("/api/entries/" + id + "/submit", Map.of(), applicant);
        assertThat(refused.fields()).containsExactly("categoryId", "summary", "answers.pitch", "answers.stage");

        Api.Result complete = api().put("/api/entries/" + id, Seasons.entryBody(program, "Half done"), applicant);

        assertThat((List<String>) complete.get("allowedActions")).containsExactly("EDIT", "SUBMIT", "WITHDRAW");
        assertThat(complete.list("unavailableActions")).isEmpty();
        Api.Result submitted = api().post("/api/entries/" + id + "/submit", Map.of(), applicant);
        assertThat((List<String>) submitted.get("allowedActions")).containsExactly("EDIT", "WITHDRAW");
        assertThat(submitted.list("unavailableActions"))
                .as("a submitted entry is not submitted again")
                .isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void fieldProblemsAreWholeSentencesWithAKindAScreenCanWord() {
        Seasons.Program program = seasons().openAward(Duration.ofDays(3));
        String applicant = api().newUser("app", Set.of("APPLICANT"));
        Map<String, Object> body = Seasons.entryBody(program, "");
        body.put("answers", Map.of("pitch", "x".repeat(81), "stage", "Unicorn", "website", "ftp://x"));
        body.put("team", List.of(Map.of("name", "", "email", "not-an-email")));

        Api.Result r = api().post("/api/programs/" + program.id() + "/entries", body, applicant);

        assertThat(r.status()).isEqualTo(400);
        List<Map<String, Object>> errors = r.list("errors");
        Map<Object, Object> codes = new HashMap<>();
        errors.forEach(e -> codes.put(e.get("field"), e.get("code")));
        assertThat(codes)
                .containsEntry("title", "required")
                .containsEntry("team[0].name", "required")
                .containsEntry("team[0].email", "not-an-email")
                .containsEntry("answers.pitch", "too-long")
                .containsEntry("answers.stage", "not-an-option")
                .containsEntry("answers.website", "not-a-url");
        assertThat(errors)
                .extracting(e -> (String) e.get("message"))
                .allSatisfy(m -> assertThat(m).matches("^[A-Z].*\\.$"));
        assertThat(errors)
                .filteredOn(e -> "title".equals(e.get("field")))
                .extracting(e -> e.get("message"))
                .containsExactly("Enter a title.");
    }

    @Test
    void answersAreCheckedAgainstTheFormEvenInDrafts() {
        Seasons.Program program = seasons().openAward(Duration.ofDays(3));
        String applicant = api().newUser("app", Set.of("APPLICANT"));
        Map<String, Object> body = Seasons.entryBody(program, "Typed");
        body.put(
                "answers",
                Map.of(
                        "pitch",
                        "x".repeat(81),
                        "stage",
                        "Unicorn",
                        "website",
                        "javascript:alert(1)",
                        "unknownKey",
                        "dropped"));
        body.put("categoryId", 99999999);
        body.put("title", "");
        body.put("team", List.of(Map.of("name", "", "email", "not-an-email")));

        Api.Result r = api().post("/api/programs/" + program.id() + "/entries", body, applicant);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.fields())
                .containsExactlyInAnyOrder(
                        "title",
                        "team[0].name",
                        "team[0].email",
                        "categoryId",
                        "answers.pitch",
                        "answers.stage",
                        "answers.website");
        assertThat(api().get("/api/entries/mine", applicant).list("items")).isEmpty();
    }

    @Test
    void editsOfASubmittedEntryAreRevalidated() {
        Seasons.Program program = seasons().openAward(Duration.ofDays(3));
        Seasons.Applicant a = seasons().submitted(program);
        Map<String, Object> body = Seasons.entryBody(program, "Changed title");
        body.put("answers", Map.of("stage", "Idea"));

        Api.Result r = api().put("/api/entries/" + a.entryId(), body, a.token());

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.fields()).containsExactly("answers.pitch");
        assertThat(api().get("/api/entries/" + a.entryId(), a.token()).get("title"))
                .isNotEqualTo("Changed title");

        Api.Result ok =
                api().put("/api/entries/" + a.entryId(), Seasons.entryBody(program, "Changed title"), a.token());
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.get("status")).isEqualTo("SUBMITTED");
        assertThat(ok.list("timeline")).extracting(t -> t.get("type")).contains("UPDATED");
    }

    @Test
    void afterTheDeadlineEditsAndSubmitsAre409NamingTheDeadline() {
        Seasons.Program program = seasons().openAward(Duration.ofHours(1));
        Seasons.Applicant draft = seasons().draft(program);
        Seasons.Applicant submitted = seasons().submitted(program);

        clock.advance(Duration.ofHours(2));

        Api.Result submit = api().post("/api/entries/" + draft.entryId() + "/submit", Map.of(), draft.token());
        assertThat(submit.status()).isEqualTo(409);
        assertThat((String) submit.get("type")).endsWith("/submission-closed");
        java.time.Instant closes = java.time.OffsetDateTime.parse(
                        program.view().get("submissionClosesAt").toString())
                .toInstant();
        String readable = java.time.format.DateTimeFormatter.ofPattern(
                        "d MMMM yyyy 'at' HH:mm", java.util.Locale.ENGLISH)
                .format(closes.atZone(java.time.ZoneId.of("Asia/Shanghai")));
        assertThat((String) submit.get("detail"))
                .startsWith("The submission window closed on " + readable)
                .contains("(Asia/Shanghai)")
                .doesNotContain(closes.toString().substring(0, 16));
        Map<String, Object> late = api().get("/api/entries/" + draft.entryId(), draft.token())
                .list("unavailableActions")
                .get(0);
        assertThat(late.get("action")).isEqualTo("SUBMIT");
        assertThat(late.get("reason")).isEqualTo("WINDOW_CLOSED");
        assertThat(java.time.OffsetDateTime.parse(late.get("at").toString()).toInstant())
                .isEqualTo(closes);
        assertThat(late.get("detail")).isEqualTo(submit.get("detail"));
        assertThat(api().put(
                                "/api/entries/" + submitted.entryId(),
                                Seasons.entryBody(program, "Late"),
                                submitted.token())
                        .status())
                .isEqualTo(409);
        assertThat(api().post(
                                "/api/programs/" + program.id() + "/entries",
                                Map.of("title", "Too late"),
                                api().newUser("late", Set.of("APPLICANT")))
                        .status())
                .isEqualTo(409);
        Api.Result locked = api().get("/api/entries/" + submitted.entryId(), submitted.token());
        assertThat(locked.get("editable")).isEqualTo(false);
        assertThat(locked.get("status")).isEqualTo("SUBMITTED");
    }

    @Test
    void anotherApplicantsEntryIs404AndDraftsAreInvisibleToOrganizers() {
        Seasons.Program program = seasons().openAward(Duration.ofDays(3));
        Seasons.Applicant a = seasons().draft(program);
        String stranger = api().newUser("stranger", Set.of("APPLICANT"));

        assertThat(api().get("/api/entries/" + a.entryId(), stranger).status()).isEqualTo(404);
        assertThat(api().put("/api/entries/" + a.entryId(), Seasons.entryBody(program, "Mine now"), stranger)
                        .status())
                .isEqualTo(404);
        assertThat(api().post("/api/entries/" + a.entryId() + "/submit", Map.of(), stranger)
                        .status())
                .isEqualTo(404);
        assertThat(api().post("/api/entries/" + a.entryId() + "/withdraw", Map.of(), stranger)
                        .status())
                .isEqualTo(404);
        assertThat(api().get("/api/entries/" + a.entryId(), program.organizerToken())
                        .status())
                .isEqualTo(404);
        assertThat(api().get("/api/entries/" + a.entryId(), null).status()).isEqualTo(401);
        assertThat(api().get("/api/entries/99999999", stranger).status()).isEqualTo(404);
    }

    @Test
    void organizersReadSubmittedEntriesButCannotEditThem() {
        Seasons.Program program = seasons().openAward(Duration.ofDays(3));
        Seasons.Applicant a = seasons().submitted(program);

        Api.Result read = api().get("/api/entries/" + a.entryId(), program.organizerToken());
        assertThat(read.status()).isEqualTo(200);
        assertThat(((Map<?, ?>) read.get("applicant")).get("displayName")).isEqualTo("Applicant");

        assertThat(api().put(
                                "/api/entries/" + a.entryId(),
                                Seasons.entryBody(program, "Organizer edit"),
                                program.organizerToken())
                        .status())
                .isEqualTo(403);
        String otherOrganizer = api().newUser("org2", Set.of("ORGANIZER"));
        assertThat(api().get("/api/entries/" + a.entryId(), otherOrganizer).status())
                .isEqualTo(404);
    }

    @Test
    void withdrawingIsPossibleBeforeResultsAndOnlyOnce() {
        Seasons.Program program = seasons().openAward(Duration.ofDays(3));
        Seasons.Applicant a = seasons().submitted(program);

        Api.Result r = api().post("/api/entries/" + a.entryId() + "/withdraw", Map.of(), a.token());
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.get("status")).isEqualTo("WITHDRAWN");
        assertThat(api().post("/api/entries/" + a.entryId() + "/withdraw", Map.of(), a.token())
                        .status())
                .isEqualTo(409);
        assertThat(api().post("/api/entries/" + a.entryId() + "/submit", Map.of(), a.token())
                        .status())
                .isEqualTo(409);
    }

    @Test
    void submittingTwiceIsAHarmlessRepeat() {
        Seasons.Program program = seasons().openAward(Duration.ofDays(3));
        Seasons.Applicant a = seasons().submitted(program);

        Api.Result again = api().post("/api/entries/" + a.entryId() + "/submit", Map.of(), a.token());

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.list("timeline")).extracting(t -> t.get("type")).containsOnlyOnce("SUBMITTED");
    }

    @Test
    void onlyApplicantsStartEntriesAndOnlyInPublishedPrograms() {
        Seasons.Program program = seasons().openAward(Duration.ofDays(3));
        String judge = api().newUser("judge", Set.of("JUDGE"));
        assertThat(api().post("/api/programs/" + program.id() + "/entries", Map.of("title", "x"), judge)
                        .status())
                .isEqualTo(403);
        assertThat(api().post("/api/programs/" + program.id() + "/entries", Map.of("title", "x"), null)
                        .status())
                .isEqualTo(401);
        assertThat(api().get("/api/entries/mine", judge).status()).isEqualTo(403);

        String organizer = api().newUser("org", Set.of("ORGANIZER"));
        java.time.Instant now = java.time.Instant.now();
        long draftProgram = ((Number) api().post(
                                "/api/programs",
                                Seasons.awardBody("Draft", now, now.plus(Duration.ofDays(1))),
                                organizer)
                        .get("id"))
                .longValue();
        assertThat(api().post(
                                "/api/programs/" + draftProgram + "/entries",
                                Map.of("title", "x"),
                                api().newUser("app", Set.of("APPLICANT")))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void screeningFiltersSortsPagesAndIsForOrganizersOnly() {
        Seasons seasons = seasons();
        Seasons.Program program = seasons.openAward(Duration.ofDays(3));
        Seasons.Applicant first = seasons.submitted(program);
        Seasons.Applicant second = seasons.submitted(program);
        seasons.draft(program); // never listed
        Map<String, Object> body = new HashMap<>(Seasons.entryBody(program, "Quantum sensor"));
        body.put("categoryId", program.categoryIds().get(1));
        body.put("organization", "Qubit & Co");
        api().put("/api/entries/" + second.entryId(), body, second.token());
        String org = program.organizerToken();
        String base = "/api/programs/" + program.id() + "/entries";

        Api.Result all = api().get(base, org);
        assertThat(all.status()).isEqualTo(200);
        assertThat(((Number) all.get("total")).intValue()).isEqualTo(2);
        assertThat(all.list("items"))
                .extracting(i -> ((Number) i.get("id")).longValue())
                .containsExactly(first.entryId(), second.entryId());

        assertThat(api().get(base + "?q=QUANTUM", org).list("items"))
                .extracting(i -> i.get("title"))
                .containsExactly("Quantum sensor");
        assertThat(api().get(base + "?q=qubit", org).list("items")).hasSize(1);
        assertThat(api().get(base + "?categoryId=" + program.categoryIds().get(1), org)
                        .list("items"))
                .hasSize(1);
        assertThat(api().get(base + "?sort=title,desc", org)
                        .list("items")
                        .get(0)
                        .get("title"))
                .isEqualTo("Quantum sensor");
        Api.Result page1 = api().get(base + "?size=1&page=1", org);
        assertThat(page1.list("items")).hasSize(1);
        assertThat(((Number) page1.get("total")).intValue()).isEqualTo(2);
        assertThat(api().get(base + "?sort=password", org).status()).isEqualTo(400);
        assertThat(api().get(base + "?status=DRAFT", org).status()).isEqualTo(400);
        assertThat(api().get(base + "?status=NONSENSE", org).status()).isEqualTo(400);

        assertThat(api().get(base, first.token()).status()).isEqualTo(403);
        assertThat(api().get(base, api().newUser("judge", Set.of("JUDGE"))).status())
                .isEqualTo(403);
        assertThat(api().get(base, api().newUser("org2", Set.of("ORGANIZER"))).status())
                .isEqualTo(403);
        assertThat(api().get(base, null).status()).isEqualTo(401);
    }

    @Test
    void organizersMarkEntriesEligibleOrIneligibleWithAReason() {
        Seasons seasons = seasons();
        Seasons.Program program = seasons.openAward(Duration.ofDays(3));
        Seasons.Applicant a = seasons.submitted(program);
        String org = program.organizerToken();

        Api.Result noReason =
                api().post("/api/entries/" + a.entryId() + "/eligibility", Map.of("eligible", false), org);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.fields()).containsExactly("reason");

        Api.Result ineligible = api().post(
                        "/api/entries/" + a.entryId() + "/eligibility",
                        Map.of("eligible", false, "reason", "Company founded before 2020"),
                        org);
        assertThat(ineligible.get("status")).isEqualTo("INELIGIBLE");
        assertThat(ineligible.get("eligibilityReason")).isEqualTo("Company founded before 2020");

        Api.Result eligible = api().post("/api/entries/" + a.entryId() + "/eligibility", Map.of("eligible", true), org);
        assertThat(eligible.get("status")).isEqualTo("ELIGIBLE");
        assertThat(api().get("/api/entries/" + a.entryId(), a.token()).list("timeline"))
                .extracting(t -> t.get("type"))
                .containsExactly("CREATED", "SUBMITTED", "INELIGIBLE", "ELIGIBLE");
        assertThat(api().put("/api/entries/" + a.entryId(), Seasons.entryBody(program, "After screening"), a.token())
                        .status())
                .isEqualTo(409);

        assertThat(api().post("/api/entries/" + a.entryId() + "/eligibility", Map.of("eligible", true), a.token())
                        .status())
                .isEqualTo(403);
        assertThat(api().post(
                                "/api/entries/" + a.entryId() + "/eligibility",
                                Map.of("eligible", true),
                                api().newUser("org2", Set.of("ORGANIZER")))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void bulkEligibilityReportsEachEntry() {
        Seasons seasons = seasons();
        Seasons.Program program = seasons.openAward(Duration.ofDays(3));
        Seasons.Applicant a = seasons.submitted(program);
        Seasons.Applicant b = seasons.submitted(program);
        Seasons.Applicant draft = seasons.draft(program);
        api().post("/api/entries/" + b.entryId() + "/withdraw", Map.of(), b.token());

        Api.Result r = api().post(
                        "/api/programs/" + program.id() + "/entries/eligibility",
                        Map.of("entryIds", List.of(a.entryId(), b.entryId(), draft.entryId()), "eligible", true),
                        program.organizerToken());

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.list("items")).extracting(o -> o.get("ok")).containsExactly(true, false, false);
        assertThat(api().get("/api/entries/" + a.entryId(), a.token()).get("status"))
                .isEqualTo("ELIGIBLE");
        assertThat(api().get("/api/entries/" + b.entryId(), b.token()).get("status"))
                .isEqualTo("WITHDRAWN");
    }

    @Test
    void exportsTheScreeningTableAsCsvWithFormulasNeutralised() {
        Seasons seasons = seasons();
        Seasons.Program program = seasons.openAward(Duration.ofDays(3));
        Seasons.Applicant a = seasons.submitted(program);
        Map<String, Object> body = new HashMap<>(Seasons.entryBody(program, "=HYPERLINK(\"http://evil\",\"x\")"));
        body.put("organization", "+Cmd, \"quoted\"");
        api().put("/api/entries/" + a.entryId(), body, a.token());

        var response = client.toBlocking()
                .exchange(
                        io.micronaut.http.HttpRequest.GET(
                                        "/api/programs/" + program.id() + "/entries/export?format=csv")
                                .header("Accept-Language", "en")
                                .bearerAuth(program.organizerToken()),
                        String.class);

        assertThat(response.getHeaders().get("Content-Disposition"))
                .contains("attachment")
                .contains(".csv");
        String[] lines = response.body().replace("\uFEFF", "").split("\r\n");
        assertThat(lines[0])
                .startsWith(
                        "ID,Title,Category,Status,Organization,Applicant,Applicant email,Team,Submitted at (Asia/Shanghai)")
                .endsWith("One-line pitch,Stage,Website");
        assertThat(lines).hasSize(2);
        assertThat(lines[1])
                .startsWith(
                        a.entryId()
                                + ",\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",Basic research,Submitted,\"'+Cmd, \"\"quoted\"\"\"")
                .endsWith(",Solar that lasts,Prototype,https://photon.example");

        // A reader of Chinese gets Chinese headers and statuses; the data stays as entered.
        String[] chinese = client.toBlocking()
                .exchange(
                        io.micronaut.http.HttpRequest.GET(
                                        "/api/programs/" + program.id() + "/entries/export?format=csv")
                                .header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8")
                                .bearerAuth(program.organizerToken()),
                        String.class)
                .body()
                .replace("\uFEFF", "")
                .split("\r\n");
        assertThat(chinese[0]).startsWith("编号,标题,类别,状态,单位,申报人,申报人邮箱,团队,提交时间（Asia/Shanghai）");
        assertThat(chinese[1]).contains(",Basic research,已提交,");

        var xlsx = client.toBlocking()
                .exchange(
                        io.micronaut.http.HttpRequest.GET(
                                        "/api/programs/" + program.id() + "/entries/export?format=xlsx")
                                .bearerAuth(program.organizerToken()),
                        byte[].class);
        assertThat(xlsx.body()).startsWith('P', 'K');
        assertThat(api().get("/api/programs/" + program.id() + "/entries/export?format=pdf", program.organizerToken())
                        .status())
                .isEqualTo(400);
        assertThat(api().get("/api/programs/" + program.id() + "/entries/export", a.token())
                        .status())
                .isEqualTo(403);
    }
}
