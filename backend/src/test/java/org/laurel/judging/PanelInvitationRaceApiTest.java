package org.laurel.judging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.laurel.support.Api.uniqueEmail;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.laurel.support.Api;
import org.laurel.support.Race;
import org.laurel.support.Seasons;

/**
 * Two organizers (or one double click) inviting the same new address at once: the unique email
 * decides who creates the account, and everyone else finds it and carries on as for an existing
 * account, never a 500.
 */
@MicronautTest(transactional = false)
@SuppressWarnings("unchecked")
class PanelInvitationRaceApiTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    DataSource dataSource;

    Api api() {
        return new Api(client);
    }

    @Test
    void parallelInvitationsOfOneNewAddressMakeOneAccountSeatedOnce() throws Exception {
        Seasons seasons = new Seasons(api());
        Seasons.Screened season = seasons.screenedAward(1);
        Seasons.OpenRound round = seasons.openOnlineRound(season, "Impact", false);
        String org = season.program().organizerToken();
        String email = uniqueEmail("raced");
        Map<String, Object> body = Map.of("email", email, "displayName", "Dr. Raced");

        List<Api.Result> results =
                Race.of(8, () -> api().post("/api/rounds/" + round.id() + "/panel/invitations", body, org));

        for (Api.Result r : results) {
            assertThat(r.status())
                    .as("every invitation answers 2xx: " + r.body())
                    .isEqualTo(200);
        }
        assertThat(results).extracting(r -> r.get("outcome")).containsOnlyOnce("CREATED");
        assertThat(results)
                .extracting(r -> ((Number) r.get("judgeId")).longValue())
                .containsOnly(((Number) results.get(0).get("judgeId")).longValue());
        assertThat(count("SELECT COUNT(*) FROM app_user WHERE email = ?", email))
                .isEqualTo(1);
        assertThat(count(
                        "SELECT COUNT(*) FROM panel_member p JOIN app_user u ON u.id = p.judge_id"
                                + " WHERE u.email = ? AND p.round_id = " + round.id(),
                        email))
                .isEqualTo(1);
        assertThat(count(
                        "SELECT COUNT(*) FROM user_role r JOIN app_user u ON u.id = r.user_id"
                                + " WHERE u.email = ? AND r.role = 'JUDGE'",
                        email))
                .isEqualTo(1);
        Api.Result panel = api().get("/api/rounds/" + round.id() + "/panel", org);
        assertThat((List<Map<String, Object>>) panel.get("judges")).hasSize(2);
    }

    @Test
    void parallelRegistrationsOfOneAddressAnswerOneCreatedAndConflicts() throws Exception {
        String email = uniqueEmail("twin");

        List<Api.Result> results = Race.of(8, () -> api().register(email, Api.PASSWORD, "Twin"));

        assertThat(results).extracting(Api.Result::status).containsOnly(201, 409);
        assertThat(results).extracting(Api.Result::status).containsOnlyOnce(201);
        for (Api.Result r : results) {
            if (r.status() == 409) {
                assertThat(r.contentType()).startsWith("application/problem+json");
                assertThat((String) r.get("type")).endsWith("/email-taken");
            }
        }
        assertThat(count("SELECT COUNT(*) FROM app_user WHERE email = ?", email))
                .isEqualTo(1);
    }

    @Test
    void parallelImportsOfOneFileCreateAndPromoteEachPersonOnce() throws Exception {
        String fresh = uniqueEmail("imported");
        String applicant = uniqueEmail("promoted");
        api().register(applicant, Api.PASSWORD, "Applicant");
        String csv = "email,name\n" + fresh + ",Dr. Imported\n" + applicant + ",\n";
        String admin = api().adminToken();

        List<Api.Result> results = Race.of(
                8,
                () -> api().send(
                                HttpRequest.POST("/api/admin/users/import", csv).contentType("text/csv"), admin));

        for (Api.Result r : results) {
            assertThat(r.status()).as(String.valueOf(r.body())).isEqualTo(200);
            assertThat(((Number) r.get("failed")).intValue())
                    .as(String.valueOf(r.body()))
                    .isZero();
        }
        assertThat(results.stream()
                        .mapToInt(r -> ((Number) r.get("created")).intValue())
                        .sum())
                .isEqualTo(1);
        assertThat(results.stream()
                        .mapToInt(r -> ((Number) r.get("roleAdded")).intValue())
                        .sum())
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM app_user WHERE email = ?", fresh))
                .isEqualTo(1);
        assertThat(count(
                        "SELECT COUNT(*) FROM user_role r JOIN app_user u ON u.id = r.user_id"
                                + " WHERE u.email = ? AND r.role = 'JUDGE'",
                        applicant))
                .isEqualTo(1);
    }

    private long count(String sql, String email) throws Exception {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, email);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
