package org.laurel.judging;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.laurel.support.Api;
import org.laurel.support.Seasons;

/**
 * Finalizing a round is announced once: the trail records each entry's outcome, the entries
 * module notes it on the entries, notifications tell the applicants, and the chain still holds.
 */
@MicronautTest(transactional = false)
class FinalizeAuditApiTest {

    @Inject
    @Client("/")
    HttpClient client;

    Api api() {
        return new Api(client);
    }

    @Test
    void aFinalizedRoundsOutcomePerEntryIsInTheTrailOnTheEntriesAndToldToTheApplicants() {
        Seasons seasons = new Seasons(api());
        Seasons.Screened season = seasons.screenedAward(2); // one entry in each category
        String org = season.program().organizerToken();
        Seasons.OpenRound open = seasons.openOnlineRound(season, "Innovation", true);
        long roundId = open.id();
        long criterion = open.criterionId();
        Seasons.Person judge = open.judge();
        long scored = season.entryIds().get(0);
        long unscored = season.entryIds().get(1);
        assertThat(api().put(
                                "/api/rounds/" + roundId + "/entries/" + scored + "/scorecard",
                                Map.of("scores", Map.of(String.valueOf(criterion), 8), "submit", true),
                                judge.token())
                        .status())
                .isEqualTo(200);
        api().post("/api/rounds/" + roundId + "/close", Map.of(), org);

        assertThat(api().post("/api/rounds/" + roundId + "/finalize", Map.of(), org)
                        .status())
                .isEqualTo(200);

        List<Map<String, Object>> trail =
                api().get("/api/rounds/" + roundId + "/audit", org).list("items");
        Map<String, Object> finalized = trail.stream()
                .filter(i -> "ROUND_FINALIZED".equals(i.get("action")))
                .findFirst()
                .orElseThrow();
        assertThat((String) finalized.get("after"))
                .contains("\"advancedEntries\":[" + scored + "]")
                .contains("\"notAdvancedEntries\":[" + unscored + "]");
        assertThat(api().get("/api/entries/" + scored, season.applicantToken()).list("timeline"))
                .extracting(t -> t.get("type"))
                .contains("ADVANCED");
        assertThat(api().get("/api/entries/" + unscored, season.applicantToken())
                        .list("timeline"))
                .extracting(t -> t.get("type"))
                .contains("NOT_ADVANCED");
        assertThat(api().get("/api/entries/" + scored, season.applicantToken()).get("currentRoundId"))
                .satisfies(v -> assertThat(((Number) v).longValue()).isEqualTo(roundId));
        assertThat(api().get("/api/me/notifications", season.applicantToken()).list("items"))
                .filteredOn(n -> "ROUND_OUTCOME".equals(n.get("kind")))
                .hasSize(2);

        Api.Result verified = api().post("/api/programs/" + season.program().id() + "/audit/verify", Map.of(), org);
        assertThat(verified.get("valid")).as(String.valueOf(verified.body())).isEqualTo(true);
    }
}
