package org.laurel.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.laurel.support.Api.PASSWORD;
import static org.laurel.support.Api.uniqueEmail;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.laurel.support.Api;

@SuppressWarnings("unchecked")
@MicronautTest(transactional = false)
class AdminUsersApiTest {

    @Inject
    @Client("/")
    HttpClient client;

    Api api() {
        return new Api(client);
    }

    @Test
    void firstStartCreatedTheConfiguredAdmin() {
        Api.Result login = api().login(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);

        assertThat(login.status()).isEqualTo(200);
        assertThat((List<Object>) login.get("roles")).contains("ADMIN");
    }

    @Test
    void adminCreatesAJudgeWhoCanSignIn() {
        String email = uniqueEmail("judge");
        Api.Result created = api().post(
                        "/api/admin/users",
                        Map.of(
                                "email",
                                email,
                                "password",
                                PASSWORD,
                                "displayName",
                                "Judge Zhang",
                                "organization",
                                "Fudan",
                                "roles",
                                List.of("JUDGE")),
                        api().adminToken());

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/admin/users/" + created.get("id"));
        assertThat(created.get("roles")).isEqualTo(List.of("JUDGE"));
        assertThat(api().login(email, PASSWORD).get("roles")).isEqualTo(List.of("JUDGE"));
    }

    @Test
    void creatingWithoutRolesOrWithAnUnknownRoleIs400() {
        String admin = api().adminToken();
        Api.Result noRoles = api().post(
                        "/api/admin/users",
                        Map.of(
                                "email",
                                uniqueEmail("nr"),
                                "password",
                                PASSWORD,
                                "displayName",
                                "N",
                                "roles",
                                List.of()),
                        admin);
        Api.Result badRole = api().post(
                        "/api/admin/users",
                        Map.of(
                                "email",
                                uniqueEmail("br"),
                                "password",
                                PASSWORD,
                                "displayName",
                                "B",
                                "roles",
                                List.of("EMPEROR")),
                        admin);

        assertThat(noRoles.status()).isEqualTo(400);
        assertThat(noRoles.fields()).contains("roles");
        assertThat(badRole.status()).isEqualTo(400);
        assertThat(badRole.contentType()).startsWith("application/problem+json");
    }

    @Test
    void adminCreatingADuplicateIs409() {
        String email = uniqueEmail("dupe");
        api().register(email, PASSWORD, "D");

        Api.Result r = api().post(
                        "/api/admin/users",
                        Map.of("email", email, "password", PASSWORD, "displayName", "D", "roles", List.of("JUDGE")),
                        api().adminToken());

        assertThat(r.status()).isEqualTo(409);
    }

    @Test
    void nonAdminsGet403AndAnonymousGet401() {
        String applicant = api().newUser("app", Set.of("APPLICANT"));
        String organizer = api().newUser("org", Set.of("ORGANIZER", "JUDGE"));

        for (String token : List.of(applicant, organizer)) {
            assertThat(api().get("/api/admin/users", token).status()).isEqualTo(403);
            assertThat(api().post(
                                    "/api/admin/users",
                                    Map.of(
                                            "email",
                                            uniqueEmail("x"),
                                            "password",
                                            PASSWORD,
                                            "displayName",
                                            "X",
                                            "roles",
                                            List.of("ADMIN")),
                                    token)
                            .status())
                    .isEqualTo(403);
            assertThat(api().put("/api/admin/users/1/roles", Map.of("roles", List.of("ADMIN")), token)
                            .status())
                    .isEqualTo(403);
        }
        Api.Result anonymous = api().get("/api/admin/users", null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(api().post("/api/admin/users", Map.of(), null).status()).isEqualTo(401);
    }

    @Test
    void grantedAndRevokedRolesShowInRefreshedSessionsAndAtSignIn() {
        String email = uniqueEmail("grow");
        long id = ((Number) api().register(email, PASSWORD, "Grow").get("id")).longValue();
        Api.Result login = api().login(email, PASSWORD);
        String admin = api().adminToken();

        Api.Result granted = api().put(
                        "/api/admin/users/" + id + "/roles",
                        Map.of("roles", List.of("APPLICANT", "JUDGE", "ORGANIZER")),
                        admin);
        assertThat(granted.status()).isEqualTo(200);
        assertThat(granted.get("roles")).isEqualTo(List.of("APPLICANT", "JUDGE", "ORGANIZER"));

        Api.Result refreshed = api().refresh(login.get("refresh_token"));
        assertThat(api().get("/api/me", (String) refreshed.get("access_token")).get("roles"))
                .isEqualTo(List.of("APPLICANT", "JUDGE", "ORGANIZER"));

        Api.Result revoked = api().put("/api/admin/users/" + id + "/roles", Map.of("roles", List.of("JUDGE")), admin);
        assertThat(revoked.get("roles")).isEqualTo(List.of("JUDGE"));
        assertThat(api().login(email, PASSWORD).get("roles")).isEqualTo(List.of("JUDGE"));
    }

    @Test
    void rolesOfAnUnknownUserIs404() {
        Api.Result r =
                api().put("/api/admin/users/99999999/roles", Map.of("roles", List.of("JUDGE")), api().adminToken());

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theLastAdminCannotBeRevoked() {
        String admin = api().adminToken();
        // Other tests may have created admins; leave exactly one.
        long self = ((Number) api().get("/api/me", admin).get("id")).longValue();
        for (Map<String, Object> user :
                api().get("/api/admin/users?size=200&q=", admin).list("items")) {
            long id = ((Number) user.get("id")).longValue();
            if (id != self && ((List<?>) user.get("roles")).contains("ADMIN")) {
                api().put("/api/admin/users/" + id + "/roles", Map.of("roles", List.of()), admin);
            }
        }

        Api.Result r = api().put("/api/admin/users/" + self + "/roles", Map.of("roles", List.of("JUDGE")), admin);

        assertThat(r.status()).isEqualTo(409);
        assertThat((String) r.get("type")).endsWith("/last-admin");
        assertThat((List<Object>) api().get("/api/me", admin).get("roles")).contains("ADMIN");
    }

    @Test
    void listSearchesAndPages() {
        String admin = api().adminToken();
        String marker = "Zebra" + System.nanoTime();
        for (int i = 0; i < 3; i++) {
            api().register(uniqueEmail("list"), PASSWORD, marker + " " + i);
        }

        Api.Result page0 = api().get("/api/admin/users?q=" + marker.toLowerCase() + "&size=2&page=0", admin);
        Api.Result page1 = api().get("/api/admin/users?q=" + marker + "&size=2&page=1", admin);

        assertThat(page0.status()).isEqualTo(200);
        assertThat(((Number) page0.get("total")).intValue()).isEqualTo(3);
        assertThat(page0.list("items")).hasSize(2);
        assertThat(page1.list("items")).hasSize(1);
        assertThat(page0.list("items").get(0).get("roles")).isEqualTo(List.of("APPLICANT"));
    }

    @Test
    void pageSizeAbove200Is400() {
        Api.Result r = api().get("/api/admin/users?size=500", api().adminToken());

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.fields()).containsExactly("size");
    }

    @Test
    void searchTreatsWildcardsLiterally() {
        Api.Result r = api().get("/api/admin/users?q=%25%25%25zz_zz", api().adminToken());

        assertThat(r.status()).isEqualTo(200);
        assertThat(((Number) r.get("total")).intValue()).isZero();
    }

    @Test
    void organizersFindJudgesButNobodyElse() {
        String marker = "Assessor" + System.nanoTime();
        api().post(
                        "/api/admin/users",
                        Map.of(
                                "email",
                                uniqueEmail("j"),
                                "password",
                                PASSWORD,
                                "displayName",
                                marker + " One",
                                "roles",
                                List.of("JUDGE")),
                        api().adminToken());
        api().post(
                        "/api/admin/users",
                        Map.of(
                                "email",
                                uniqueEmail("o"),
                                "password",
                                PASSWORD,
                                "displayName",
                                marker + " Two",
                                "roles",
                                List.of("ORGANIZER")),
                        api().adminToken());
        String organizer = api().newUser("org", Set.of("ORGANIZER"));

        Api.Result r = api().get("/api/judges?q=" + marker, organizer);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.list("items")).extracting(u -> u.get("displayName")).containsExactly(marker + " One");
        assertThat(api().get("/api/judges", api().newUser("j2", Set.of("JUDGE")))
                        .status())
                .isEqualTo(403);
        assertThat(api().get("/api/judges", null).status()).isEqualTo(401);
    }
}
