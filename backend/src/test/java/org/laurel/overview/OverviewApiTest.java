package org.laurel.overview;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.laurel.support.Api;
import org.laurel.support.Seasons;

/** The organizer's home in figures: entries by state and each round's progress, for their own programs only. */
@MicronautTest(transactional = false)
class OverviewApiTest {

    @Inject
    @Client("/")
    HttpClient client;

    Api api() {
        return new Api(client);
    }

    @Test
    void anOrganizerSeesEntriesByStateAndHowFarEachRoundHasGot() {
        Seasons seasons = new Seasons(api());
        Seasons.Screened season = seasons.screenedAward(3);
        String org = season.program().organizerToken();
        long programId = season.program().id();
        // One more entry submitted but not screened yet, one still a draft, one found ineligible.
        Seasons.Applicant waiting = seasons.submitted(season.program());
        seasons.draft(season.program());
        api().post(
                        "/api/programs/" + programId + "/entries/eligibility",
                        Map.of("entryIds", List.of(season.entryIds().get(2)), "eligible", false, "reason", "Too late"),
                        org);
        Seasons.OpenRound round = seasons.openOnlineRound(season, "Impact", false);
        api().put(
                        "/api/rounds/" + round.id() + "/entries/"
                                + season.entryIds().get(0) + "/scorecard",
                        Map.of("scores", Map.of(String.valueOf(round.criterionId()), 7), "submit", true),
                        round.judge().token());

        Api.Result overview = api().get("/api/organize/overview", org);

        assertThat(overview.status()).isEqualTo(200);
        Map<String, Object> figures = overview.list("items").stream()
                .filter(p -> ((Number) p.get("programId")).longValue() == programId)
                .findFirst()
                .orElseThrow();
        @SuppressWarnings("unchecked")
        Map<String, Object> entries = (Map<String, Object>) figures.get("entries");
        // 3 screened (2 eligible, 1 ineligible) + 1 waiting; the draft is counted apart.
        assertThat(entries)
                .containsEntry("submitted", 4)
                .containsEntry("awaitingScreening", 1)
                .containsEntry("eligible", 2)
                .containsEntry("ineligible", 1)
                .containsEntry("drafts", 1);
        assertThat(waiting.entryId()).isPositive();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rounds = (List<Map<String, Object>>) figures.get("rounds");
        assertThat(rounds).hasSize(1);
        // Only eligible entries enter the round, one judge each; one card is in.
        assertThat(rounds.get(0))
                .containsEntry("roundId", (int) round.id())
                .containsEntry("status", "OPEN")
                .containsEntry("entries", 2)
                .containsEntry("assigned", 2)
                .containsEntry("submitted", 1);
    }

    @Test
    void anotherOrganizersProgramsAreNotInTheirFigures() {
        Seasons seasons = new Seasons(api());
        Seasons.Screened season = seasons.screenedAward(1);
        String stranger = api().newUser("organizer", Set.of("ORGANIZER"));

        List<Map<String, Object>> items =
                api().get("/api/organize/overview", stranger).list("items");

        assertThat(items)
                .noneMatch(p -> ((Number) p.get("programId")).longValue()
                        == season.program().id());
    }
}
