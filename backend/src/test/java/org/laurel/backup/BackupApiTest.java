package org.laurel.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.laurel.support.Api;

/**
 * The online H2 backup endpoint on a file database of its own (whatever database the rest of the
 * suite runs on): only administrators may call it, the zip it writes is a consistent database
 * that opens on its own once unzipped into an empty directory, and the call is in the audit trail.
 * The whole restore (a Laurel process started on the unzipped database and the copied store,
 * every entry, deck, scorecard, snapshot and winner found) runs in deploy/multiprocess/run.sh.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackupApiTest implements TestPropertyProvider {

    /**
     * A fresh directory per run, and the H2 credentials spelled out: CI runs the suite a second
     * time on PostgreSQL in the same checkout, with LAUREL_DB_USER set for that server.
     */
    @Override
    public Map<String, String> getProperties() {
        try {
            Path dir = Files.createTempDirectory(Path.of("target"), "backup-api-test-")
                    .toAbsolutePath();
            return Map.of(
                    "datasources.default.url",
                    "jdbc:h2:file:" + dir.resolve("db/laurel")
                            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                    "datasources.default.username",
                    "sa",
                    "datasources.default.password",
                    "",
                    "laurel.backup.dir",
                    dir.resolve("backups").toString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Inject
    @Client("/")
    HttpClient client;

    Api api() {
        return new Api(client);
    }

    @Test
    void onlyAnAdministratorMayBackUp() {
        assertThat(api().post("/api/admin/backups", Map.of(), null).status()).isEqualTo(401);
        String organizer = api().newUser("organizer", Set.of("ORGANIZER", "JUDGE", "APPLICANT"));
        Api.Result refused = api().post("/api/admin/backups", Map.of(), organizer);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theBackupIsADatabaseThatOpensOnItsOwnAndIsAudited() throws Exception {
        String marker = api().newUser("backed-up", Set.of("JUDGE"));
        assertThat(marker).isNotBlank();
        assertThat(api().post("/api/admin/backups", Map.of(), api().adminToken())
                        .status())
                .isEqualTo(201);
        // The second backup holds the first one's audit record (a backup's own record commits after BACKUP TO).
        Api.Result made = api().post("/api/admin/backups", Map.of(), api().adminToken());
        assertThat(made.status()).isEqualTo(201);
        Path zip = Path.of((String) made.get("path"));
        assertThat(zip).exists().hasFileName((String) made.get("name"));
        assertThat(((Number) made.get("bytes")).longValue()).isEqualTo(Files.size(zip));
        assertThat((String) made.get("sha256")).hasSize(64);

        Path restored = Files.createTempDirectory("laurel-restored-");
        unzip(zip, restored);
        assertThat(restored.resolve("laurel.mv.db")).exists();
        try (Connection c = DriverManager.getConnection(
                        "jdbc:h2:file:" + restored.resolve("laurel") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                        "sa",
                        "");
                PreparedStatement q = c.prepareStatement("SELECT count(*) FROM audit_record WHERE action = ?")) {
            try (ResultSet users = c.createStatement().executeQuery("SELECT count(*) FROM app_user")) {
                users.next();
                assertThat(users.getLong(1)).isGreaterThanOrEqualTo(2);
            }
            q.setString(1, "BACKUP_MADE");
            try (ResultSet r = q.executeQuery()) {
                r.next();
                assertThat(r.getLong(1)).isGreaterThanOrEqualTo(1);
            }
        }
        Api.Result verify = api().post("/api/audit/verify", Map.of(), api().adminToken());
        assertThat(verify.get("valid")).isEqualTo(true);
    }

    private static void unzip(Path zip, Path into) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                Path target = into.resolve(e.getName()).normalize();
                assertThat(target.startsWith(into)).as(e.getName()).isTrue();
                if (!e.isDirectory()) {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target);
                }
            }
        }
    }
}
