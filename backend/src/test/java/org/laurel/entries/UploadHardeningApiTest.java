package org.laurel.entries;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.laurel.support.Api;
import org.laurel.support.Seasons;
import org.slf4j.LoggerFactory;

/**
 * Hostile uploads: archives that unpack to far more than they weigh, a polyglot named as a web
 * page, a body larger than the server accepts sent without {@code Expect: 100-continue}.
 * The request limit is lowered (and the upload limit raised) so the big cases stay quick.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.server.max-request-size", value = "20MB")
@Property(name = "micronaut.server.multipart.max-file-size", value = "20MB")
@Property(name = "laurel.entries.max-upload-bytes", value = "20000000")
class UploadHardeningApiTest {

    static final byte[] PDF = AttachmentApiTest.PDF;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    org.laurel.storage.StorageConfig storage;

    @Inject
    EmbeddedServer server;

    Api api() {
        return new Api(client);
    }

    Api.Result upload(long entryId, String name, byte[] bytes, String token) {
        MultipartBody body = MultipartBody.builder()
                .addPart("file", name, MediaType.APPLICATION_OCTET_STREAM_TYPE, bytes)
                .build();
        return api().send(
                        HttpRequest.POST("/api/entries/" + entryId + "/attachments", body)
                                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE),
                        token);
    }

    @Test
    void aDocxThatUnpacksBeyondTheLimitIsRefusedAndLeavesNoFile() throws Exception {
        Seasons.Applicant a = new Seasons(api()).draft(new Seasons(api()).openAward(Duration.ofDays(3)));
        // 300 MB of zeros deflate to about 300 KB; the archive's own size fields are not consulted.
        byte[] bomb = docx(zip -> {
            zip.putNextEntry(new ZipEntry("word/media/zeros.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 300; i++) {
                zip.write(zeros);
            }
        });
        assertThat(bomb.length).isLessThan(1024 * 1024);

        Api.Result r = upload(a.entryId(), "report.docx", bomb, a.token());

        assertThat(r.status()).isEqualTo(413);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat((String) r.get("type")).endsWith("/archive-too-large");
        assertThat(api().get("/api/entries/" + a.entryId(), a.token()).list("attachments"))
                .isEmpty();
        assertThat(partFiles()).isEmpty();
    }

    @Test
    void aPptxWithTooManyPartsIsRefused() throws Exception {
        Seasons.Applicant a = new Seasons(api()).draft(new Seasons(api()).openAward(Duration.ofDays(3)));
        byte[] many = zipOf(zip -> {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.putNextEntry(new ZipEntry("ppt/presentation.xml"));
            zip.setLevel(Deflater.NO_COMPRESSION);
            for (int i = 0; i < 150_000; i++) {
                zip.putNextEntry(new ZipEntry(Integer.toString(i, 36)));
            }
        });

        Api.Result r = upload(a.entryId(), "deck.pptx", many, a.token());

        assertThat(r.status()).isEqualTo(413);
        assertThat((String) r.get("type")).endsWith("/archive-too-large");
        assertThat(api().get("/api/entries/" + a.entryId(), a.token()).list("attachments"))
                .isEmpty();
        assertThat(partFiles()).isEmpty();
    }

    @Test
    void anOrdinaryDocxWithinTheLimitsIsAccepted() throws Exception {
        Seasons.Applicant a = new Seasons(api()).draft(new Seasons(api()).openAward(Duration.ofDays(3)));
        byte[] docx = docx(zip -> {
            zip.putNextEntry(new ZipEntry("word/media/photo.bin"));
            zip.write(new byte[2 * 1024 * 1024]);
        });

        Api.Result r = upload(a.entryId(), "essay.DOCX", docx, a.token());

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.get("fileName")).isEqualTo("essay.DOCX");
        assertThat(r.get("contentType")).isEqualTo(FileSniffer.DOCX.contentType());
    }

    @Test
    void aPdfHeadedPolyglotNamedAsAWebPageIsStoredAndServedAsAPdf() {
        Seasons.Applicant a = new Seasons(api()).draft(new Seasons(api()).openAward(Duration.ofDays(3)));
        byte[] polyglot = (new String(PDF, StandardCharsets.US_ASCII) + "<html><script>alert(1)</script></html>")
                .getBytes(StandardCharsets.US_ASCII);

        Api.Result r = upload(a.entryId(), "x.html", polyglot, a.token());

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.get("fileName")).isEqualTo("x.pdf");
        HttpResponse<byte[]> download = client.toBlocking()
                .exchange(HttpRequest.GET(r.header("Location")).bearerAuth(a.token()), byte[].class);
        assertThat(download.getContentType().map(MediaType::toString)).contains("application/pdf");
        assertThat(download.getHeaders().get("Content-Disposition")).startsWith("attachment; filename=\"x.pdf\"");
        assertThat(download.getHeaders().get("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.body()).isEqualTo(polyglot);
    }

    @Test
    void anOversizedBodySentWithoutExpectContinueGets413AndAClosedConnection() throws Exception {
        Seasons.Applicant a = new Seasons(api()).draft(new Seasons(api()).openAward(Duration.ofDays(3)));
        long bodySize = 40L * 1024 * 1024; // twice the request limit
        String boundary = "laurel-boundary";
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        String request = "POST /api/entries/" + a.entryId() + "/attachments HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + a.token() + "\r\n"
                + "Content-Type: multipart/form-data; boundary=" + boundary + "\r\n"
                + "Content-Length: " + (head.length() + bodySize + tail.length()) + "\r\n\r\n" + head;

        try (Socket socket = new Socket("127.0.0.1", server.getPort())) {
            socket.setSoTimeout(30_000); // a stalled connection fails the test instead of hanging it
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            // The sender keeps sending, as a client without Expect does, while the answer is read.
            CompletableFuture<Void> sender = CompletableFuture.runAsync(() -> {
                byte[] chunk = new byte[64 * 1024];
                try {
                    for (long sent = 0; sent < bodySize; sent += chunk.length) {
                        out.write(chunk);
                    }
                } catch (IOException e) {
                    // the server closed after answering: the sender is told, not left hanging
                }
            });

            String answer = new String(readToEnd(socket.getInputStream()), StandardCharsets.US_ASCII);

            assertThat(answer).startsWith("HTTP/1.1 413");
            assertThat(answer.toLowerCase()).contains("connection: close").contains("application/problem+json");
            assertThat(answer).contains("\"status\":413");
            sender.get(30, TimeUnit.SECONDS); // the sender was not stalled
        }
        assertThat(api().get("/api/entries/" + a.entryId(), a.token()).list("attachments"))
                .isEmpty();
    }

    @Test
    void uploadsLogNoWarnings() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        root.addAppender(log);
        try {
            Seasons.Applicant a = new Seasons(api()).draft(new Seasons(api()).openAward(Duration.ofDays(3)));
            assertThat(upload(a.entryId(), "deck.pdf", PDF, a.token()).status()).isEqualTo(201);
            assertThat(upload(a.entryId(), "deck.exe", "MZ".getBytes(StandardCharsets.US_ASCII), a.token())
                            .status())
                    .isEqualTo(415);
            assertThat(upload(999_999_999L, "deck.pdf", PDF, a.token()).status())
                    .isEqualTo(404);
            // A later request on the same server: the earlier requests' clean-up has run by then.
            assertThat(api().get("/api/entries/" + a.entryId(), a.token()).status())
                    .isEqualTo(200);
        } finally {
            root.detachAppender(log);
        }
        assertThat(log.list)
                .filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                .extracting(ILoggingEvent::getFormattedMessage)
                .isEmpty();
        assertThat(log.list)
                .extracting(e -> e.getThrowableProxy() == null
                        ? ""
                        : e.getThrowableProxy().getClassName())
                .noneMatch(name -> name.contains("IllegalReferenceCount"));
    }

    private interface ZipWriter {
        void write(ZipOutputStream zip) throws IOException;
    }

    private static byte[] docx(ZipWriter more) throws IOException {
        return zipOf(zip -> {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<document/>".getBytes(StandardCharsets.UTF_8));
            more.write(zip);
        });
    }

    private static byte[] zipOf(ZipWriter writer) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            writer.write(zip);
        }
        return bytes.toByteArray();
    }

    private static byte[] readToEnd(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            answer.write(buffer, 0, n);
        }
        return answer.toByteArray();
    }

    private Object[] partFiles() throws IOException {
        Path dir = Path.of(storage.localDir());
        if (!Files.isDirectory(dir)) {
            return new Object[0];
        }
        try (Stream<Path> files = Files.walk(dir)) { // staging files live in .staging
            return files.filter(p -> p.getFileName().toString().endsWith(".part"))
                    .toArray();
        }
    }
}
