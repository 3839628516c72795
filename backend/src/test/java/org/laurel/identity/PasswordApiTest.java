package org.laurel.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.laurel.support.Api.PASSWORD;
import static org.laurel.support.Api.uniqueEmail;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.laurel.support.Api;
import org.laurel.support.MutableClock;
import org.laurel.support.Outbox;

/** Password links (single use, expiring), password change and the profile. */
@MicronautTest(transactional = false)
class PasswordApiTest {

    private static final String NEW_PASSWORD = "a-brand-new-password";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    DataSource dataSource;

    @Inject
    MutableClock clock;

    Api api() {
        return new Api(client);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aResetLinkSetsThePasswordOnceAndEndsEverySession() throws Exception {
        String email = uniqueEmail("reset");
        api().register(email, PASSWORD, "R");
        Api.Result session = api().login(email, PASSWORD);

        assertThat(api().post("/api/auth/password-reset", Map.of("email", email), null)
                        .status())
                .isEqualTo(202);
        String token = tokenMailedTo(email);

        assertThat(confirm(token).status()).isEqualTo(204);
        assertThat(api().login(email, PASSWORD).status()).isEqualTo(401);
        assertThat(api().login(email, NEW_PASSWORD).status()).isEqualTo(200);
        assertThat(api().refresh(session.get("refresh_token")).status()).isEqualTo(400);

        Api.Result again = confirm(token);
        assertThat(again.status()).isEqualTo(410);
        assertThat((String) again.get("type")).endsWith("/reset-token-gone");
        assertThat((String) again.get("detail")).contains("already been used");
    }

    @Test
    void wrongCurrentPasswordsAreThrottledPerAccount() {
        String email = uniqueEmail("guessed");
        api().register(email, PASSWORD, "G");
        String stolen = api().token(email, PASSWORD);
        String bystander = uniqueEmail("bystander");
        api().register(bystander, PASSWORD, "B");
        String other = api().token(bystander, PASSWORD);

        for (int i = 0; i < 5; i++) {
            Api.Result wrong = change(stolen, "guess-number-" + i, NEW_PASSWORD);
            assertThat(wrong.status()).as("guess " + i).isEqualTo(400);
            assertThat((String) wrong.get("type")).endsWith("/wrong-password");
        }
        Api.Result throttled = change(stolen, "guess-number-6", NEW_PASSWORD);
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.contentType()).startsWith("application/problem+json");
        assertThat((String) throttled.get("type")).endsWith("/password-change-throttled");
        assertThat(Long.parseLong(throttled.header("Retry-After"))).isBetween(1L, 15 * 60L);
        assertThat(change(stolen, PASSWORD, NEW_PASSWORD).status())
                .as("while it waits, not even the right password is looked at")
                .isEqualTo(429);
        assertThat(change(other, "a-wrong-one", NEW_PASSWORD).status())
                .as("another account, from the same address, is not held up")
                .isEqualTo(400);
        assertThat(api().login(email, PASSWORD).status())
                .as("signing in is a limit of its own")
                .isEqualTo(200);

        clock.advance(Duration.ofMinutes(16));
        assertThat(change(api().token(email, PASSWORD), PASSWORD, NEW_PASSWORD).status())
                .isEqualTo(204);
    }

    @Test
    void aSuccessfulChangeStartsTheCountOver() {
        String email = uniqueEmail("slips");
        api().register(email, PASSWORD, "S");
        String token = api().token(email, PASSWORD);
        for (int i = 0; i < 4; i++) {
            assertThat(change(token, "slip-" + i, NEW_PASSWORD).status()).isEqualTo(400);
        }
        Api.Result login = api().login(email, PASSWORD);
        assertThat(change((String) login.get("access_token"), PASSWORD, NEW_PASSWORD, login.get("refresh_token"))
                        .status())
                .isEqualTo(204);
        String again = api().token(email, NEW_PASSWORD);
        for (int i = 0; i < 4; i++) {
            assertThat(change(again, "slip-again-" + i, PASSWORD).status()).isEqualTo(400);
        }
    }

    private Api.Result change(String token, String current, String next) {
        return api().post("/api/me/password", Map.of("currentPassword", current, "newPassword", next), token);
    }

    private Api.Result change(String token, String current, String next, Object refreshToken) {
        return api().post(
                        "/api/me/password",
                        Map.of("currentPassword", current, "newPassword", next, "refreshToken", refreshToken),
                        token);
    }

    @Test
    void aResetLinkExpiresAfterAnHour() throws Exception {
        String email = uniqueEmail("expire");
        api().register(email, PASSWORD, "E");
        api().post("/api/auth/password-reset", Map.of("email", email), null);
        String token = tokenMailedTo(email);

        clock.advance(Duration.ofMinutes(61));

        Api.Result late = confirm(token);
        assertThat(late.status()).isEqualTo(410);
        assertThat((String) late.get("detail")).contains("expired");
        assertThat(api().login(email, PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void anUnknownEmailGetsTheSameAnswerAndNoMail() throws Exception {
        String email = uniqueEmail("nobody");
        assertThat(api().post("/api/auth/password-reset", Map.of("email", email), null)
                        .status())
                .isEqualTo(202);
        assertThat(mailsTo(email)).isZero();
        Api.Result unknown = confirm("not-a-token-we-issued");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat((String) unknown.get("type")).endsWith("/reset-token-invalid");
    }

    @Test
    void changingThePasswordKeepsTheCallersSessionAndEndsTheOthers() {
        String email = uniqueEmail("change");
        api().register(email, PASSWORD, "C");
        Api.Result laptop = api().login(email, PASSWORD);
        Api.Result phone = api().login(email, PASSWORD);
        String access = (String) laptop.get("access_token");

        Api.Result wrong = api().post(
                        "/api/me/password",
                        Map.of("currentPassword", "not-the-password", "newPassword", NEW_PASSWORD),
                        access);
        assertThat(wrong.status()).isEqualTo(400);
        assertThat((String) wrong.get("type")).endsWith("/wrong-password");

        Api.Result ok = api().post(
                        "/api/me/password",
                        Map.of(
                                "currentPassword",
                                PASSWORD,
                                "newPassword",
                                NEW_PASSWORD,
                                "refreshToken",
                                laptop.get("refresh_token")),
                        access);
        assertThat(ok.status()).isEqualTo(204);
        assertThat(api().refresh(phone.get("refresh_token")).status()).isEqualTo(400);
        assertThat(api().refresh(laptop.get("refresh_token")).status()).isEqualTo(200);
        assertThat(api().login(email, NEW_PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void theProfileSavesNameOrganizationAndLanguage() {
        String email = uniqueEmail("profile");
        api().register(email, PASSWORD, "P");
        String access = api().token(email, PASSWORD);

        Api.Result r = api().put(
                        "/api/me",
                        Map.of("displayName", "Pat Lee", "organization", "Acme", "language", "zh-CN"),
                        access);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.get("displayName")).isEqualTo("Pat Lee");
        assertThat(r.get("organization")).isEqualTo("Acme");
        assertThat(r.get("language")).isEqualTo("zh-CN");
        assertThat(api().get("/api/me", access).get("language")).isEqualTo("zh-CN");
        assertThat(api().put("/api/me", Map.of("language", "fr"), access).status())
                .isEqualTo(400);
    }

    @Test
    void settingAPasswordEndsTheAccountsOtherLinks() throws Exception {
        String email = uniqueEmail("twolinks");
        api().register(email, PASSWORD, "T");
        api().post("/api/auth/password-reset", Map.of("email", email), null);
        String older = tokenMailedTo(email);
        api().post("/api/auth/password-reset", Map.of("email", email), null);
        String newer = tokenMailedTo(email);
        assertThat(newer).isNotEqualTo(older);

        assertThat(confirm(newer).status()).isEqualTo(204);
        assertThat(confirm(older).status()).isEqualTo(410);
    }

    private Api.Result confirm(String token) {
        return api().post(
                        "/api/auth/password-reset/confirm", Map.of("token", token, "newPassword", NEW_PASSWORD), null);
    }

    private String tokenMailedTo(String email) throws Exception {
        return Outbox.passwordToken(dataSource, email);
    }

    private int mailsTo(String email) throws Exception {
        return Outbox.count(dataSource, email);
    }
}
