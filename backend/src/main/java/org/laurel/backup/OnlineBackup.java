package org.laurel.backup;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.laurel.shared.ProblemException;

/**
 * An online backup of an embedded H2 database: {@code BACKUP TO} runs inside the server, because
 * no second process may open the database file while Laurel holds it. H2 copies the database
 * under MVCC, so the zip is one consistent point in time while requests go on; unzipped into an
 * empty directory it is the database again. PostgreSQL is backed up with pg_dump instead (see
 * deploy/backup.md), so there the call is refused with 409.
 */
@Singleton
class OnlineBackup {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private final DataSource dataSource;
    private final String url;
    private final Path dir;
    private final Clock clock;
    private final ApplicationEventPublisher<BackupMade> made;

    OnlineBackup(
            DataSource dataSource,
            @Value("${datasources.default.url}") String url,
            @Value("${laurel.backup.dir:./data/backups}") String dir,
            Clock clock,
            ApplicationEventPublisher<BackupMade> made) {
        this.dataSource = dataSource;
        this.url = url;
        this.dir = Path.of(dir).toAbsolutePath().normalize();
        this.clock = clock;
        this.made = made;
    }

    /** Writes laurel-&lt;UTC time&gt;.zip into the backup directory (LAUREL_BACKUP_DIR) and records it in the audit trail. */
    @Transactional
    BackupView run(long adminId) {
        if (!org.laurel.shared.DurableH2.isH2File(url)) {
            throw new ProblemException.Conflict(
                    "conflict",
                    "No online backup on this database",
                    "The server backs up only an embedded H2 database; back PostgreSQL up with pg_dump (deploy/backup.sh).");
        }
        Instant now = clock.instant();
        Path file = dir.resolve("laurel-" + STAMP.format(now) + ".zip");
        try {
            Files.createDirectories(dir);
            // The file name is ours (a time stamp under the configured directory), never the caller's.
            // A pooled connection of its own: BACKUP TO is not part of the request's transaction.
            try (Connection c =
                            DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                    Statement s = c.createStatement()) {
                s.execute("BACKUP TO '" + file.toString().replace("'", "''") + "'");
            }
            BackupView view =
                    new BackupView(file.getFileName().toString(), file.toString(), Files.size(file), sha256(file), now);
            made.publishEvent(new BackupMade(adminId, view));
            return view;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("BACKUP TO failed", e);
        }
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
