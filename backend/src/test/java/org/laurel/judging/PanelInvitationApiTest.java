package org.laurel.judging;

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
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.laurel.support.Api;
import org.laurel.support.Outbox;
import org.laurel.support.Seasons;

/** An organizer invites judges by email straight into a round's panel. */
@MicronautTest(transactional = false)
@SuppressWarnings("unchecked")
class PanelInvitationApiTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    DataSource dataSource;

    Api api() {
        return new Api(client);
    }

    @Test
    void aNewAddressBecomesAJudgeOnThePanelAndSetsAPasswordByLink() throws Exception {
        Seasons seasons = new Seasons(api());
        Seasons.Screened season = seasons.screenedAward(2);
        Seasons.OpenRound round = seasons.openOnlineRound(season, "Impact", false);
        String org = season.program().organizerToken();
        String email = uniqueEmail("invitee");

        Api.Result r = invite(round.id(), Map.of("email", email, "displayName", "Dr. Invitee", "language", "en"), org);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.get("outcome")).isEqualTo("CREATED");
        long judgeId = ((Number) r.get("judgeId")).longValue();
        assertThat(panelIds(r)).contains(round.judge().id(), judgeId);
        assertThat(Outbox.lastSubject(dataSource, email)).contains("judge");

        String token = Outbox.passwordToken(dataSource, email);
        assertThat(api().post(
                                "/api/auth/password-reset/confirm",
                                Map.of("token", token, "newPassword", "judging-at-last"),
                                null)
                        .status())
                .isEqualTo(204);
        Api.Result signedIn = api().login(email, "judging-at-last");
        assertThat((List<Object>) signedIn.get("roles")).contains("JUDGE");
    }

    @Test
    void anExistingAccountGainsTheJudgeRoleAndInvitingTwiceChangesNothing() {
        Seasons seasons = new Seasons(api());
        Seasons.Screened season = seasons.screenedAward(1);
        Seasons.OpenRound round = seasons.openOnlineRound(season, "Impact", false);
        String org = season.program().organizerToken();
        String email = uniqueEmail("applicant");
        api().register(email, PASSWORD, "Applicant first");

        Api.Result first = invite(round.id(), Map.of("email", email, "displayName", "Ignored"), org);
        assertThat(first.get("outcome")).isEqualTo("ROLE_ADDED");
        Api.Result again = invite(round.id(), Map.of("email", email.toUpperCase(), "displayName", "Ignored"), org);
        assertThat(again.get("outcome")).isEqualTo("ALREADY_JUDGE");
        assertThat(panelIds(again)).hasSize(2);
        assertThat((List<Object>) api().login(email, PASSWORD).get("roles")).contains("APPLICANT", "JUDGE");
    }

    @Test
    void refusalsSayWhy() {
        Seasons seasons = new Seasons(api());
        Seasons.Screened season = seasons.screenedAward(1);
        Seasons.OpenRound round = seasons.openOnlineRound(season, "Impact", false);
        String org = season.program().organizerToken();
        Seasons.Person retired = seasons.person("Retired", Set.of("JUDGE"), null);
        api().put("/api/admin/users/" + retired.id() + "/status", Map.of("active", false), api().adminToken());

        Api.Result inactive = invite(round.id(), Map.of("email", retired.email(), "displayName", "R"), org);
        assertThat(inactive.status()).isEqualTo(409);
        assertThat((String) inactive.get("type")).endsWith("/account-inactive");
        Api.Result bad = invite(round.id(), Map.of("email", "not-an-address", "displayName", "Someone"), org);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.list("errors")).extracting(e -> e.get("field")).contains("email");
        Api.Result nameless = invite(round.id(), Map.of("email", uniqueEmail("nameless")), org);
        assertThat(nameless.status()).isEqualTo(400);
        assertThat(nameless.list("errors")).extracting(e -> e.get("field")).containsExactly("displayName");
        Api.Result known = invite(round.id(), Map.of("email", round.judge().email()), org);
        assertThat(known.get("outcome"))
                .as("an existing account needs no name: " + known.body())
                .isEqualTo("ALREADY_JUDGE");

        Map<String, Object> body = Map.of("email", uniqueEmail("x"), "displayName", "X");
        Seasons.Person stranger = seasons.person("Stranger", Set.of("ORGANIZER"), null);
        assertThat(invite(round.id(), body, stranger.token()).status()).isIn(403, 404);
        assertThat(invite(round.id(), body, round.judge().token()).status()).isEqualTo(403);
        assertThat(invite(round.id(), body, null).status()).isEqualTo(401);
        assertThat(invite(99_999_999L, body, org).status()).isEqualTo(404);
    }

    private Api.Result invite(long roundId, Map<String, Object> body, String token) {
        return api().post("/api/rounds/" + roundId + "/panel/invitations", body, token);
    }

    @SuppressWarnings("unchecked")
    private static List<Long> panelIds(Api.Result r) {
        Map<String, Object> panel = (Map<String, Object>) r.get("panel");
        return ((List<Map<String, Object>>) panel.get("judges"))
                .stream().map(j -> ((Number) j.get("id")).longValue()).toList();
    }
}
