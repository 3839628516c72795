package org.laurel.entries;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.laurel.support.Api;
import org.laurel.support.MutableClock;
import org.laurel.support.Seasons;

/** The attachment links in the screening export: they work without a sign-in, expire, and cannot be forged. */
@MicronautTest(transactional = false)
class FileLinkApiTest {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s\",]+/api/files/([A-Za-z0-9._-]+)");

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    MutableClock clock;

    Api api() {
        return new Api(client);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    record Exported(Seasons.Program program, List<String> tokens, byte[] deck, long entryId) {}

    private Exported exportWithTwoFiles() {
        Seasons seasons = new Seasons(api());
        Seasons.Program program = seasons.openAward(Duration.ofDays(3));
        Seasons.Applicant a = seasons.submitted(program);
        byte[] deck = "%PDF-1.4\nthe deck of a team\n".getBytes(StandardCharsets.US_ASCII);
        for (String name : List.of("deck.pdf", "annex.pdf")) {
            Api.Result r = api().upload(
                            HttpMethod.POST,
                            "/api/entries/" + a.entryId() + "/attachments",
                            name,
                            MediaType.APPLICATION_PDF_TYPE,
                            deck,
                            a.token());
            assertThat(r.status())
                    .as(r.body() == null ? "" : r.body().toString())
                    .isEqualTo(201);
        }
        return new Exported(program, export(program.id(), program.organizerToken()), deck, a.entryId());
    }

    /** The file links of the program's screening export, made for the caller. */
    private List<String> export(long programId, String token) {
        String csv = client.toBlocking()
                .retrieve(
                        HttpRequest.GET("/api/programs/" + programId + "/entries/export?format=csv")
                                .header("Accept-Language", "en")
                                .bearerAuth(token),
                        String.class);
        assertThat(csv.split("\r\n")[0]).contains("File links (valid until ");
        Matcher m = LINK.matcher(csv);
        List<String> tokens = new java.util.ArrayList<>();
        while (m.find()) {
            tokens.add(m.group(1));
        }
        return tokens;
    }

    private HttpResponse<byte[]> open(String token) {
        return client.toBlocking().exchange(HttpRequest.GET("/api/files/" + token), byte[].class);
    }

    private int statusOf(String token) {
        try {
            return open(token).code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    @Test
    void eachFileHasALinkThatDownloadsItWithoutSigningIn() {
        Exported e = exportWithTwoFiles();
        assertThat(e.tokens()).hasSize(2);
        HttpResponse<byte[]> first = open(e.tokens().get(0));
        assertThat(first.code()).isEqualTo(200);
        assertThat(first.body()).isEqualTo(e.deck());
        assertThat(first.header("Content-Disposition"))
                .startsWith("attachment;")
                .contains("deck.pdf");
        assertThat(first.header("Referrer-Policy"))
                .as("the link never leaks to another site")
                .isEqualTo("same-origin");
    }

    @Test
    void anAlteredLinkIsUnknownAndAnOldOneHasExpired() {
        Exported e = exportWithTwoFiles();
        String token = e.tokens().get(0);
        String[] parts = token.split("\\.");
        // Pointing the signed link at another file (or another person) breaks its signature.
        parts[1] = String.valueOf(Long.parseLong(parts[1]) + 1);
        assertThat(statusOf(String.join(".", parts))).isEqualTo(404);
        assertThat(statusOf("not-a-link")).isEqualTo(404);

        clock.advance(Duration.ofDays(8));
        assertThat(statusOf(token)).isEqualTo(410);
    }

    @Test
    void aLinkDiesWithItsPersonsAccount() {
        Exported e = exportWithTwoFiles();
        long organizerId =
                ((Number) api().get("/api/me", e.program().organizerToken()).get("id")).longValue();
        api().put("/api/admin/users/" + organizerId + "/status", Map.of("active", false), api().adminToken());

        assertThat(statusOf(e.tokens().get(0))).isEqualTo(404);
        assertThat(Arrays.asList(e.tokens().get(0).split("\\."))).hasSize(6);

        api().put("/api/admin/users/" + organizerId + "/status", Map.of("active", true), api().adminToken());
        assertThat(statusOf(e.tokens().get(0)))
                .as("reactivating the account does not bring back what deactivating it ended")
                .isEqualTo(410);
    }

    @Test
    void signingOutEverywhereEndsTheLinksExportedBeforeAndAFreshExportWorks() {
        Exported e = exportWithTwoFiles();
        String email =
                (String) api().get("/api/me", e.program().organizerToken()).get("email");
        assertThat(statusOf(e.tokens().get(0))).isEqualTo(200);

        assertThat(api().post("/api/auth/logout", Map.of(), e.program().organizerToken())
                        .status())
                .isEqualTo(204);

        Api.Result refused = api().get("/api/files/" + e.tokens().get(0), null);
        assertThat(refused.status()).isEqualTo(410);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat((String) refused.get("type")).endsWith("/file-link-revoked");
        assertThat((String) refused.get("detail")).contains("Download the export again");

        String again = api().token(email, Api.PASSWORD);
        List<String> fresh = export(e.program().id(), again);
        assertThat(fresh).hasSize(2).doesNotContainAnyElementsOf(e.tokens());
        assertThat(statusOf(fresh.get(0))).isEqualTo(200);
    }

    @Test
    void changingThePasswordEndsTheLinksExportedBefore() {
        Exported e = exportWithTwoFiles();
        Api.Result changed = api().post(
                        "/api/me/password",
                        Map.of("currentPassword", Api.PASSWORD, "newPassword", "another-long-password"),
                        e.program().organizerToken());
        assertThat(changed.status()).isEqualTo(204);

        assertThat(statusOf(e.tokens().get(0))).isEqualTo(410);
        assertThat(statusOf(e.tokens().get(1))).isEqualTo(410);
    }
}
