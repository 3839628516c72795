package org.laurel.programs;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.laurel.support.Api;
import org.laurel.support.Seasons;

/** A program's accent colour and certificate signer, saved with the program (issue 13, item 8). */
@MicronautTest(transactional = false)
class ProgramBrandApiTest {

    @Inject
    @Client("/")
    HttpClient client;

    Api api() {
        return new Api(client);
    }

    final Instant now = Instant.now();

    Map<String, Object> body(String title) {
        return Seasons.awardBody(title, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(30)));
    }

    static Map<String, Object> brand(String accent) {
        Map<String, Object> brand = new HashMap<>();
        brand.put("accentColor", accent);
        brand.put("signerName", Map.of("zh-CN", "王芳", "en", "Wang Fang"));
        brand.put("signerTitle", Map.of("zh-CN", "", "en", "Jury chair"));
        return brand;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> brandOf(Api.Result r) {
        return (Map<String, Object>) r.get("brand");
    }

    @Test
    void anOrganizerSetsAnAccentAndTheServerSaysWhichTextReadsOnIt() {
        String organizer = api().newUser("organizer", Set.of("ORGANIZER"));
        Map<String, Object> body = body("Branded " + System.nanoTime());
        body.put("brand", brand("#0b4f4a"));

        Api.Result created = api().post("/api/programs", body, organizer);

        assertThat(created.status()).isEqualTo(201);
        Map<String, Object> brand = brandOf(created);
        assertThat(brand.get("accentColor")).isEqualTo("#0B4F4A");
        assertThat(brand.get("accentText")).isEqualTo("#FFFFFF");
        assertThat(brand.get("signatureUrl")).isNull();
        assertThat(brand.get("i18n"))
                .isEqualTo(Map.of(
                        "signerName", Map.of("zh-CN", "王芳", "en", "Wang Fang"),
                        "signerTitle", Map.of("zh-CN", "", "en", "Jury chair")));

        long id = ((Number) created.get("id")).longValue();
        body.put("brand", brand("#FFD400"));
        Map<String, Object> light = brandOf(api().put("/api/programs/" + id, body, organizer));
        assertThat(light.get("accentText")).isEqualTo("#111111");
    }

    @Test
    void theSignerIsShownInTheReadersLanguageAndAnEmptySideShowsTheOther() {
        String organizer = api().newUser("organizer", Set.of("ORGANIZER"));
        Map<String, Object> body = body("Signed " + System.nanoTime());
        body.put("brand", brand(null));
        long id = ((Number) api().post("/api/programs", body, organizer).get("id")).longValue();

        Map<String, Object> zh = brandOf(
                api().send(HttpRequest.GET("/api/programs/" + id).header("Accept-Language", "zh-CN"), organizer));
        Map<String, Object> en =
                brandOf(api().send(HttpRequest.GET("/api/programs/" + id).header("Accept-Language", "en"), organizer));

        assertThat(zh.get("signerName")).isEqualTo("王芳");
        assertThat(zh.get("signerTitle")).isEqualTo("Jury chair");
        assertThat(en.get("signerName")).isEqualTo("Wang Fang");
        assertThat(zh.get("accentColor")).isNull();
        assertThat(zh.get("accentText")).isNull();
    }

    @Test
    void aSaveWithoutABrandKeepsTheStoredOne() {
        Seasons.Program program = new Seasons(api()).openAward(Duration.ofDays(3));
        String org = program.organizerToken();
        Map<String, Object> body = body("Kept " + System.nanoTime());
        body.put("slug", program.view().get("slug"));
        body.put("brand", brand("#1E6FD9"));
        assertThat(api().put("/api/programs/" + program.id(), body, org).status())
                .isEqualTo(200);

        body.remove("brand");
        body.put("description", "A new description, nothing about the brand.");
        Api.Result saved = api().put("/api/programs/" + program.id(), body, org);

        assertThat(saved.status()).isEqualTo(200);
        assertThat(brandOf(saved).get("accentColor")).isEqualTo("#1E6FD9");
        assertThat(brandOf(api().get("/api/programs/" + program.id(), null)))
                .containsEntry("accentColor", "#1E6FD9")
                .containsEntry("accentText", "#FFFFFF")
                .containsEntry("signerName", "王芳");
    }

    @Test
    void aBrandSentWithoutAnAccentClearsIt() {
        Seasons.Program program = new Seasons(api()).openAward(Duration.ofDays(3));
        String org = program.organizerToken();
        Map<String, Object> body = body("Cleared " + System.nanoTime());
        body.put("slug", program.view().get("slug"));
        body.put("brand", brand("#1E6FD9"));
        api().put("/api/programs/" + program.id(), body, org);

        body.put("brand", Map.of("accentColor", ""));
        Map<String, Object> brand = brandOf(api().put("/api/programs/" + program.id(), body, org));

        assertThat(brand.get("accentColor")).isNull();
        assertThat(brand.get("accentText")).isNull();
        assertThat(brand.get("signerName")).isEqualTo("");
    }

    @Test
    void aBadAccentIsAClearFieldErrorAndChangesNothing() {
        Seasons.Program program = new Seasons(api()).openAward(Duration.ofDays(3));
        String org = program.organizerToken();
        Map<String, Object> body = body("Bad accent " + System.nanoTime());
        body.put("slug", program.view().get("slug"));
        body.put("brand", Map.of("accentColor", "blue"));

        Api.Result refused = api().put("/api/programs/" + program.id(), body, org);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.get("type")).asString().endsWith("/validation");
        assertThat(refused.get("detail"))
                .asString()
                .contains("brand.accentColor")
                .contains("#RRGGBB");
        assertThat(refused.fields()).containsExactly("brand.accentColor");
        assertThat(brandOf(api().get("/api/programs/" + program.id(), null)).get("accentColor"))
                .isNull();
        assertThat(api().post("/api/programs", body, org).status()).isEqualTo(400);
    }

    @Test
    void aBrandOfTheWrongShapeIsA400NotAServerError() {
        Seasons.Program program = new Seasons(api()).openAward(Duration.ofDays(3));
        Map<String, Object> body = body("Wrong shape " + System.nanoTime());
        body.put("slug", program.view().get("slug"));
        body.put("brand", "#1E6FD9");

        assertThat(api().put("/api/programs/" + program.id(), body, program.organizerToken())
                        .status())
                .isEqualTo(400);
    }

    @Test
    void aBrandChangeIsInTheAuditTrail() {
        Seasons.Program program = new Seasons(api()).openAward(Duration.ofDays(3));
        String org = program.organizerToken();
        Map<String, Object> body = body("Audited " + System.nanoTime());
        body.put("slug", program.view().get("slug"));
        body.put("brand", brand("#1E6FD9"));

        api().put("/api/programs/" + program.id(), body, org);

        assertThat(api().get("/api/programs/" + program.id() + "/audit", org).list("items"))
                .filteredOn(i -> "PROGRAM_CHANGED".equals(i.get("action")))
                .anySatisfy(i -> assertThat(String.valueOf(i.get("after")))
                        .contains("#1E6FD9")
                        .contains("王芳 / Wang Fang"));
    }

    @Test
    void theSignaturesAddressIsShownOnlyToOrganizers() throws java.io.IOException {
        Seasons.Program program = new Seasons(api()).openAward(Duration.ofDays(3));
        String org = program.organizerToken();
        new ProgramSignatureApiTest.Uploads(api())
                .signature(program.id(), ProgramLogoApiTest.image("png", 80, 30), org);

        assertThat(brandOf(api().get("/api/programs/" + program.id(), org)).get("signatureUrl"))
                .asString()
                .startsWith("/api/programs/" + program.id() + "/signature?v=");
        assertThat(brandOf(api().get("/api/programs/" + program.id(), null)).get("signatureUrl"))
                .isNull();
        String applicant = api().newUser("applicant", Set.of("APPLICANT"));
        assertThat(brandOf(api().get("/api/programs/" + program.id(), applicant))
                        .get("signatureUrl"))
                .isNull();
    }
}
