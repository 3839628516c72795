package org.laurel.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.laurel.support.Api;
import org.laurel.support.Seasons;

/** Tampering with stored audit records is detected by the verify check; each test restores what it tampered with. */
@SuppressWarnings("unchecked")
@MicronautTest(transactional = false)
class AuditChainApiTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    TransactionOperations<Connection> tx;

    @Inject
    AuditChain chain;

    Api api() {
        return new Api(client);
    }

    @Test
    void anEditedRecordOfTheProgramIsDetectedAndTheCheckIsForItsOrganizers() {
        Seasons.Screened season = new Seasons(api()).screenedAward(1);
        String org = season.program().organizerToken();
        // Some audited changes: a round created, opened...
        long round = ((Number) api().post(
                                "/api/programs/" + season.program().id() + "/rounds",
                                Map.of(
                                        "name",
                                        "R",
                                        "mode",
                                        "ONLINE",
                                        "aggregation",
                                        "MEAN",
                                        "blind",
                                        true,
                                        "judgesPerEntry",
                                        1,
                                        "criteria",
                                        List.of(Map.of("name", "A", "weight", 1, "min", 0, "max", 10, "step", 1))),
                                org)
                        .get("id"))
                .longValue();
        api().post("/api/rounds/" + round + "/open", Map.of(), org);

        String verify = "/api/programs/" + season.program().id() + "/audit/verify";
        Api.Result ok = api().post(verify, Map.of(), org);
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.get("valid")).as(String.valueOf(ok.body())).isEqualTo(true);
        assertThat(((Number) ok.get("checked")).longValue()).isPositive();

        long victim = exec("SELECT MAX(id) FROM audit_record WHERE round_id = " + round);
        try {
            update("UPDATE audit_record SET reason = 'quietly edited' WHERE id = " + victim);
            Api.Result edited = api().post(verify, Map.of(), org);
            assertThat(edited.get("valid")).isEqualTo(false);
            assertThat((List<Map<String, Object>>) edited.get("problems"))
                    .anyMatch(p -> ((Number) p.get("recordId")).longValue() == victim
                            && ((String) p.get("problem")).contains("changed"));
        } finally {
            update("UPDATE audit_record SET reason = NULL WHERE id = " + victim);
        }
        assertThat(api().post(verify, Map.of(), org).get("valid"))
                .as("restored")
                .isEqualTo(true);

        assertThat(api().post(verify, Map.of(), null).status()).isEqualTo(401);
        String applicant =
                new Seasons(api()).person("app", Set.of("APPLICANT"), "X").token();
        assertThat(api().post(verify, Map.of(), applicant).status()).isEqualTo(403);
    }

    @Test
    void theGlobalCheckIsForAdminsAndAnOrganizerChecksOnlyTheirOwnProgram() {
        Seasons.Screened mine = new Seasons(api()).screenedAward(1);
        Seasons.Screened theirs = new Seasons(api()).screenedAward(1);
        String org = mine.program().organizerToken();
        long round = ((Number) api().post(
                                "/api/programs/" + theirs.program().id() + "/rounds",
                                Map.of(
                                        "name",
                                        "R",
                                        "mode",
                                        "ONLINE",
                                        "aggregation",
                                        "MEAN",
                                        "blind",
                                        true,
                                        "judgesPerEntry",
                                        1,
                                        "criteria",
                                        List.of(Map.of("name", "A", "weight", 1, "min", 0, "max", 10, "step", 1))),
                                theirs.program().organizerToken())
                        .get("id"))
                .longValue();
        api().post("/api/rounds/" + round + "/open", Map.of(), theirs.program().organizerToken());

        assertThat(api().post("/api/audit/verify", Map.of(), org).status()).isEqualTo(403);
        assertThat(api().post("/api/audit/verify", Map.of(), api().adminToken()).status())
                .isEqualTo(200);
        String own = "/api/programs/" + mine.program().id() + "/audit/verify";
        assertThat(api().post(own, Map.of(), org).get("valid")).isEqualTo(true);
        assertThat(api().post("/api/programs/" + theirs.program().id() + "/audit/verify", Map.of(), org)
                        .status())
                .isEqualTo(403);
        assertThat(api().post("/api/programs/999999999/audit/verify", Map.of(), org)
                        .status())
                .isEqualTo(404);
        assertThat(api().post(own, Map.of(), null).status()).isEqualTo(401);

        long victim = exec("SELECT MAX(id) FROM audit_record WHERE round_id = " + round);
        try {
            update("UPDATE audit_record SET reason = 'quietly edited' WHERE id = " + victim);
            Api.Result r = api().post(own, Map.of(), org);
            // The chain is broken (so no record after it can be trusted), but the other program's record is not named.
            assertThat(r.get("valid")).isEqualTo(false);
            assertThat((List<Map<String, Object>>) r.get("problems"))
                    .noneMatch(p -> p.get("recordId") != null && ((Number) p.get("recordId")).longValue() == victim);
            assertThat(String.valueOf(r.body())).contains("other programs");
            Api.Result admin = api().post("/api/audit/verify", Map.of(), api().adminToken());
            assertThat((List<Map<String, Object>>) admin.get("problems"))
                    .anyMatch(p -> p.get("recordId") != null && ((Number) p.get("recordId")).longValue() == victim);
        } finally {
            update("UPDATE audit_record SET reason = NULL WHERE id = " + victim);
        }
    }

    @Test
    void aRemovedRecordIsDetected() {
        Seasons.Screened season = new Seasons(api()).screenedAward(1);
        String org = season.program().organizerToken();
        long round = ((Number) api().post(
                                "/api/programs/" + season.program().id() + "/rounds",
                                Map.of(
                                        "name",
                                        "R",
                                        "mode",
                                        "ONLINE",
                                        "aggregation",
                                        "MEAN",
                                        "blind",
                                        true,
                                        "judgesPerEntry",
                                        1,
                                        "criteria",
                                        List.of(Map.of("name", "A", "weight", 1, "min", 0, "max", 10, "step", 1))),
                                org)
                        .get("id"))
                .longValue();
        api().post("/api/rounds/" + round + "/open", Map.of(), org); // three audited changes, so the chain has a middle
        api().post("/api/rounds/" + round + "/close", Map.of(), org);
        api().post("/api/rounds/" + round + "/open", Map.of("reason", "one more judge"), org);
        chain.seal();
        long victim = exec("SELECT MIN(chain_seq) FROM audit_record WHERE chain_seq > 1 AND round_id = " + round);
        assertThat(victim).isPositive();
        String copy = "INSERT INTO audit_record SELECT * FROM audit_backup";
        update("CREATE TABLE audit_backup AS SELECT * FROM audit_record WHERE chain_seq = " + victim);
        try {
            update("DELETE FROM audit_record WHERE chain_seq = " + victim);
            Api.Result removed = api().post("/api/programs/" + season.program().id() + "/audit/verify", Map.of(), org);
            assertThat(removed.get("valid")).isEqualTo(false);
            assertThat((List<Map<String, Object>>) removed.get("problems"))
                    .anyMatch(p -> ((String) p.get("problem")).contains("missing"));
        } finally {
            update(copy);
            update("DROP TABLE audit_backup");
        }
        assertThat(api().post("/api/audit/verify", Map.of(), api().adminToken()).get("valid"))
                .as("restored")
                .isEqualTo(true);
    }

    private long exec(String sql) {
        return tx.executeRead(s -> {
            try (PreparedStatement st = s.getConnection().prepareStatement(sql);
                    var rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private void update(String sql) {
        tx.executeWrite(s -> {
            try (PreparedStatement st = s.getConnection().prepareStatement(sql)) {
                return st.executeUpdate();
            }
        });
    }
}
