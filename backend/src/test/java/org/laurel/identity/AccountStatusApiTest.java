package org.laurel.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.laurel.support.Api.PASSWORD;
import static org.laurel.support.Api.uniqueEmail;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.laurel.support.Api;
import org.laurel.support.SecondInstance;

@SuppressWarnings("unchecked")
@MicronautTest(transactional = false)
class AccountStatusApiTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    DataSource dataSource;

    Api api() {
        return new Api(client);
    }

    record Person(long id, String email, Api.Result login) {
        String access() {
            return (String) login.get("access_token");
        }

        Object refresh() {
            return login.get("refresh_token");
        }
    }

    private Person person(Set<String> roles) {
        String email = uniqueEmail("status");
        Api.Result created = api().post(
                        "/api/admin/users",
                        Map.of("email", email, "password", PASSWORD, "displayName", "Status", "roles", roles),
                        api().adminToken());
        return new Person(((Number) created.get("id")).longValue(), email, api().login(email, PASSWORD));
    }

    private Api.Result setActive(long id, boolean active, String token) {
        return api().put("/api/admin/users/" + id + "/status", Map.of("active", active), token);
    }

    /** Asks until the answer is the expected one, for at most ten seconds (the cache's staleness is seconds). */
    private static int eventually(int expected, IntSupplier status) throws InterruptedException {
        int last = status.getAsInt();
        for (int i = 0; i < 100 && last != expected; i++) {
            Thread.sleep(100);
            last = status.getAsInt();
        }
        return last;
    }

    @Test
    void aDeactivatedAccountLosesItsAccessTokensAndCanNeitherRefreshNorSignIn() throws Exception {
        Person judge = person(Set.of("JUDGE"));
        assertThat(api().get("/api/me", judge.access()).status()).isEqualTo(200);

        Api.Result off = setActive(judge.id(), false, api().adminToken());

        assertThat(off.status()).isEqualTo(200);
        assertThat(off.get("active")).isEqualTo(false);
        assertThat(eventually(401, () -> api().get("/api/me", judge.access()).status()))
                .isEqualTo(401);
        assertThat(api().refresh(judge.refresh()).status()).isBetween(400, 403);
        Api.Result rightPassword = api().login(judge.email(), PASSWORD);
        assertThat(rightPassword.status()).isEqualTo(403);
        assertThat((String) rightPassword.get("type")).endsWith("/account-deactivated");
        // Without the password, a deactivated account looks like any wrong sign-in.
        Api.Result wrongPassword = api().login(judge.email(), "not-the-password");
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat((String) wrongPassword.get("type")).endsWith("/bad-credentials");
        assertThat(AccountAudit.actionsConcerning(dataSource, judge.id())).contains("ACCOUNT_DEACTIVATED");
    }

    @Test
    void aReactivatedAccountSignsInAgainButItsOldSessionsStayEnded() {
        Person judge = person(Set.of("JUDGE"));
        String admin = api().adminToken();
        setActive(judge.id(), false, admin);

        Api.Result on = setActive(judge.id(), true, admin);

        assertThat(on.status()).isEqualTo(200);
        assertThat(on.get("active")).isEqualTo(true);
        assertThat(api().login(judge.email(), PASSWORD).status()).isEqualTo(200);
        assertThat(api().refresh(judge.refresh()).status()).isEqualTo(400);
        assertThat(api().get("/api/admin/users/" + judge.id(), admin).get("active"))
                .isEqualTo(true);
        assertThat(AccountAudit.actionsConcerning(dataSource, judge.id()))
                .containsSubsequence("ACCOUNT_DEACTIVATED", "ACCOUNT_REACTIVATED");
    }

    @Test
    void onlyAdminsChangeStatusAndUnknownAccountsAre404() {
        Person judge = person(Set.of("JUDGE"));
        Person organizer = person(Set.of("ORGANIZER"));

        assertThat(setActive(judge.id(), false, null).status()).isEqualTo(401);
        assertThat(setActive(judge.id(), false, organizer.access()).status()).isEqualTo(403);
        assertThat(setActive(judge.id(), false, judge.access()).status()).isEqualTo(403);
        Api.Result unknown = setActive(99_999_999L, false, api().adminToken());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        Api.Result missing = api().put("/api/admin/users/" + judge.id() + "/status", Map.of(), api().adminToken());
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.fields()).contains("active");
        assertThat(api().get("/api/me", judge.access()).status()).isEqualTo(200);
    }

    @Test
    void theLastActiveAdminCannotBeDeactivated() {
        String admin = api().adminToken();
        long self = ((Number) api().get("/api/me", admin).get("id")).longValue();
        for (Map<String, Object> user :
                api().get("/api/admin/users?size=200&q=", admin).list("items")) {
            long id = ((Number) user.get("id")).longValue();
            if (id != self
                    && ((List<?>) user.get("roles")).contains("ADMIN")
                    && Boolean.TRUE.equals(user.get("active"))) {
                setActive(id, false, admin);
            }
        }

        Api.Result r = setActive(self, false, admin);

        assertThat(r.status()).isEqualTo(409);
        assertThat((String) r.get("type")).endsWith("/last-admin");
        assertThat(api().get("/api/me", admin).status()).isEqualTo(200);
    }

    @Test
    void removingARoleTakesEffectOnTheNextRequestNotTheNextRefresh() throws Exception {
        Person organizer = person(Set.of("ORGANIZER", "JUDGE"));
        assertThat(api().get("/api/judges", organizer.access()).status()).isEqualTo(200);

        api().put(
                        "/api/admin/users/" + organizer.id() + "/roles",
                        Map.of("roles", List.of("JUDGE")),
                        api().adminToken());

        assertThat(eventually(
                        403, () -> api().get("/api/judges", organizer.access()).status()))
                .isEqualTo(403);
        assertThat(api().get("/api/me", organizer.access()).get("roles")).isEqualTo(List.of("JUDGE"));
        assertThat(AccountAudit.actionsConcerning(dataSource, organizer.id())).contains("ROLES_CHANGED");
    }

    @Test
    void anAccountWithoutRolesCanNoLongerActAsAnyRole() throws Exception {
        Person organizer = person(Set.of("ORGANIZER"));

        api().put("/api/admin/users/" + organizer.id() + "/roles", Map.of("roles", List.of()), api().adminToken());

        assertThat(eventually(
                        403, () -> api().get("/api/judges", organizer.access()).status()))
                .isEqualTo(403);
        assertThat(api().post("/api/programs", Map.of("name", "Should not exist"), organizer.access())
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aDeactivationThroughAnotherInstanceReachesThisOneWithinTheCacheWindow() throws Exception {
        Person judge = person(Set.of("JUDGE"));
        assertThat(api().get("/api/me", judge.access()).status()).isEqualTo(200); // cached here now

        try (EmbeddedServer other = SecondInstance.start();
                HttpClient otherClient = HttpClient.create(other.getURL())) {
            Api b = new Api(otherClient);
            assertThat(b.put(
                                    "/api/admin/users/" + judge.id() + "/status",
                                    Map.of("active", false),
                                    b.token(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD))
                            .status())
                    .isEqualTo(200);
        }

        // Nothing told this instance; its cached view expires (the test configuration keeps the TTL short).
        assertThat(eventually(401, () -> api().get("/api/me", judge.access()).status()))
                .isEqualTo(401);
    }
}
