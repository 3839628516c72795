package org.laurel.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.laurel.support.Seasons.awardBody;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.laurel.support.Api;

/** Program, category, form field, prize tier and round texts in Chinese and English (API.md, "Translatable text"). */
@MicronautTest(transactional = false)
class ProgramTranslationsApiTest {

    @Inject
    @Client("/")
    HttpClient client;

    Api api() {
        return new Api(client);
    }

    final Instant now = Instant.now();

    static Map<String, String> both(String zh, String en) {
        return Map.of("zh-CN", zh, "en", en);
    }

    Map<String, Object> bilingualAward() {
        Map<String, Object> body = awardBody("unused", now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(30)));
        body.put("title", both("前沿科技创新奖", "Frontier Innovation Award"));
        body.put("description", both("面向全球的奖项。", "A worldwide award."));
        body.put("categories", List.of(Map.of("name", both("基础研究", "Basic research")), Map.of("name", "Applied")));
        body.put(
                "formFields",
                List.of(Map.of(
                        "key",
                        "stage",
                        "label",
                        both("阶段", "Stage"),
                        "helpText",
                        both("", "How far along?"),
                        "type",
                        "SELECT",
                        "required",
                        true,
                        "options",
                        List.of(both("样机", "Prototype"), both("", "Revenue"), "Idea"))));
        body.put(
                "prizeTiers",
                List.of(
                        Map.of("name", both("金奖", "Gold"), "rank", 1, "count", 1),
                        Map.of("name", both("银奖", ""), "rank", 2, "count", 1, "categoryName", "Basic research")));
        return body;
    }

    Api.Result read(String path, String language, String token) {
        MutableHttpRequest<?> request = HttpRequest.GET(path);
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return api().send(request, token);
    }

    @Test
    void eachReaderGetsTheirLanguageAndEveryVersionUnderI18n() {
        String organizer = api().newUser("org", Set.of("ORGANIZER"));
        Api.Result created = api().post("/api/programs", bilingualAward(), organizer);
        assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
        long id = ((Number) created.get("id")).longValue();
        assertThat((String) created.get("slug")).startsWith("frontier-innovation-award");

        Api.Result zh = read("/api/programs/" + id, "zh-CN,zh;q=0.9,en;q=0.8", organizer);
        assertThat(zh.get("title")).isEqualTo("前沿科技创新奖");
        assertThat(zh.get("description")).isEqualTo("面向全球的奖项。");
        assertThat(zh.list("categories")).extracting(c -> c.get("name")).containsExactly("基础研究", "Applied");
        Map<String, Object> field = zh.list("formFields").get(0);
        assertThat(field.get("label")).isEqualTo("阶段");
        assertThat(field.get("helpText")).isEqualTo("How far along?");
        assertThat(field.get("options")).isEqualTo(List.of("样机", "Revenue", "Idea"));
        assertThat(field.get("optionLabels")).isEqualTo(List.of("样机", "Revenue", "Idea"));
        assertThat(zh.list("prizeTiers")).extracting(t -> t.get("name")).containsExactly("金奖", "银奖");
        assertThat(zh.list("prizeTiers").get(1).get("categoryId"))
                .isEqualTo(zh.list("categories").get(0).get("id"));

        Api.Result en = read("/api/programs/" + id, "en-US,en;q=0.9", organizer);
        assertThat(en.get("title")).isEqualTo("Frontier Innovation Award");
        assertThat(en.get("description")).isEqualTo("A worldwide award.");
        assertThat(en.list("categories")).extracting(c -> c.get("name")).containsExactly("Basic research", "Applied");
        field = en.list("formFields").get(0);
        assertThat(field.get("label")).isEqualTo("Stage");
        // Answers store the same values whatever the reader's language; the labels follow the reader.
        assertThat(field.get("options")).isEqualTo(List.of("样机", "Revenue", "Idea"));
        assertThat(field.get("optionLabels")).isEqualTo(List.of("Prototype", "Revenue", "Idea"));
        assertThat(en.list("prizeTiers")).extracting(t -> t.get("name")).containsExactly("Gold", "银奖");

        for (Api.Result r : List.of(zh, en)) {
            Map<?, ?> i18n = (Map<?, ?>) r.get("i18n");
            assertThat(i18n.get("title")).isEqualTo(both("前沿科技创新奖", "Frontier Innovation Award"));
            assertThat(i18n.get("description")).isEqualTo(both("面向全球的奖项。", "A worldwide award."));
            assertThat(((Map<?, ?>) r.list("categories").get(0).get("i18n")).get("name"))
                    .isEqualTo(both("基础研究", "Basic research"));
            assertThat(((Map<?, ?>) r.list("categories").get(1).get("i18n")).get("name"))
                    .isEqualTo(both("Applied", "Applied"));
            Map<?, ?> fieldTexts = (Map<?, ?>) r.list("formFields").get(0).get("i18n");
            assertThat(fieldTexts.get("label")).isEqualTo(both("阶段", "Stage"));
            assertThat(fieldTexts.get("helpText")).isEqualTo(both("", "How far along?"));
            assertThat(fieldTexts.get("options"))
                    .isEqualTo(Map.of(
                            "zh-CN", List.of("样机", "", "Idea"),
                            "en", List.of("Prototype", "Revenue", "Idea")));
            assertThat(((Map<?, ?>) r.list("prizeTiers").get(1).get("i18n")).get("name"))
                    .isEqualTo(both("银奖", ""));
        }
    }

    @Test
    void theListAndAnonymousReadersFollowTheHeaderAndPlainStringsMeanBothLanguages() {
        String organizer = api().newUser("org", Set.of("ORGANIZER"));
        long bilingual = ((Number)
                        api().post("/api/programs", bilingualAward(), organizer).get("id"))
                .longValue();
        Map<String, Object> plain = awardBody("Plain title", now.minus(Duration.ofHours(1)), now.plusSeconds(3600));
        Api.Result created = api().post("/api/programs", plain, organizer);
        assertThat(created.status()).isEqualTo(201);
        assertThat(((Map<?, ?>) created.get("i18n")).get("title")).isEqualTo(both("Plain title", "Plain title"));
        api().post("/api/programs/" + bilingual + "/publish", Map.of(), organizer);

        Api.Result en = read("/api/programs", "en", null);
        Map<String, Object> line = en.list("items").stream()
                .filter(p -> ((Number) p.get("id")).longValue() == bilingual)
                .findFirst()
                .orElseThrow();
        assertThat(line.get("title")).isEqualTo("Frontier Innovation Award");
        assertThat(line.get("categories")).isEqualTo(List.of("Basic research", "Applied"));
        assertThat(((Map<?, ?>) line.get("i18n")).get("title")).isEqualTo(both("前沿科技创新奖", "Frontier Innovation Award"));

        Api.Result zh = read("/api/programs/" + bilingual, "zh", null);
        assertThat(zh.get("title")).isEqualTo("前沿科技创新奖");
    }

    @Test
    void withoutAHeaderTheSignedInPersonsSavedLanguageDecides() {
        String organizer = api().newUser("org", Set.of("ORGANIZER"));
        long id = ((Number)
                        api().post("/api/programs", bilingualAward(), organizer).get("id"))
                .longValue();
        assertThat(api().put("/api/me", Map.of("language", "en"), organizer).status())
                .isEqualTo(200);
        assertThat(read("/api/programs/" + id, null, organizer).get("title")).isEqualTo("Frontier Innovation Award");
        assertThat(read("/api/programs/" + id, "zh-CN", organizer).get("title")).isEqualTo("前沿科技创新奖");
    }

    @Test
    void editsKeepBothLanguagesAndEitherLanguageNamesACategoryForATier() {
        String organizer = api().newUser("org", Set.of("ORGANIZER"));
        Api.Result created = api().post("/api/programs", bilingualAward(), organizer);
        long id = ((Number) created.get("id")).longValue();
        Map<String, Object> body = bilingualAward();
        body.put("title", both("", "English only"));
        body.put(
                "prizeTiers",
                List.of(Map.of("name", both("金奖", "Gold"), "rank", 1, "count", 1, "categoryName", "基础研究")));
        Api.Result updated = api().put("/api/programs/" + id, body, organizer);
        assertThat(updated.status()).as("%s", updated.body()).isEqualTo(200);
        assertThat(read("/api/programs/" + id, "zh-CN", organizer).get("title")).isEqualTo("English only");
        assertThat(updated.list("prizeTiers").get(0).get("categoryId"))
                .isEqualTo(updated.list("categories").get(0).get("id"));
    }

    @Test
    void aTextMissingInBothLanguagesIsAFieldError() {
        String organizer = api().newUser("org", Set.of("ORGANIZER"));
        Map<String, Object> body = bilingualAward();
        body.put("title", both("", " "));
        body.put("categories", List.of(Map.of("name", both("", ""))));
        body.put("prizeTiers", List.of(Map.of("name", both("很长很长很长很长很长", "x".repeat(101)), "rank", 1, "count", 1)));
        Api.Result r = api().post("/api/programs", body, organizer);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.fields()).contains("title", "categories[0].name", "prizeTiers[0].name");

        body = bilingualAward();
        body.put("title", 42);
        assertThat(api().post("/api/programs", body, organizer).status()).isEqualTo(400);
    }

    @Test
    void aRoundNameIsKeptInBothLanguages() {
        String organizer = api().newUser("org", Set.of("ORGANIZER"));
        long id = ((Number)
                        api().post("/api/programs", bilingualAward(), organizer).get("id"))
                .longValue();
        Map<String, Object> round = new HashMap<>();
        round.put("name", both("线上评审", "Online review"));
        round.put("mode", "ONLINE");
        round.put("aggregation", "MEAN");
        round.put("criteria", List.of(Map.of("name", "Impact", "weight", 1, "min", 0, "max", 10)));
        Api.Result created = api().post("/api/programs/" + id + "/rounds", round, organizer);
        assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
        long roundId = ((Number) created.get("id")).longValue();

        assertThat(read("/api/rounds/" + roundId, "en", organizer).get("name")).isEqualTo("Online review");
        Api.Result zh = read("/api/rounds/" + roundId, "zh-CN", organizer);
        assertThat(zh.get("name")).isEqualTo("线上评审");
        assertThat(((Map<?, ?>) zh.get("i18n")).get("name")).isEqualTo(both("线上评审", "Online review"));
        assertThat(read("/api/programs/" + id + "/rounds", "en", organizer).list("items"))
                .extracting(r -> r.get("name"))
                .containsExactly("Online review");

        round.put("name", both(" ", ""));
        Api.Result invalid = api().put("/api/rounds/" + roundId, round, organizer);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.fields()).contains("name");
    }

    @Test
    void answersStoreTheChoiceValuesAndNotificationsFollowTheirReadersSavedLanguage() {
        String organizer = api().newUser("org", Set.of("ORGANIZER"));
        Map<String, Object> award = bilingualAward();
        Api.Result created = api().post("/api/programs", award, organizer);
        long id = ((Number) created.get("id")).longValue();
        Object category = created.list("categories").get(0).get("id");
        api().post("/api/programs/" + id + "/publish", Map.of(), organizer);
        String email = Api.uniqueEmail("applicant");
        api().register(email, Api.PASSWORD, "Applicant");
        String applicant = api().token(email, Api.PASSWORD);
        api().put("/api/me", Map.of("language", "en"), applicant);

        Map<String, Object> entry = new HashMap<>();
        entry.put("title", "Perovskite tiles");
        entry.put("categoryId", category);
        entry.put("summary", "Tiles that last.");
        entry.put("team", List.of(Map.of("name", "Wang Wei")));
        entry.put("answers", Map.of("stage", "Prototype"));
        Api.Result refused = api().post("/api/programs/" + id + "/entries", entry, applicant);
        assertThat(refused.status()).as("a display text is not a value").isEqualTo(400);
        entry.put("answers", Map.of("stage", "样机"));
        Api.Result draft = api().post("/api/programs/" + id + "/entries", entry, applicant);
        assertThat(draft.status()).as("%s", draft.body()).isEqualTo(201);
        long entryId = ((Number) draft.get("id")).longValue();
        assertThat(api().post("/api/entries/" + entryId + "/submit", Map.of(), applicant)
                        .status())
                .isEqualTo(200);

        String english = notice(applicant);
        assertThat(english).contains("Frontier Innovation Award").doesNotContain("前沿科技创新奖");
        api().put("/api/me", Map.of("language", "zh-CN"), applicant);
        assertThat(notice(applicant)).contains("前沿科技创新奖");
    }

    /** The newest notification's title and body, as its reader reads them now (whatever the request asks). */
    private String notice(String token) {
        Api.Result r = read("/api/me/notifications", "fr", token);
        Map<String, Object> newest = r.list("items").get(0);
        return newest.get("title") + " " + newest.get("body");
    }
}
