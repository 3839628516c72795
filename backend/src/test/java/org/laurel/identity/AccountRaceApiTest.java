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
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.laurel.support.Api;
import org.laurel.support.Race;

/**
 * An administrator's double click, or two administrators at once, changing one account: the
 * changes run one after another on the account's row lock, and each answers 200, never a 500 from
 * a role replacement meeting another's half-done delete and insert.
 */
@MicronautTest(transactional = false)
@SuppressWarnings("unchecked")
class AccountRaceApiTest {

    private static final List<List<String>> ROLE_SETS =
            List.of(List.of("JUDGE"), List.of("JUDGE", "ORGANIZER"), List.of("ORGANIZER"), List.of("APPLICANT"));

    @Inject
    @Client("/")
    HttpClient client;

    Api api() {
        return new Api(client);
    }

    @Test
    void parallelRoleReplacementsStatusChangesAndGrantsOfOneAccountAllAnswer() throws Exception {
        String admin = api().adminToken();
        long id = ((Number) api().post(
                                "/api/admin/users",
                                Map.of(
                                        "email",
                                        uniqueEmail("raced-roles"),
                                        "password",
                                        PASSWORD,
                                        "displayName",
                                        "Raced",
                                        "roles",
                                        List.of("JUDGE")),
                                admin)
                        .get("id"))
                .longValue();
        AtomicInteger turn = new AtomicInteger();

        List<Api.Result> results = Race.of(12, () -> {
            int i = turn.getAndIncrement();
            if (i % 3 == 2) {
                return api().put("/api/admin/users/" + id + "/status", Map.of("active", i % 2 == 0), admin);
            }
            return api().put(
                            "/api/admin/users/" + id + "/roles",
                            Map.of("roles", ROLE_SETS.get(i % ROLE_SETS.size())),
                            admin);
        });

        for (Api.Result r : results) {
            assertThat(r.status()).as(String.valueOf(r.body())).isEqualTo(200);
        }
        Api.Result after = api().get("/api/admin/users/" + id, admin);
        assertThat(ROLE_SETS).contains((List<String>) after.get("roles"));
    }
}
