package org.laurel.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.laurel.programs.ProgramLogoApiTest.image;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.laurel.support.Api;
import org.laurel.support.Seasons;

/** The signature printed on a program's certificates: set, read and removed by its organizers only. */
@MicronautTest(transactional = false)
class ProgramSignatureApiTest {

    @Inject
    @Client("/")
    HttpClient client;

    Api api() {
        return new Api(client);
    }

    /** Uploads a signature as the editor does (multipart {@code file}). */
    record Uploads(Api api) {
        Api.Result signature(long programId, byte[] bytes, String token) {
            return api.upload(
                    HttpMethod.PUT,
                    "/api/programs/" + programId + "/signature",
                    "signature.png",
                    MediaType.IMAGE_PNG_TYPE,
                    bytes,
                    token);
        }
    }

    Api.Result put(long programId, byte[] bytes, String token) {
        return new Uploads(api()).signature(programId, bytes, token);
    }

    @SuppressWarnings("unchecked")
    static String signatureUrl(Api.Result r) {
        return (String) ((Map<String, Object>) r.get("brand")).get("signatureUrl");
    }

    @Test
    void theOrganizerSetsReadsAndRemovesTheSignatureWhichIsNeverPublic() throws IOException {
        Seasons.Program program = new Seasons(api()).openAward(Duration.ofDays(3));
        String org = program.organizerToken();
        byte[] png = image("png", 300, 90);

        Api.Result set = put(program.id(), png, org);

        assertThat(set.status()).isEqualTo(200);
        String url = signatureUrl(set);
        assertThat(url).startsWith("/api/programs/" + program.id() + "/signature?v=");
        assertThat(set.get("logoUrl")).as("the logo is another image").isNull();
        HttpResponse<byte[]> own =
                client.toBlocking().exchange(HttpRequest.GET(url).bearerAuth(org), byte[].class);
        assertThat(own.body()).isEqualTo(png);
        assertThat(own.getContentType().map(MediaType::toString)).contains("image/png");
        assertThat(own.getHeaders().get("Cache-Control")).isEqualTo("private, no-store");
        assertThat(api().get(url, null).status())
                .as("not even a published program's signature is public")
                .isEqualTo(401);

        Api.Result removed = api().send(HttpRequest.DELETE("/api/programs/" + program.id() + "/signature"), org);

        assertThat(removed.status()).isEqualTo(200);
        assertThat(signatureUrl(removed)).isNull();
        Api.Result gone = api().get("/api/programs/" + program.id() + "/signature", org);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.get("type")).asString().endsWith("/signature-not-found");
        assertThat(api().get("/api/programs/" + program.id() + "/audit", org).list("items"))
                .filteredOn(i -> "PROGRAM_CHANGED".equals(i.get("action")))
                .hasSize(2);
    }

    @Test
    void nobodyButTheProgramsOrganizersMayTouchIt() throws IOException {
        Seasons.Program program = new Seasons(api()).openAward(Duration.ofDays(3));
        byte[] png = image("png", 100, 40);
        put(program.id(), png, program.organizerToken());
        String signature = "/api/programs/" + program.id() + "/signature";
        String otherOrganizer = api().newUser("org2", Set.of("ORGANIZER"));
        String applicant = api().newUser("applicant", Set.of("APPLICANT"));
        String admin = api().adminToken();
        Instant now = Instant.now();
        long othersDraft = ((Number) api().post(
                                "/api/programs",
                                Seasons.awardBody("Draft " + System.nanoTime(), now, now.plus(Duration.ofDays(2))),
                                api().newUser("org3", Set.of("ORGANIZER")))
                        .get("id"))
                .longValue();

        assertThat(put(program.id(), png, null).status()).isEqualTo(401);
        assertThat(put(program.id(), png, applicant).status()).isEqualTo(403);
        assertThat(put(program.id(), png, otherOrganizer).status()).isEqualTo(403);
        assertThat(put(othersDraft, png, otherOrganizer).status())
                .as("another's draft stays unknown")
                .isEqualTo(404);
        assertThat(put(999_999_999L, png, otherOrganizer).status()).isEqualTo(404);

        assertThat(api().get(signature, null).status()).isEqualTo(401);
        assertThat(api().get(signature, applicant).status()).isEqualTo(403);
        assertThat(api().get(signature, admin).status()).isEqualTo(403);
        assertThat(api().get(signature, otherOrganizer).status()).isEqualTo(403);
        assertThat(api().get("/api/programs/" + othersDraft + "/signature", otherOrganizer)
                        .status())
                .isEqualTo(404);

        assertThat(api().send(HttpRequest.DELETE(signature), null).status()).isEqualTo(401);
        assertThat(api().send(HttpRequest.DELETE(signature), otherOrganizer).status())
                .isEqualTo(403);
        assertThat(api().get(signature, program.organizerToken()).status())
                .as("the refused calls changed nothing")
                .isEqualTo(200);
    }

    @Test
    void whatIsNotASmallPngOrJpegIsRefusedAndChangesNothing() throws IOException {
        Seasons.Program program = new Seasons(api()).openAward(Duration.ofDays(3));
        String org = program.organizerToken();
        String url = signatureUrl(put(program.id(), image("jpg", 64, 32), org));

        Api.Result text = put(program.id(), "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8), org);
        Api.Result huge = put(program.id(), image("png", 10, 2400), org);
        byte[] whole = image("png", 300, 300);
        Api.Result broken = put(program.id(), Arrays.copyOf(whole, whole.length / 2), org);
        Api.Result empty = put(program.id(), new byte[0], org);
        Api.Result tooBig = put(program.id(), new byte[1024 * 1024 + 1], org);

        assertThat(text.status()).isEqualTo(415);
        assertThat(text.get("type")).asString().endsWith("/signature-invalid");
        assertThat(text.get("detail")).isEqualTo("A signature must be a PNG or JPEG image.");
        assertThat(huge.status()).isEqualTo(415);
        assertThat(huge.get("detail")).asString().contains("10 x 2400");
        assertThat(broken.status()).isEqualTo(415);
        assertThat(empty.status()).isIn(400, 415);
        assertThat(tooBig.status()).isEqualTo(413);
        assertThat(tooBig.get("detail")).asString().startsWith("A signature may be at most");
        assertThat(signatureUrl(api().get("/api/programs/" + program.id(), org)))
                .isEqualTo(url);
    }
}
