package org.laurel.programs;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.laurel.storage.ObjectStore;
import org.laurel.support.Api;
import org.laurel.support.Seasons;

@MicronautTest(transactional = false)
class ProgramLogoApiTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ObjectStore store;

    Api api() {
        return new Api(client);
    }

    static byte[] image(String format, int width, int height) throws IOException {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0xB0, 0x8D, 0x3C));
        g.fillRect(0, 0, width / 2, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, format, out);
        return out.toByteArray();
    }

    Api.Result put(long programId, byte[] bytes, String token) {
        return api().upload(
                        HttpMethod.PUT,
                        "/api/programs/" + programId + "/logo",
                        "logo.png",
                        MediaType.IMAGE_PNG_TYPE,
                        bytes,
                        token);
    }

    private long draft(String organizer) {
        Instant now = Instant.now();
        return ((Number) api().post(
                                "/api/programs",
                                Seasons.awardBody("Logo draft " + System.nanoTime(), now, now.plus(Duration.ofDays(2))),
                                organizer)
                        .get("id"))
                .longValue();
    }

    @Test
    void aDraftsLogoIsTheOrganizersUntilThePublicationMakesItPublic() throws IOException {
        String organizer = api().newUser("organizer", Set.of("ORGANIZER"));
        long id = draft(organizer);
        byte[] png = image("png", 240, 80);

        Api.Result set = put(id, png, organizer);

        assertThat(set.status()).isEqualTo(200);
        String url = (String) set.get("logoUrl");
        assertThat(url).startsWith("/api/programs/" + id + "/logo?v=");
        assertThat(api().get(url, null).status())
                .as("a draft's logo is not public")
                .isEqualTo(404);
        HttpResponse<byte[]> own =
                client.toBlocking().exchange(HttpRequest.GET(url).bearerAuth(organizer), byte[].class);
        assertThat(own.body()).isEqualTo(png);
        assertThat(own.getHeaders().get("Cache-Control")).isEqualTo("private, no-store");

        api().post("/api/programs/" + id + "/publish", Map.of(), organizer);
        HttpResponse<byte[]> anonymous = client.toBlocking().exchange(HttpRequest.GET(url), byte[].class);
        assertThat(anonymous.body()).isEqualTo(png);
        assertThat(anonymous.getContentType().map(MediaType::toString)).contains("image/png");
        assertThat(anonymous.getHeaders().get("Cache-Control")).startsWith("public");
        assertThat(api().get("/api/programs/" + id, null).get("logoUrl")).isEqualTo(url);
    }

    @Test
    void onlyTheProgramsOrganizersMaySetOrRemoveIt() throws IOException {
        Seasons.Program program = new Seasons(api()).openAward(Duration.ofDays(3));
        byte[] png = image("png", 100, 100);
        String otherOrganizer = api().newUser("org2", Set.of("ORGANIZER"));
        String applicant = api().newUser("applicant", Set.of("APPLICANT"));

        assertThat(put(program.id(), png, null).status()).isEqualTo(401);
        assertThat(put(program.id(), png, applicant).status()).isEqualTo(403);
        assertThat(put(program.id(), png, otherOrganizer).status()).isEqualTo(403);
        assertThat(put(draft(api().newUser("org3", Set.of("ORGANIZER"))), png, otherOrganizer)
                        .status())
                .as("another's draft stays unknown")
                .isEqualTo(404);
        assertThat(put(999_999_999L, png, otherOrganizer).status()).isEqualTo(404);
        assertThat(api().send(HttpRequest.DELETE("/api/programs/" + program.id() + "/logo"), otherOrganizer)
                        .status())
                .isEqualTo(403);
        assertThat(api().get("/api/programs/" + program.id() + "/logo", null).get("type"))
                .asString()
                .endsWith("/logo-not-found");
    }

    @Test
    void whatIsNotASmallPngOrJpegIsRefusedAndChangesNothing() throws IOException {
        Seasons.Program program = new Seasons(api()).openAward(Duration.ofDays(3));
        String org = program.organizerToken();
        String url = (String) put(program.id(), image("jpg", 64, 64), org).get("logoUrl");

        Api.Result text = put(program.id(), "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8), org);
        Api.Result huge = put(program.id(), image("png", 2400, 10), org);
        byte[] truncated = image("png", 300, 300);
        Api.Result broken = put(program.id(), Arrays.copyOf(truncated, truncated.length / 2), org);
        Api.Result tooBig = put(program.id(), new byte[1024 * 1024 + 1], org);

        assertThat(text.status()).isEqualTo(415);
        assertThat(text.get("type")).asString().endsWith("/logo-invalid");
        assertThat(huge.status()).isEqualTo(415);
        assertThat(huge.get("detail")).asString().contains("2400 x 10");
        assertThat(broken.status()).isEqualTo(415);
        assertThat(tooBig.status()).isEqualTo(413);
        assertThat(api().get("/api/programs/" + program.id(), null).get("logoUrl"))
                .isEqualTo(url);
    }

    @Test
    void replacingOrRemovingALogoDeletesTheOldObjectAndIsAudited() throws IOException {
        Seasons.Program program = new Seasons(api()).openAward(Duration.ofDays(3));
        String org = program.organizerToken();
        String first = (String) put(program.id(), image("png", 50, 50), org).get("logoUrl");
        String firstKey = "logo-" + first.substring(first.indexOf("v=") + 2);
        assertThat(keysStartingWith(firstKey)).hasSize(1);

        String second = (String) put(program.id(), image("png", 60, 60), org).get("logoUrl");

        assertThat(second).isNotEqualTo(first);
        assertThat(keysStartingWith(firstKey))
                .as("the replaced logo's object is gone")
                .isEmpty();
        Api.Result removed = api().send(HttpRequest.DELETE("/api/programs/" + program.id() + "/logo"), org);
        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.get("logoUrl")).isNull();
        assertThat(api().get(second, null).status()).isEqualTo(404);
        assertThat(api().get("/api/programs/" + program.id() + "/audit", org).list("items"))
                .filteredOn(i -> "PROGRAM_CHANGED".equals(i.get("action")))
                .hasSize(3);
    }

    private java.util.List<String> keysStartingWith(String prefix) throws IOException {
        java.util.List<String> keys = new java.util.ArrayList<>();
        store.forEachKey(k -> {
            if (k.startsWith(prefix)) {
                keys.add(k);
            }
        });
        return keys;
    }
}
