package org.laurel.entries;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.laurel.support.Api;
import org.laurel.support.Seasons;

@MicronautTest(transactional = false)
class AttachmentPreviewApiTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    AttachmentStore store;

    @Inject
    EntryRepositories.Attachments attachments;

    Api api() {
        return new Api(client);
    }

    String upload(long entryId, String name, byte[] bytes, MediaType type, String token) {
        Api.Result r = api().send(
                        HttpRequest.POST(
                                        "/api/entries/" + entryId + "/attachments",
                                        MultipartBody.builder()
                                                .addPart("file", name, type, bytes)
                                                .build())
                                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE),
                        token);
        assertThat(r.status()).isEqualTo(201);
        return r.header("Location") + "/preview";
    }

    /**
     * A row of a type uploads no longer accept (an older version's, or one restored from elsewhere):
     * the preview must still never show it in the page.
     */
    String foreignRow(long entryId, String name, String contentType) {
        AttachmentStore.Stored stored = store.store(new ByteArrayInputStream(PNG));
        EntryParts.Attachment row = attachments.save(new EntryParts.Attachment(
                null,
                entryId,
                null,
                name,
                contentType,
                stored.size(),
                stored.sha256(),
                stored.storageName(),
                Instant.now()));
        return "/api/entries/" + entryId + "/attachments/" + row.id() + "/preview";
    }

    HttpResponse<byte[]> get(String path, String token) {
        return client.toBlocking().exchange(HttpRequest.GET(path).bearerAuth(token), byte[].class);
    }

    static void assertSandboxed(HttpResponse<?> r) {
        assertThat(r.getHeaders().get("Content-Security-Policy"))
                .startsWith("sandbox;")
                .contains("default-src 'none'", "frame-ancestors 'self'")
                .doesNotContain("script-src");
        assertThat(r.getHeaders().get("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(r.getHeaders().get("X-Frame-Options")).isEqualTo("SAMEORIGIN");
        assertThat(r.getHeaders().get("Cache-Control")).contains("no-store");
    }

    @Test
    void aPdfAndAnImageArePreviewedInlineInASandboxOnlyThisSiteMayFrame() {
        Seasons.Program program = new Seasons(api()).openAward(Duration.ofDays(3));
        Seasons.Applicant a = new Seasons(api()).draft(program);
        String pdf = upload(
                a.entryId(),
                "a very long name of a pitch deck 路演.pdf",
                AttachmentApiTest.PDF,
                MediaType.APPLICATION_PDF_TYPE,
                a.token());
        String png = upload(a.entryId(), "team.png", PNG, MediaType.IMAGE_PNG_TYPE, a.token());

        HttpResponse<byte[]> r = get(pdf, a.token());
        assertThat(r.body()).isEqualTo(AttachmentApiTest.PDF);
        assertThat(r.getContentType().map(MediaType::toString)).contains("application/pdf");
        assertThat(r.getHeaders().get("Content-Disposition"))
                .startsWith("inline; filename=")
                .contains("filename*=UTF-8''a%20very");
        assertSandboxed(r);

        HttpResponse<byte[]> image = get(png, a.token());
        assertThat(image.getContentType().map(MediaType::toString)).contains("image/png");
        assertThat(image.getHeaders().get("Content-Disposition")).startsWith("inline;");
        assertSandboxed(image);
    }

    @Test
    void svgAndHtmlAreNeverShownInThePageOnlyDownloaded() {
        Seasons.Program program = new Seasons(api()).openAward(Duration.ofDays(3));
        Seasons.Applicant a = new Seasons(api()).draft(program);

        for (String[] kind : new String[][] {{"logo.svg", "image/svg+xml"}, {"page.html", "text/html"}}) {
            HttpResponse<byte[]> r = get(foreignRow(a.entryId(), kind[0], kind[1]), a.token());
            assertThat(r.getHeaders().get("Content-Disposition")).as(kind[0]).startsWith("attachment;");
            assertThat(r.getContentType().map(MediaType::toString)).contains("application/octet-stream");
            assertSandboxed(r);
        }
    }

    @Test
    void previewsAreAuthorizedExactlyLikeDownloads() {
        Seasons.Program program = new Seasons(api()).openAward(Duration.ofDays(3));
        Seasons.Applicant a = new Seasons(api()).draft(program);
        String pdf = upload(a.entryId(), "deck.pdf", AttachmentApiTest.PDF, MediaType.APPLICATION_PDF_TYPE, a.token());

        assertThat(api().get(pdf, null).status()).isEqualTo(401);
        assertThat(api().get(pdf, program.organizerToken()).status())
                .as("a draft is not yet the organizer's")
                .isEqualTo(404);
        api().post("/api/entries/" + a.entryId() + "/submit", Map.of(), a.token());
        assertThat(api().get(pdf, program.organizerToken()).status()).isEqualTo(200);
        assertThat(api().get(pdf, api().newUser("stranger", Set.of("APPLICANT")))
                        .status())
                .isEqualTo(404);
        assertThat(api().get(pdf, api().newUser("org2", Set.of("ORGANIZER"))).status())
                .isEqualTo(404);
        assertThat(api().get("/api/entries/" + a.entryId() + "/attachments/999999999/preview", a.token())
                        .status())
                .isEqualTo(404);
    }
}
