package org.laurel.entries;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.laurel.support.Api;
import org.laurel.support.Seasons;

/** An entry's state changes reach the hash-chained audit trail; a draft stays out of its program's trail. */
@MicronautTest(transactional = false)
class EntryAuditApiTest {

    @Inject
    @Client("/")
    HttpClient client;

    Api api() {
        return new Api(client);
    }

    static long id(Object n) {
        return n == null ? -1 : ((Number) n).longValue();
    }

    @Test
    void submissionScreeningAndWithdrawalAreInTheTrailAndTheChainStillHolds() {
        Seasons seasons = new Seasons(api());
        Seasons.Program program = seasons.openAward(Duration.ofDays(2));
        String org = program.organizerToken();
        Seasons.Applicant draft = seasons.draft(program);
        Seasons.Applicant a = seasons.submitted(program);
        Seasons.Applicant b = seasons.submitted(program);
        assertThat(api().post(
                                "/api/entries/" + a.entryId() + "/eligibility",
                                Map.of("eligible", false, "reason", "Outside the call"),
                                org)
                        .status())
                .isEqualTo(200);
        assertThat(api().post(
                                "/api/programs/" + program.id() + "/entries/eligibility",
                                Map.of("entryIds", List.of(a.entryId(), b.entryId()), "eligible", true),
                                org)
                        .status())
                .isEqualTo(200);
        assertThat(api().post("/api/entries/" + b.entryId() + "/withdraw", Map.of(), b.token())
                        .status())
                .isEqualTo(200);

        List<Map<String, Object>> trail =
                api().get("/api/programs/" + program.id() + "/audit", org).list("items");
        assertThat(trail)
                .filteredOn(i -> "ENTRY_SUBMITTED".equals(i.get("action")))
                .extracting(i -> id(i.get("entryId")))
                .containsExactlyInAnyOrder(a.entryId(), b.entryId());
        assertThat(trail)
                .anyMatch(i -> "ELIGIBILITY_DECIDED".equals(i.get("action"))
                        && id(i.get("entryId")) == a.entryId()
                        && "INELIGIBLE".equals(i.get("after"))
                        && "Outside the call".equals(i.get("reason")));
        assertThat(trail)
                .as("one record for the bulk decision, each entry's new status in it")
                .anyMatch(i -> "ELIGIBILITY_DECIDED".equals(i.get("action"))
                        && i.get("entryId") == null
                        && String.valueOf(i.get("after")).contains(a.entryId() + "\":\"ELIGIBLE")
                        && String.valueOf(i.get("after")).contains(b.entryId() + "\":\"ELIGIBLE"));
        assertThat(trail)
                .anyMatch(i -> "ENTRY_WITHDRAWN".equals(i.get("action"))
                        && id(i.get("entryId")) == b.entryId()
                        && "ELIGIBLE".equals(i.get("before"))
                        && "WITHDRAWN".equals(i.get("after")));
        assertThat(trail)
                .as("a draft is private to its applicant")
                .noneMatch(i -> id(i.get("entryId")) == draft.entryId());

        List<Map<String, Object>> ofEntry =
                api().get("/api/entries/" + a.entryId() + "/audit", org).list("items");
        assertThat(ofEntry)
                .extracting(i -> i.get("action"))
                .containsSubsequence("ENTRY_CREATED", "ENTRY_SUBMITTED", "ELIGIBILITY_DECIDED");

        Api.Result verified = api().post("/api/programs/" + program.id() + "/audit/verify", Map.of(), org);
        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.get("valid")).as(String.valueOf(verified.body())).isEqualTo(true);
    }
}
