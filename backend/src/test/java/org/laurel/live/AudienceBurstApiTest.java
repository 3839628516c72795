package org.laurel.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.laurel.support.Api;
import org.laurel.support.Lives;
import org.laurel.support.Lives.Live;

/**
 * A burst of new people from one address is flagged, not refused (a hall shares one network); the
 * organizer voids flagged votes with a reason: they stop counting, stay marked, and the audit
 * trail keeps who voided what and why.
 */
@SuppressWarnings("unchecked")
@MicronautTest(transactional = false)
@Property(name = "laurel.audience.burst-threshold", value = "2")
class AudienceBurstApiTest {

    @Inject
    @Client("/")
    HttpClient client;

    Api api() {
        return new Api(client);
    }

    String newPerson(Live l) {
        String code = "B-" + UUID.randomUUID();
        api().post(
                        "/api/programs/" + l.season().program().id() + "/audience/tickets",
                        Map.of("codes", List.of(code)),
                        l.org());
        return (String) api().post("/api/live/" + l.sessionId() + "/audience/ticket", Map.of("code", code), null)
                .get("token");
    }

    int vote(Live l, long slot, String token) {
        return api().send(
                        HttpRequest.POST(
                                        "/api/live/" + l.sessionId() + "/audience/votes",
                                        Map.of("slotId", slot, "value", 8))
                                .header("X-Audience-Token", token)
                                .header("X-Audience-Device", "phone-" + UUID.randomUUID()),
                        null)
                .status();
    }

    @Test
    void aBurstOfNewPeopleIsFlaggedAndTheOrganizerVoidsTheirVotesWithAReason() {
        Live l = Lives.create(api(), 2);
        assertThat(api().put("/api/rounds/" + l.roundId() + "/audience", Map.of("mode", "SCORE", "weight", 0), l.org())
                        .status())
                .isEqualTo(200);
        Lives.control(api(), l, "START_PITCH");
        Lives.control(api(), l, "OPEN_SCORING");
        long slot = l.slots().get(0);
        for (int i = 0; i < 3; i++) {
            assertThat(vote(l, slot, newPerson(l))).isEqualTo(201);
        }
        Api.Result review = api().get("/api/live/" + l.sessionId() + "/audience/review", l.org());
        assertThat(review.status()).isEqualTo(200);
        List<Map<String, Object>> flagged = review.list("votes");
        assertThat(flagged)
                .isNotEmpty()
                .allSatisfy(v -> assertThat((String) v.get("flagReason"))
                        .startsWith("one of ")
                        .contains("new people from one address"));
        long voteId = ((Number) flagged.get(flagged.size() - 1).get("id")).longValue();
        int open = ((Number) review.get("flaggedOpen")).intValue();

        assertThat(api().get(
                                "/api/live/" + l.sessionId() + "/audience/review",
                                l.judges().get(0).token())
                        .status())
                .isEqualTo(403);
        assertThat(api().get("/api/live/" + l.sessionId() + "/audience/review", null)
                        .status())
                .isEqualTo(401);
        assertThat(api().post(
                                "/api/live/" + l.sessionId() + "/audience/void",
                                Map.of("voteIds", List.of(voteId), "reason", " "),
                                l.org())
                        .status())
                .as("a reason is required")
                .isEqualTo(400);
        Api.Result voided = api().post(
                        "/api/live/" + l.sessionId() + "/audience/void",
                        Map.of("voteIds", List.of(voteId), "reason", "Scripted sign-ups from one laptop"),
                        l.org());
        assertThat(voided.status()).as(String.valueOf(voided.body())).isEqualTo(200);
        assertThat(((Number) voided.get("flaggedOpen")).intValue()).isEqualTo(open - 1);
        assertThat(voided.list("votes"))
                .filteredOn(v -> ((Number) v.get("id")).longValue() == voteId)
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.get("voidReason")).isEqualTo("Scripted sign-ups from one laptop");
                    assertThat(v.get("voidedAt")).isNotNull();
                });
        assertThat(api().post(
                                "/api/live/" + l.sessionId() + "/audience/void",
                                Map.of("voteIds", List.of(Long.MAX_VALUE), "reason", "x"),
                                l.org())
                        .status())
                .isEqualTo(404);
        List<Map<String, Object>> audit =
                api().get("/api/rounds/" + l.roundId() + "/audit", l.org()).list("items");
        assertThat(audit)
                .anyMatch(a -> "AUDIENCE_VOTES_VOIDED".equals(a.get("action"))
                        && "Scripted sign-ups from one laptop".equals(a.get("reason")));
        Api.Result setup = api().get("/api/rounds/" + l.roundId() + "/audience", l.org());
        assertThat(((Number) setup.get("votes")).intValue())
                .as("the voided vote stops counting")
                .isEqualTo(2);
        assertThat(((Number) setup.get("voidedVotes")).intValue()).isEqualTo(1);
    }
}
