package org.laurel.judging;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
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

/**
 * Blind rounds hide identifying attachments and every applicant-chosen file name from judges, at
 * every endpoint a judge can reach: the judge's entry view, the download, the live tablet.
 */
@SuppressWarnings("unchecked")
@MicronautTest(transactional = false)
class BlindFilesApiTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Inject
    @Client("/")
    HttpClient client;

    Api api() {
        return new Api(client);
    }

    Seasons seasons() {
        return new Seasons(api());
    }

    /** An entry with a deck (not identifying) and a CV (an identifying file field), in a started round of one judge. */
    record Blind(
            long roundId,
            long entryId,
            long deckId,
            long cvId,
            Seasons.Person judge,
            String organizer,
            String applicant) {}

    Blind blindRound(boolean blind) {
        String org = api().newUser("organizer", Set.of("ORGANIZER"));
        Instant now = Instant.now();
        Map<String, Object> body = Seasons.awardBody(
                "Blind " + System.nanoTime(), now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(3)));
        List<Object> fields = new ArrayList<>((List<Object>) body.get("formFields"));
        fields.add(Map.of("key", "cv", "label", "Founder CV", "type", "FILE", "required", false, "identifying", true));
        body.put("formFields", fields);
        long programId = ((Number) api().post("/api/programs", body, org).get("id")).longValue();
        Api.Result published = api().post("/api/programs/" + programId + "/publish", Map.of(), org);
        long category = ((Number) published.list("categories").get(0).get("id")).longValue();
        Seasons.Program program = new Seasons.Program(programId, org, List.of(category), published.body());

        Seasons.Applicant a = seasons().draft(program);
        long deck = ((Number) upload(a.entryId(), "Photon Labs deck.pdf", "deck", a.token())
                        .get("id"))
                .longValue();
        long cv = ((Number)
                        upload(a.entryId(), "Wang Wei CV.pdf", "cv", a.token()).get("id"))
                .longValue();
        assertThat(api().post("/api/entries/" + a.entryId() + "/submit", Map.of(), a.token())
                        .status())
                .isEqualTo(200);
        api().post("/api/entries/" + a.entryId() + "/eligibility", Map.of("eligible", true), org);

        Map<String, Object> round = new HashMap<>(JudgingApiTest.round(1, blind));
        long roundId = ((Number) api().post("/api/programs/" + programId + "/rounds", round, org)
                        .get("id"))
                .longValue();
        Seasons.Person judge = seasons().person("judge", Set.of("JUDGE"), "Jury");
        api().put("/api/rounds/" + roundId + "/panel", Map.of("judgeIds", List.of(judge.id())), org);
        api().post("/api/rounds/" + roundId + "/assignments/auto", Map.of(), org);
        assertThat(api().post("/api/rounds/" + roundId + "/open", Map.of(), org).status())
                .isEqualTo(200);
        return new Blind(roundId, a.entryId(), deck, cv, judge, org, a.token());
    }

    Api.Result upload(long entryId, String name, String fieldKey, String token) {
        MultipartBody body = MultipartBody.builder()
                .addPart("file", name, MediaType.APPLICATION_PDF_TYPE, PDF)
                .addPart("fieldKey", fieldKey)
                .build();
        Api.Result r = api().send(
                        HttpRequest.POST("/api/entries/" + entryId + "/attachments", body)
                                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE),
                        token);
        assertThat(r.status()).as(String.valueOf(r.body())).isEqualTo(201);
        return r;
    }

    String file(long entryId, long attachmentId) {
        return "/api/entries/" + entryId + "/attachments/" + attachmentId;
    }

    @Test
    void aJudgeOfABlindRoundCannotDownloadAnIdentifyingAttachment() {
        Blind b = blindRound(true);

        Api.Result cv = api().get(file(b.entryId(), b.cvId()), b.judge().token());

        assertThat(cv.status()).isEqualTo(404);
        assertThat(cv.contentType()).startsWith("application/problem+json");
        assertThat(String.valueOf(cv.body())).doesNotContain("Wang Wei");
        // The applicant and the organizer still get it, under its own name.
        assertThat(api().get(file(b.entryId(), b.cvId()), b.applicant()).status())
                .isEqualTo(200);
        Api.Result organizer = api().get(file(b.entryId(), b.cvId()), b.organizer());
        assertThat(organizer.status()).isEqualTo(200);
        assertThat(organizer.header("Content-Disposition")).contains("Wang Wei CV.pdf");
    }

    @Test
    void aJudgeOfABlindRoundSeesNeutralFileNamesInTheViewAndTheDownload() {
        Blind b = blindRound(true);

        Api.Result view = api().get(
                        "/api/rounds/" + b.roundId() + "/entries/" + b.entryId(),
                        b.judge().token());
        Api.Result deck = api().get(file(b.entryId(), b.deckId()), b.judge().token());

        assertThat(view.status()).isEqualTo(200);
        List<Map<String, Object>> files =
                (List<Map<String, Object>>) ((Map<String, Object>) view.get("entry")).get("attachments");
        assertThat(files).extracting(f -> ((Number) f.get("id")).longValue()).containsExactly(b.deckId());
        assertThat(files.get(0).get("fileName")).isEqualTo("attachment-" + b.deckId() + ".pdf");
        assertThat(view.body().toString()).doesNotContain("Photon Labs deck", "Wang Wei");
        assertThat(deck.status()).isEqualTo(200);
        assertThat(deck.header("Content-Disposition"))
                .contains("attachment-" + b.deckId() + ".pdf")
                .doesNotContain("Photon");
    }

    @Test
    void aJudgeOfAnOpenRoundSeesEveryFileUnderItsOwnName() {
        Blind b = blindRound(false);

        Api.Result view = api().get(
                        "/api/rounds/" + b.roundId() + "/entries/" + b.entryId(),
                        b.judge().token());
        Api.Result cv = api().get(file(b.entryId(), b.cvId()), b.judge().token());

        List<Map<String, Object>> files =
                (List<Map<String, Object>>) ((Map<String, Object>) view.get("entry")).get("attachments");
        assertThat(files).extracting(f -> f.get("fileName")).containsExactly("Photon Labs deck.pdf", "Wang Wei CV.pdf");
        assertThat(cv.status()).isEqualTo(200);
        assertThat(cv.header("Content-Disposition")).contains("Wang Wei CV.pdf");
    }

    @Test
    void aJudgeNotAssignedToTheEntryGets404ForEveryFile() {
        Blind b = blindRound(false);
        String stranger =
                seasons().person("judge2", Set.of("JUDGE"), "Elsewhere").token();

        assertThat(api().get(file(b.entryId(), b.deckId()), stranger).status()).isEqualTo(404);
        assertThat(api().get(file(b.entryId(), b.cvId()), stranger).status()).isEqualTo(404);
        assertThat(api().get(file(b.entryId(), 0), b.judge().token()).status()).isEqualTo(404);
        assertThat(api().get(file(b.entryId(), -1), b.judge().token()).status()).isEqualTo(404);
    }
}
