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
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.laurel.support.Api;
import org.laurel.support.Seasons;

@MicronautTest(transactional = false)
class AttachmentApiTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Inject
    @Client("/")
    HttpClient client;

    Api api() {
        return new Api(client);
    }

    Api.Result upload(long entryId, String name, byte[] bytes, String fieldKey, String token) {
        MultipartBody.Builder body =
                MultipartBody.builder().addPart("file", name, MediaType.APPLICATION_PDF_TYPE, bytes);
        if (fieldKey != null) {
            body.addPart("fieldKey", fieldKey);
        }
        return api().send(
                        HttpRequest.POST("/api/entries/" + entryId + "/attachments", body.build())
                                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE),
                        token);
    }

    @Test
    void aPdfIsStoredWithSizeAndHashAndDownloadedAsAnAttachment() throws Exception {
        Seasons.Program program = new Seasons(api()).openAward(Duration.ofDays(3));
        Seasons.Applicant a = new Seasons(api()).draft(program);

        Api.Result r = upload(a.entryId(), "pitch deck 路演.pdf", PDF, "deck", a.token());

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.get("fileName")).isEqualTo("pitch deck 路演.pdf");
        assertThat(r.get("contentType")).isEqualTo("application/pdf");
        assertThat(((Number) r.get("size")).intValue()).isEqualTo(PDF.length);
        assertThat(r.get("sha256"))
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)));
        assertThat(r.get("fieldKey")).isEqualTo("deck");

        HttpResponse<byte[]> download = client.toBlocking()
                .exchange(HttpRequest.GET(r.header("Location")).bearerAuth(a.token()), byte[].class);
        assertThat(download.body()).isEqualTo(PDF);
        assertThat(download.getHeaders().get("Content-Disposition"))
                .startsWith("attachment; filename=\"pitch deck __.pdf\"")
                .contains("filename*=UTF-8''pitch%20deck%20%E8%B7%AF%E6%BC%94.pdf");
        assertThat(download.getContentType().map(MediaType::toString)).contains("application/pdf");
    }

    @Test
    void organizersDownloadFilesOfSubmittedEntriesAndStrangersGet404() {
        Seasons.Program program = new Seasons(api()).openAward(Duration.ofDays(3));
        Seasons.Applicant a = new Seasons(api()).draft(program);
        String location = upload(a.entryId(), "deck.pdf", PDF, null, a.token()).header("Location");

        assertThat(api().get(location, program.organizerToken()).status())
                .isEqualTo(404); // draft: not yet the organizer's
        api().post("/api/entries/" + a.entryId() + "/submit", Map.of(), a.token());
        assertThat(api().get(location, program.organizerToken()).status()).isEqualTo(200);
        assertThat(api().get(location, api().newUser("stranger", Set.of("APPLICANT")))
                        .status())
                .isEqualTo(404);
        assertThat(api().get(location, api().newUser("org2", Set.of("ORGANIZER")))
                        .status())
                .isEqualTo(404);
        assertThat(api().get(location, null).status()).isEqualTo(401);
        assertThat(upload(a.entryId(), "x.pdf", PDF, null, api().newUser("stranger", Set.of("APPLICANT")))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aDisguisedFileIsRefusedWith415() {
        Seasons.Program program = new Seasons(api()).openAward(Duration.ofDays(3));
        Seasons.Applicant a = new Seasons(api()).draft(program);
        byte[] exe = "MZ\u0090\u0000 this is a windows program".getBytes(StandardCharsets.ISO_8859_1);
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);

        Api.Result r = upload(a.entryId(), "deck.pdf", exe, null, a.token());

        assertThat(r.status()).isEqualTo(415);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(upload(a.entryId(), "photo.png", html, null, a.token()).status())
                .isEqualTo(415);
        assertThat(api().get("/api/entries/" + a.entryId(), a.token()).list("attachments"))
                .isEmpty();
    }

    @Test
    void officeDocumentsAreRecognisedByTheirContentNotTheirName() throws Exception {
        Seasons.Program program = new Seasons(api()).openAward(Duration.ofDays(3));
        Seasons.Applicant a = new Seasons(api()).draft(program);

        Api.Result pptx =
                upload(a.entryId(), "deck.bin", zip("[Content_Types].xml", "ppt/presentation.xml"), null, a.token());
        Api.Result plainZip = upload(a.entryId(), "deck.pptx", zip("readme.txt"), null, a.token());

        assertThat(pptx.status()).isEqualTo(201);
        assertThat(pptx.get("contentType")).isEqualTo(FileSniffer.PPTX.contentType());
        assertThat(pptx.get("fileName")).isEqualTo("deck.pptx");
        assertThat(plainZip.status()).isEqualTo(415);
    }

    @Test
    void anOversizedFileIsRefusedWith413AndLeavesNothing() {
        Seasons.Program program = new Seasons(api()).openAward(Duration.ofDays(3));
        Seasons.Applicant a = new Seasons(api()).draft(program);
        byte[] big = new byte[2 * 1024 * 1024 + 1]; // the test limit is 2 MB
        System.arraycopy(PDF, 0, big, 0, PDF.length);

        Api.Result r = upload(a.entryId(), "big.pdf", big, null, a.token());

        assertThat(r.status()).isEqualTo(413);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(api().get("/api/entries/" + a.entryId(), a.token()).list("attachments"))
                .isEmpty();
    }

    @Test
    void hostileFileNamesAreStoredAsHarmlessText() {
        Seasons.Program program = new Seasons(api()).openAward(Duration.ofDays(3));
        Seasons.Applicant a = new Seasons(api()).draft(program);

        Api.Result traversal = upload(a.entryId(), "../../etc/passwd", PDF, null, a.token());
        Api.Result control = upload(a.entryId(), "evil\u0007name\u202Efdp.exe", PDF, null, a.token());
        Api.Result newline = upload(a.entryId(), "two\r\nlines.pdf", PDF, null, a.token());
        Api.Result windows = upload(a.entryId(), "..\\..\\windows\\system32\\cmd.pdf", PDF, null, a.token());

        assertThat(traversal.status()).isEqualTo(201);
        assertThat(traversal.get("fileName")).isEqualTo("passwd.pdf"); // the extension follows the content
        // Control characters other than tab/CR/LF are refused like in any other text (org.laurel.shared.Text).
        assertThat(control.status()).isEqualTo(400);
        assertThat(control.fields()).containsExactly("file");
        assertThat(windows.get("fileName")).isEqualTo("cmd.pdf");
        assertThat(newline.status()).isEqualTo(201);
        assertThat((String) newline.get("fileName")).doesNotContain("\r", "\n");
        assertThat(api().get(traversal.header("Location"), a.token()).status()).isEqualTo(200);
    }

    @Test
    void aFileFieldKeyMustBeAFileFieldOfTheForm() {
        Seasons.Program program = new Seasons(api()).openAward(Duration.ofDays(3));
        Seasons.Applicant a = new Seasons(api()).draft(program);

        Api.Result r = upload(a.entryId(), "deck.pdf", PDF, "pitch", a.token());

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.fields()).containsExactly("fieldKey");
    }

    @Test
    void filesAreRemovedOnlyByTheApplicantWhileEditable() {
        Seasons.Program program = new Seasons(api()).openAward(Duration.ofDays(3));
        Seasons.Applicant a = new Seasons(api()).draft(program);
        String location = upload(a.entryId(), "deck.pdf", PDF, null, a.token()).header("Location");

        assertThat(api().send(HttpRequest.DELETE(location), program.organizerToken())
                        .status())
                .isEqualTo(404);
        assertThat(api().send(HttpRequest.DELETE(location), a.token()).status()).isEqualTo(204);
        assertThat(api().get(location, a.token()).status()).isEqualTo(404);
        assertThat(api().get("/api/entries/" + a.entryId(), a.token()).list("timeline"))
                .extracting(t -> t.get("type"))
                .containsExactly("CREATED", "FILE_ADDED", "FILE_REMOVED");
    }

    private static byte[] zip(String... names) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
