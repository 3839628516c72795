package org.laurel.awards;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.laurel.support.Api;
import org.laurel.support.Lives;
import org.laurel.support.Lives.Live;
import org.laurel.support.Seasons;

@SuppressWarnings("unchecked")
@MicronautTest(transactional = false)
class AwardApiTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    Api api() {
        return new Api(client);
    }

    long tier(Live l, String name) {
        List<Map<String, Object>> tiers = (List<Map<String, Object>>)
                api().get("/api/programs/" + l.season().program().id(), l.org()).get("prizeTiers");
        return tiers.stream()
                .filter(t -> name.equals(t.get("name")))
                .map(t -> ((Number) t.get("id")).longValue())
                .findFirst()
                .orElseThrow();
    }

    String slug(Live l) {
        return (String) l.season().program().view().get("slug");
    }

    Api.Result publish(Live l, List<Map<String, Object>> winners, Map<String, Object> extra) {
        Map<String, Object> body = new java.util.HashMap<>(extra);
        body.put("winners", winners);
        return api().post("/api/programs/" + l.season().program().id() + "/announcements", body, l.org());
    }

    @Test
    void winnersAreProposedFromTheFinalRankingPublishedAndCorrectedAsANewVersion() throws Exception {
        Live l = Lives.finalized(api());
        long first = l.season().entryIds().get(1); // 80, category 2
        long second = l.season().entryIds().get(0); // 65, category 1 ("Basic research")
        long gold = tier(l, "Gold");
        long silver = tier(l, "Silver");

        Map<String, Object> proposal = api().get(
                        "/api/programs/" + l.season().program().id() + "/winners/proposal", l.org())
                .body();
        List<Map<String, Object>> tiers = (List<Map<String, Object>>) proposal.get("tiers");
        assertThat(tiers).extracting(t -> t.get("name")).containsExactly("Gold", "Silver");
        assertThat((List<Map<String, Object>>) tiers.get(0).get("proposed"))
                .extracting(c -> ((Number) c.get("entryId")).longValue())
                .containsExactly(first);
        assertThat((List<Map<String, Object>>) tiers.get(1).get("proposed"))
                .extracting(c -> ((Number) c.get("entryId")).longValue())
                .containsExactly(second);
        // Leaving out the judge who gave 80 and 65, both entries average 80 (trimming needs three cards):
        // a tie for Gold, so the prizes hang on that judge; leaving out either other judge changes nothing.
        List<Map<String, Object>> pivots = (List<Map<String, Object>>) proposal.get("tierPivots");
        assertThat(pivots)
                .extracting(
                        p -> ((Number) p.get("entryId")).longValue(),
                        p -> p.get("tier"),
                        p -> p.get("tierWithout"),
                        p -> p.get("tiedWithout"))
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(first, "Gold", "Gold", true),
                        org.assertj.core.groups.Tuple.tuple(second, "Silver", "Gold", true));
        assertThat(pivots)
                .extracting(p -> p.get("judgeName"))
                .containsOnly(pivots.get(0).get("judgeName"));

        Api.Result v1 = publish(
                l,
                List.of(
                        Map.of("entryId", first, "prizeTierId", gold),
                        Map.of("entryId", second, "prizeTierId", silver)),
                Map.of("publishScores", false, "releaseFeedback", true));
        assertThat(v1.status()).isEqualTo(201);
        assertThat(v1.get("version")).isEqualTo(1);
        assertThat((String) v1.get("sha256")).hasSize(64);
        assertThat(api().get("/api/entries/" + first, l.season().applicantToken())
                        .get("status"))
                .isEqualTo("AWARDED");
        List<Map<String, Object>> told =
                api().get("/api/me/notifications", l.season().applicantToken()).list("items");
        assertThat(told)
                .filteredOn(n -> "RESULTS_PUBLISHED".equals(n.get("kind")))
                .as("one per entry of theirs")
                .hasSize(2);

        Api.Result pub = api().get("/api/public/programs/" + slug(l) + "/winners", null);
        assertThat(pub.status()).isEqualTo(200);
        assertThat(pub.get("corrected")).isEqualTo(false);
        String publicJson = json.writeValueAsString(pub.body());
        assertThat(publicJson)
                .contains("Entry 1")
                .doesNotContain("\"score\":8")
                .doesNotContain("PRIVATE")
                .doesNotContain("departureReason\":\"");

        String silverCode = (String)
                api().get("/api/entries/" + second + "/outcome", l.season().applicantToken())
                        .get("certificateCode");
        assertThat(silverCode).isNotNull();
        // A correction: Silver is withdrawn. It departs from the ranking, so it needs a reason, and as v2 a note.
        List<Map<String, Object>> onlyGold = List.of(Map.of("entryId", first, "prizeTierId", gold));
        Api.Result bare = publish(l, onlyGold, Map.of("publishScores", true, "releaseFeedback", true));
        assertThat(bare.status()).isEqualTo(400);
        assertThat(bare.fields()).contains("note", "reason");
        Api.Result v2 = publish(
                l,
                onlyGold,
                Map.of(
                        "publishScores",
                        true,
                        "releaseFeedback",
                        true,
                        "note",
                        "Silver withdrawn: the entry broke the rules",
                        "reason",
                        "Disqualified after the final"));
        assertThat(v2.status()).isEqualTo(201);
        assertThat(v2.get("version")).isEqualTo(2);

        Map<String, Object> latest =
                api().get("/api/public/programs/" + slug(l) + "/winners", null).body();
        assertThat(latest.get("version")).isEqualTo(2);
        assertThat(latest.get("corrected")).isEqualTo(true);
        assertThat(latest.get("note")).isEqualTo("Silver withdrawn: the entry broke the rules");
        assertThat(latest.get("firstPublishedAt")).isNotNull();
        assertThat(json.writeValueAsString(latest)).contains("\"score\":80.0");
        Map<String, Object> old = api().get("/api/public/programs/" + slug(l) + "/winners?version=1", null)
                .body();
        assertThat(old.get("version")).isEqualTo(1);
        assertThat(json.writeValueAsString(old)).contains("Silver");
        assertThat(api().get("/api/public/programs/" + slug(l) + "/winners?version=9", null)
                        .status())
                .isEqualTo(404);
        assertThat(api().get("/api/entries/" + second, l.season().applicantToken())
                        .get("status"))
                .isEqualTo("NOT_AWARDED");
        Map<String, Object> revoked =
                api().get("/api/public/certificates/" + silverCode, null).body();
        assertThat(revoked.get("valid")).isEqualTo(true);
        assertThat(revoked.get("current")).as("taken back by the correction").isEqualTo(false);
        List<Map<String, Object>> after =
                api().get("/api/me/notifications", l.season().applicantToken()).list("items");
        assertThat(after)
                .filteredOn(n -> "RESULTS_PUBLISHED".equals(n.get("kind")))
                .as("the correction tells only the changed entry")
                .hasSize(3);

        List<Map<String, Object>> trail = api().get(
                        "/api/programs/" + l.season().program().id() + "/audit", l.org())
                .list("items");
        assertThat(trail).extracting(a -> a.get("action")).contains("ANNOUNCEMENT_PUBLISHED", "ANNOUNCEMENT_CORRECTED");
        assertThat(trail)
                .filteredOn(a -> "ANNOUNCEMENT_PUBLISHED".equals(a.get("action")))
                .allSatisfy(a -> assertThat(a.get("actorName"))
                        .as("who published, by name")
                        .isNotNull());
        assertThat(trail)
                .anyMatch(a -> "ANNOUNCEMENT_CORRECTED".equals(a.get("action"))
                        && ((String) a.get("reason")).contains("Disqualified after the final"));
    }

    @Test
    void applicantsSeeTheirOwnOutcomeFeedbackOnlyWhenReleasedAndCertificatesVerify() throws Exception {
        Live l = Lives.finalized(api());
        long first = l.season().entryIds().get(1);
        long gold = tier(l, "Gold");
        String applicant = l.season().applicantToken();
        Map<String, Object> before =
                api().get("/api/entries/" + first + "/outcome", applicant).body();
        assertThat(before.get("tier")).isNull();

        publish(
                l,
                List.of(Map.of("entryId", first, "prizeTierId", gold)),
                Map.of("publishScores", false, "releaseFeedback", false, "reason", "Only one prize this year"));
        Map<String, Object> hidden =
                api().get("/api/entries/" + first + "/outcome", applicant).body();
        assertThat(hidden.get("tier")).isEqualTo("Gold");
        assertThat(hidden.get("feedbackReleased")).isEqualTo(false);
        assertThat((List<?>) hidden.get("feedback")).isEmpty();

        publish(
                l,
                List.of(Map.of("entryId", first, "prizeTierId", gold)),
                Map.of(
                        "publishScores",
                        false,
                        "releaseFeedback",
                        true,
                        "reason",
                        "Only one prize this year",
                        "note",
                        "Feedback released"));
        Api.Result outcome = api().get("/api/entries/" + first + "/outcome", applicant);
        assertThat(outcome.get("feedbackReleased")).isEqualTo(true);
        List<Map<String, Object>> feedback = (List<Map<String, Object>>) outcome.get("feedback");
        assertThat(feedback).hasSize(3).allMatch(f -> "PRIVATE-FEEDBACK".equals(f.get("text")));
        assertThat(json.writeValueAsString(outcome.body())).doesNotContain("PRIVATE-COMMENT");

        String stranger = new Seasons(api())
                .person("nosy", Set.of("APPLICANT"), "Elsewhere")
                .token();
        assertThat(api().get("/api/entries/" + first + "/outcome", stranger).status())
                .isEqualTo(404);
        assertThat(api().get("/api/entries/" + first + "/outcome", l.org()).status())
                .isEqualTo(404);
        assertThat(api().get("/api/entries/" + first + "/outcome", null).status())
                .isEqualTo(401);

        String code = (String) outcome.get("certificateCode");
        assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
        Map<String, Object> check =
                api().get("/api/public/certificates/" + code, null).body();
        assertThat(check.get("valid")).isEqualTo(true);
        assertThat(check.get("current")).isEqualTo(true);
        assertThat(check.get("tier")).isEqualTo("Gold");
        assertThat(api().get("/api/public/certificates/ZZZZ-ZZZZ-ZZZZ", null).status())
                .isEqualTo(404);

        HttpResponse<byte[]> pdf =
                client.toBlocking().exchange(HttpRequest.GET("/api/certificates/" + code), byte[].class);
        assertThat(pdf.getContentType().map(Object::toString).orElse("")).startsWith("application/pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text)
                    .contains("Entry 1")
                    .contains(code)
                    .contains("Gold")
                    .contains("获")
                    .contains("CERTIFICATE OF AWARD");
            assertThat(text).doesNotContain("Wang Fang");
        }
        signedByTheJury(l);
        assertThat(certificateText(code, "en")).contains("Wang Fang").contains("Jury chair");
        assertThat(certificateText(code, "zh-CN"))
                .as("a rendering is kept per language and brand")
                .contains("王芳")
                .contains("评审会主席");
        try {
            client.toBlocking().exchange(HttpRequest.GET("/api/certificates/NOPE-NOPE-NOPE"), byte[].class);
            throw new AssertionError("expected 404");
        } catch (HttpClientResponseException e) {
            assertThat(e.getStatus().getCode()).isEqualTo(404);
        }
    }

    /** The organizer gives the program an accent, a bilingual signer and a signature image. */
    private void signedByTheJury(Live l) throws java.io.IOException {
        long programId = l.season().program().id();
        Map<String, Object> body = new java.util.HashMap<>(
                api().get("/api/programs/" + programId, l.org()).body());
        body.put(
                "brand",
                Map.of(
                        "accentColor", "#0B4F4A",
                        "signerName", Map.of("zh-CN", "王芳", "en", "Wang Fang"),
                        "signerTitle", Map.of("zh-CN", "评审会主席", "en", "Jury chair")));
        assertThat(api().put("/api/programs/" + programId, body, l.org()).status())
                .isEqualTo(200);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(
                new java.awt.image.BufferedImage(200, 60, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);
        assertThat(api().upload(
                                io.micronaut.http.HttpMethod.PUT,
                                "/api/programs/" + programId + "/signature",
                                "signature.png",
                                io.micronaut.http.MediaType.IMAGE_PNG_TYPE,
                                png.toByteArray(),
                                l.org())
                        .status())
                .isEqualTo(200);
    }

    private String certificateText(String code, String language) throws java.io.IOException {
        byte[] pdf = client.toBlocking()
                .retrieve(
                        HttpRequest.GET("/api/certificates/" + code).header("Accept-Language", language), byte[].class);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void publishingIsValidatedAndForTheProgramsOrganizersOnly() {
        Live l = Lives.finalized(api());
        long first = l.season().entryIds().get(1);
        long second = l.season().entryIds().get(0);
        long gold = tier(l, "Gold");
        long silver = tier(l, "Silver");

        Api.Result tooMany = publish(
                l,
                List.of(Map.of("entryId", first, "prizeTierId", gold), Map.of("entryId", second, "prizeTierId", gold)),
                Map.of("reason", "x"));
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat((String) tooMany.get("detail")).contains("Gold has 1 place");
        assertThat(publish(l, List.of(Map.of("entryId", 999999, "prizeTierId", gold)), Map.of("reason", "x"))
                        .fields())
                .contains("winners[0].entryId");
        assertThat(publish(l, List.of(Map.of("entryId", first, "prizeTierId", 999999)), Map.of("reason", "x"))
                        .fields())
                .contains("winners[0].prizeTierId");
        assertThat(publish(l, List.of(Map.of("entryId", first, "prizeTierId", silver)), Map.of("reason", "x"))
                        .fields())
                .as("Silver is for Basic research only")
                .contains("winners[0].prizeTierId");
        assertThat(api().get("/api/public/programs/" + slug(l) + "/winners", null)
                        .status())
                .as("nothing half-published")
                .isEqualTo(404);

        String path = "/api/programs/" + l.season().program().id() + "/announcements";
        Map<String, Object> body =
                Map.of("winners", List.of(Map.of("entryId", first, "prizeTierId", gold)), "reason", "x");
        assertThat(api().post(path, body, null).status()).isEqualTo(401);
        assertThat(api().post(path, body, l.judges().get(0).token()).status()).isEqualTo(403);
        String stranger = new Seasons(api())
                .person("org", Set.of("ORGANIZER"), "Elsewhere")
                .token();
        assertThat(api().post(path, body, stranger).status()).isIn(403, 404);
        assertThat(api().get("/api/programs/" + l.season().program().id() + "/winners/proposal", stranger)
                        .status())
                .isIn(403, 404);
        assertThat(api().get("/api/programs/999999/winners/proposal", l.org()).status())
                .isEqualTo(404);
    }

    @Test
    void noWinnersWhileTheCallIsStillOpen() {
        Live l = Lives.finalized(api());
        String path = "/api/programs/" + l.season().program().id() + "/winners/proposal";
        Map<String, Object> closed = api().get(path, l.org()).body();
        assertThat((List<String>) closed.get("allowedActions")).containsExactly("PUBLISH");
        assertThat((List<?>) closed.get("unavailableActions")).isEmpty();

        java.time.Instant closes =
                java.time.Instant.now().plusSeconds(3600).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        new Seasons(api()).moveDeadline(l.season().program(), closes);

        // Said before anybody tries: the page disables publishing and names the date.
        Api.Result proposal = api().get(path, l.org());
        assertThat((List<String>) proposal.get("allowedActions")).isEmpty();
        Map<String, Object> why = proposal.list("unavailableActions").get(0);
        assertThat(why.get("action")).isEqualTo("PUBLISH");
        assertThat(why.get("reason")).isEqualTo("CALL_STILL_OPEN");
        assertThat(java.time.OffsetDateTime.parse(why.get("at").toString()).toInstant())
                .isEqualTo(closes);

        Api.Result r = publish(
                l, List.of(Map.of("entryId", l.season().entryIds().get(1), "prizeTierId", tier(l, "Gold"))), Map.of());
        assertThat(r.status()).isEqualTo(409);
        String zone = (String) l.season().program().view().get("timeZone");
        String day = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", java.util.Locale.ENGLISH)
                .format(closes.atZone(java.time.ZoneId.of(zone)));
        assertThat((String) r.get("detail"))
                .isEqualTo("Entries can be submitted until " + day + " (" + zone
                        + "); announce the winners after the call closes.")
                .isEqualTo(why.get("detail"));
    }

    @Test
    void noWinnersBeforeTheFinalRoundIsFinalized() {
        Live l = Lives.create(api(), 2);
        Api.Result r = api().get("/api/programs/" + l.season().program().id() + "/winners/proposal", l.org());
        assertThat(r.status()).isEqualTo(409);
        assertThat((String) r.get("detail")).contains("finalize");
    }
}
