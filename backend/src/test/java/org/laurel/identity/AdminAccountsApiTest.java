package org.laurel.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.laurel.support.Api.PASSWORD;
import static org.laurel.support.Api.uniqueEmail;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.laurel.support.Api;
import org.laurel.support.Outbox;
import org.laurel.support.Seasons;

/** The admin's side of accounts: role filter, password links for others, and importing judges from CSV. */
@MicronautTest(transactional = false)
class AdminAccountsApiTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    DataSource dataSource;

    Api api() {
        return new Api(client);
    }

    @Test
    void theListFiltersByRoleAndText() {
        Seasons.Person judge = new Seasons(api()).person("Filterjudge", Set.of("JUDGE"), null);
        String admin = api().adminToken();

        Api.Result judges = api().get("/api/admin/users?role=JUDGE&q=" + judge.email() + "&size=5", admin);
        assertThat(judges.status()).isEqualTo(200);
        assertThat(judges.list("items"))
                .extracting(u -> u.get("email"))
                .containsExactly(judge.email().toLowerCase(java.util.Locale.ROOT));
        Api.Result organizers = api().get("/api/admin/users?role=ORGANIZER&q=" + judge.email(), admin);
        assertThat(organizers.list("items")).isEmpty();
        assertThat(api().get("/api/admin/users?role=EMPEROR", admin).status()).isEqualTo(400);
    }

    @Test
    void anAdminSendsAPasswordLinkThatWorksOnce() throws Exception {
        Seasons.Person judge = new Seasons(api()).person("Forgetful", Set.of("JUDGE"), null);
        String admin = api().adminToken();

        assertThat(api().post("/api/admin/users/" + judge.id() + "/password-reset", Map.of(), admin)
                        .status())
                .isEqualTo(202);
        String token = Outbox.passwordToken(dataSource, judge.email());
        assertThat(api().login(judge.email(), PASSWORD).status())
                .as("the old password works until the link is used")
                .isEqualTo(200);
        assertThat(confirm(token, "chosen-after-reset").status()).isEqualTo(204);
        assertThat(api().login(judge.email(), "chosen-after-reset").status()).isEqualTo(200);
        assertThat(confirm(token, "chosen-again-twice").status()).isEqualTo(410);

        assertThat(api().post("/api/admin/users/99999999/password-reset", Map.of(), admin)
                        .status())
                .isEqualTo(404);
        // A fresh sign-in: the reset ended the judge's earlier sessions (once the clock has passed a second).
        String judgeNow = api().token(judge.email(), "chosen-after-reset");
        assertThat(api().post("/api/admin/users/" + judge.id() + "/password-reset", Map.of(), judgeNow)
                        .status())
                .isEqualTo(403);
        assertThat(api().post("/api/admin/users/" + judge.id() + "/password-reset", Map.of(), null)
                        .status())
                .isEqualTo(401);
    }

    @Test
    void aDeactivatedAccountGetsNoLinkAndCannotSignInOrRefresh() throws Exception {
        Seasons.Person judge = new Seasons(api()).person("Retired", Set.of("JUDGE"), null);
        Api.Result session = api().login(judge.email(), PASSWORD);
        String admin = api().adminToken();
        assertThat(api().put("/api/admin/users/" + judge.id() + "/status", Map.of("active", false), admin)
                        .status())
                .isEqualTo(200);

        assertThat(api().login(judge.email(), PASSWORD).status()).isEqualTo(403);
        assertThat(api().refresh(session.get("refresh_token")).status()).isIn(400, 401, 403);
        Api.Result link = api().post("/api/admin/users/" + judge.id() + "/password-reset", Map.of(), admin);
        assertThat(link.status()).isEqualTo(409);
        assertThat((String) link.get("type")).endsWith("/account-inactive");
        int before = Outbox.count(dataSource, judge.email());
        api().post("/api/auth/password-reset", Map.of("email", judge.email()), null);
        assertThat(Outbox.count(dataSource, judge.email())).isEqualTo(before);
    }

    @Test
    void importingJudgesReportsEveryRow() throws Exception {
        String fresh = uniqueEmail("newjudge");
        String applicant = uniqueEmail("applicant-turned-judge");
        api().register(applicant, PASSWORD, "Already here");
        Seasons.Person judge = new Seasons(api()).person("Seasoned", Set.of("JUDGE"), null);
        String csv = "\uFEFFEmail,Name,Organization,Language\r\n"
                + fresh + ",\"Wang, Li\",Tsinghua University,zh-CN\r\n"
                + applicant + ",,,\r\n"
                + judge.email() + ",Seasoned,,en\r\n"
                + "not-an-email,Nobody,,\r\n"
                + fresh.toUpperCase() + ",Twice,,\r\n"
                + uniqueEmail("badlang") + ",Lang,,fr\r\n"
                + ",,,\r\n";

        Api.Result r = importCsv(csv, api().adminToken());

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body())
                .containsEntry("created", 1)
                .containsEntry("roleAdded", 1)
                .containsEntry("alreadyJudges", 1)
                .containsEntry("failed", 3);
        List<Map<String, Object>> rows = r.list("rows");
        assertThat(rows).extracting(row -> row.get("line")).containsExactly(2, 3, 4, 5, 6, 7);
        assertThat(rows)
                .extracting(row -> row.get("outcome"))
                .containsExactly("CREATED", "ROLE_ADDED", "ALREADY_JUDGE", "FAILED", "FAILED", "FAILED");
        assertThat((String) rows.get(3).get("message")).contains("not an email address");
        assertThat((String) rows.get(4).get("message")).contains("earlier row");
        assertThat((String) rows.get(5).get("message")).contains("zh-CN or en");

        // The new judge cannot sign in until the invitation link sets a password.
        assertThat(Outbox.lastSubject(dataSource, fresh)).contains("评委");
        assertThat(api().login(fresh, PASSWORD).status()).isEqualTo(401);
        String token = Outbox.passwordToken(dataSource, fresh);
        assertThat(confirm(token, "my-first-password").status()).isEqualTo(204);
        Api.Result signedIn = api().login(fresh, "my-first-password");
        assertThat(signedIn.status()).isEqualTo(200);
        assertThat(api().get("/api/me", (String) signedIn.get("access_token")).body())
                .containsEntry("displayName", "Wang, Li")
                .containsEntry("organization", "Tsinghua University")
                .containsEntry("language", "zh-CN");
        @SuppressWarnings("unchecked")
        List<Object> roles = (List<Object>) api().login(applicant, PASSWORD).get("roles");
        assertThat(roles).contains("JUDGE", "APPLICANT");
    }

    @Test
    void aFileWithoutAnEmailColumnIsRefusedWhole() {
        Api.Result r = importCsv("name,organization\nSomeone,Somewhere\n", api().adminToken());
        assertThat(r.status()).isEqualTo(400);
        assertThat((String) r.get("detail")).contains("\"email\"");
        assertThat(importCsv("", api().adminToken()).status()).isEqualTo(400);
    }

    @Test
    void onlyAnAdminImports() {
        Seasons.Person organizer = new Seasons(api()).person("Importer", Set.of("ORGANIZER"), null);
        assertThat(importCsv("email\n" + uniqueEmail("x") + "\n", organizer.token())
                        .status())
                .isEqualTo(403);
        assertThat(importCsv("email\n" + uniqueEmail("x") + "\n", null).status())
                .isEqualTo(401);
    }

    private Api.Result importCsv(String csv, String token) {
        return api().send(HttpRequest.POST("/api/admin/users/import", csv).contentType("text/csv"), token);
    }

    private Api.Result confirm(String token, String password) {
        return api().post("/api/auth/password-reset/confirm", Map.of("token", token, "newPassword", password), null);
    }
}
