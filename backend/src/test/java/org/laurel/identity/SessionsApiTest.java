package org.laurel.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.laurel.support.Api.PASSWORD;
import static org.laurel.support.Api.uniqueEmail;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.laurel.support.Api;

@MicronautTest(transactional = false)
class SessionsApiTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    DataSource dataSource;

    Api api() {
        return new Api(client);
    }

    private Api.Result signedIn() {
        String email = uniqueEmail("session");
        api().register(email, PASSWORD, "S");
        return api().login(email, PASSWORD);
    }

    @Test
    void everyRefreshReturnsANewRefreshTokenAndUsesUpTheOldOne() {
        Api.Result login = signedIn();
        Object first = login.get("refresh_token");

        Api.Result second = api().refresh(first);

        assertThat(second.status()).isEqualTo(200);
        assertThat(second.get("refresh_token")).isNotNull().isNotEqualTo(first);
        assertThat(api().get("/api/me", (String) second.get("access_token")).status())
                .isEqualTo(200);
        Api.Result third = api().refresh(second.get("refresh_token"));
        assertThat(third.status()).isEqualTo(200);
        assertThat(third.get("refresh_token")).isNotEqualTo(second.get("refresh_token"));
    }

    @Test
    void reusingAUsedRefreshTokenRevokesTheWholeChain() throws Exception {
        Api.Result login = signedIn();
        Object stolen = login.get("refresh_token");
        Api.Result legit = api().refresh(stolen);

        Api.Result replay = api().refresh(stolen);

        assertThat(replay.status()).isEqualTo(400);
        assertThat(replay.contentType()).startsWith("application/problem+json");
        assertThat((String) replay.get("type")).endsWith("/invalid-grant");
        // The newer token of the same sign-in is dead too: whoever holds it must sign in again.
        assertThat(api().refresh(legit.get("refresh_token")).status()).isEqualTo(400);
        long userId = ((Number)
                        api().get("/api/me", (String) login.get("access_token")).get("id"))
                .longValue();
        assertThat(auditActionsOf(userId)).contains("SESSION_REVOKED_ON_REUSE");
    }

    @Test
    void anotherSignInOfTheSameAccountSurvivesAReuseInTheFirst() {
        String email = uniqueEmail("two-devices");
        api().register(email, PASSWORD, "T");
        Api.Result laptop = api().login(email, PASSWORD);
        Api.Result phone = api().login(email, PASSWORD);
        api().refresh(laptop.get("refresh_token"));

        api().refresh(laptop.get("refresh_token"));

        assertThat(api().refresh(phone.get("refresh_token")).status()).isEqualTo(200);
    }

    @Test
    void refreshAcceptsJsonToo() {
        Api.Result login = signedIn();

        Api.Result r = api().post(
                        "/api/auth/token",
                        Map.of("grant_type", "refresh_token", "refresh_token", login.get("refresh_token")),
                        null);

        assertThat(r.status()).isEqualTo(200);
    }

    @Test
    void malformedOrUnsupportedRefreshRequestsAre400Problems() {
        Api.Result garbage = api().send(
                        HttpRequest.POST("/api/auth/token", "%%%")
                                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE),
                        null);
        Api.Result password = api().send(
                        HttpRequest.POST("/api/auth/token", Map.of("grant_type", "password"))
                                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE),
                        null);
        Api.Result missing = api().send(
                        HttpRequest.POST("/api/auth/token", Map.of("grant_type", "refresh_token"))
                                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE),
                        null);

        for (Api.Result r : new Api.Result[] {garbage, password, missing}) {
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.contentType()).startsWith("application/problem+json");
        }
        assertThat((String) password.get("type")).endsWith("/unsupported-grant-type");
    }

    @Test
    void logoutWithTheRefreshTokenEndsThatSession() {
        Api.Result login = signedIn();

        Api.Result out = api().post("/api/auth/logout", Map.of("refresh_token", login.get("refresh_token")), null);

        assertThat(out.status()).isEqualTo(204);
        assertThat(api().refresh(login.get("refresh_token")).status()).isEqualTo(400);
    }

    @Test
    void logoutWhileSignedInWithoutATokenEndsEverySessionAndItsAccessTokens() throws Exception {
        String email = uniqueEmail("everywhere");
        api().register(email, PASSWORD, "E");
        Api.Result laptop = api().login(email, PASSWORD);
        Api.Result phone = api().login(email, PASSWORD);
        long userId = ((Number) api().get("/api/me", (String) laptop.get("access_token"))
                        .get("id"))
                .longValue();
        // Issue times are whole seconds: make sure "now" is strictly after the tokens' second.
        Thread.sleep(1100);

        Api.Result out = api().send(
                        HttpRequest.POST("/api/auth/logout", Map.of()).contentType(MediaType.APPLICATION_JSON_TYPE),
                        (String) laptop.get("access_token"));

        assertThat(out.status()).isEqualTo(204);
        assertThat(api().refresh(phone.get("refresh_token")).status()).isEqualTo(400);
        assertThat(api().get("/api/me", (String) phone.get("access_token")).status())
                .isEqualTo(401);
        assertThat(api().get("/api/me", api().token(email, PASSWORD)).status()).isEqualTo(200);
        assertThat(auditActionsOf(userId)).contains("SIGNED_OUT_EVERYWHERE");
    }

    @Test
    void logoutWithNeitherTokenNorSignInIs401AndAnUnknownTokenChangesNothing() {
        Api.Result anonymous = api().send(
                        HttpRequest.POST("/api/auth/logout", Map.of()).contentType(MediaType.APPLICATION_JSON_TYPE),
                        null);
        Api.Result unknown = api().post("/api/auth/logout", Map.of("refresh_token", "no-such-token"), null);

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(unknown.status()).isEqualTo(204);
    }

    private java.util.List<String> auditActionsOf(long userId) {
        return AccountAudit.actionsConcerning(dataSource, userId);
    }
}
