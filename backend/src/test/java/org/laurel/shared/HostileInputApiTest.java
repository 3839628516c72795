package org.laurel.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
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
import org.laurel.support.JsonText;
import org.laurel.support.Seasons;

/** One regression per class of failure the fuzzer found: each is a 400 in plain words, naming the field. */
@MicronautTest(transactional = false)
class HostileInputApiTest {

    @Inject
    @Client("/")
    HttpClient client;

    Api api() {
        return new Api(client);
    }

    Api.Result json(String method, String path, String body, String token) {
        return api().send(
                        HttpRequest.create(io.micronaut.http.HttpMethod.valueOf(method), path)
                                .body(body)
                                .contentType(MediaType.APPLICATION_JSON_TYPE),
                        token);
    }

    static void assertPlain(Api.Result r) {
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(JsonText.write(r.body()))
                .doesNotContainPattern("org\\.laurel|io\\.micronaut|java\\.|Exception|Feature|fasterxml|SELECT");
    }

    @Test
    void aBodyInAnUnknownCharsetIsRefusedNotDecoded() {
        // Found by the fuzz test: sign-out decoded its body with the named charset and failed with a 500.
        Api.Result r = api().send(
                        HttpRequest.POST("/api/auth/logout", "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                                .contentType(MediaType.of("application/json; charset=nonsense")),
                        null);

        assertThat(r.status()).isEqualTo(415);
        assertPlain(r);
    }

    @Test
    void aNulCharacterInAJsonStringIsRefusedNamingTheField() {
        Api.Result r = json(
                "POST",
                "/api/auth/register",
                JsonText.write(
                        Map.of("email", Api.uniqueEmail("nul"), "password", Api.PASSWORD, "displayName", "Ann\u0000")),
                null);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.fields()).containsExactly("displayName");
        assertPlain(r);
    }

    @Test
    void anUnpairedSurrogateDeepInsideABodyIsRefusedWithItsPath() {
        String organizer = api().newUser("organizer", Set.of("ORGANIZER"));
        Map<String, Object> body = new HashMap<>(
                Seasons.awardBody("Surrogates", Instant.now(), Instant.now().plus(Duration.ofDays(2))));
        body.put(
                "formFields",
                List.of(Map.of("key", "pitch", "label", "Pitch \ud800", "type", "TEXT", "required", true)));

        Api.Result r = json("POST", "/api/programs", JsonText.write(body), organizer);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.fields()).containsExactly("formFields[0].label");
        assertPlain(r);
    }

    @Test
    void nonFiniteAndOversizedNumbersAreRefusedBeforeTheyReachAService() {
        String admin = api().newUser("organizer", Set.of("ORGANIZER"));
        for (String number : List.of("NaN", "Infinity", "1e999", "\"NaN\"", "\"-Infinity\"", "9223372036854775808")) {
            Api.Result r =
                    json("POST", "/api/rounds/1/assignments", "{\"entryId\":1,\"judgeId\":" + number + "}", admin);
            assertThat(r.status()).as(number).isEqualTo(400);
            assertPlain(r);
        }
        Api.Result round = json("PUT", "/api/rounds/1", "{\"criteria\":[{\"weight\":\"NaN\"}]}", admin);
        assertThat(round.status()).isEqualTo(400);
        assertPlain(round);
    }

    @Test
    void aNulCharacterInAQueryParameterIsRefusedNamingTheParameter() {
        Api.Result r = api().get("/api/admin/users?q=a%00b", api().adminToken());

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.fields()).containsExactly("q");
        assertPlain(r);
    }

    @Test
    void aNulCharacterInAPathSegmentIsRefusedBeforeItReachesALookup() {
        for (String path : List.of(
                "/api/programs/slug/a%00b", "/api/public/certificates/%00", "/api/public/programs/%00/winners")) {
            Api.Result r = api().get(path, null);
            assertThat(r.status()).as(path).isEqualTo(400);
            assertThat(r.fields()).containsExactly("path");
            assertPlain(r);
        }
    }

    @Test
    void aTokenRequestWithoutAContentTypeIs400() {
        Api.Result r = api().send(HttpRequest.POST("/api/auth/token", "{\"key\":1}".getBytes()), null);
        assertThat(r.status()).isEqualTo(400);
        assertThat(JsonText.write(r.body())).doesNotContainPattern("org\\.laurel|io\\.micronaut|java\\.|Exception");
    }

    @Test
    void malformedFormsOnTheTokenEndpointAre400() {
        for (String form : List.of("%%%", "grant_type=refresh_token&refresh_token=%00", "grant_type=%ZZ")) {
            Api.Result r = api().send(
                            HttpRequest.POST("/api/auth/token", form)
                                    .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE),
                            null);
            assertThat(r.status()).as(form).isEqualTo(400);
            assertPlain(r);
        }
    }

    @Test
    void wrongTypesAndUnknownConstantsAreDescribedInPlainWords() {
        String admin = api().adminToken();
        Api.Result roles = json("PUT", "/api/admin/users/1/roles", "{\"roles\":[\"KING\"]}", admin);
        assertThat(roles.status()).isEqualTo(400);
        assertThat((String) roles.get("detail")).contains("must be one of: ").contains("ADMIN");
        assertPlain(roles);

        String organizer = api().newUser("organizer", Set.of("ORGANIZER"));
        Api.Result method = api().get("/api/rounds/1/results?method=BEST", organizer);
        assertThat(method.status()).isEqualTo(400);
        assertThat(method.fields()).containsExactly("method");
        assertThat((String) method.get("detail")).contains("must be one of: ").contains("MEAN");
        assertPlain(method);

        Api.Result type = json("POST", "/api/rounds/1/assignments", "{\"entryId\":\"first\",\"judgeId\":1}", organizer);
        assertThat(type.status()).isEqualTo(400);
        assertPlain(type);

        Api.Result malformed = json("POST", "/api/rounds/1/assignments", "{\"entryId\":", organizer);
        assertThat(malformed.status()).isEqualTo(400);
        assertPlain(malformed);

        Api.Result pathId = api().get("/api/programs/abc", admin);
        assertThat(pathId.status()).isIn(400, 404);
        assertPlain(pathId);
    }
}
