package org.laurel.events;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On PostgreSQL, LISTENs for other instances' events on a connection of its own (outside the
 * pool, held for the process's life) and pokes the hub for each notified topic, so every
 * instance's subscribers see every event. After a lost connection it reconnects and pokes every
 * topic, which delivers whatever was committed in between from the log.
 */
@Context
class PostgresNotifications implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresNotifications.class);

    private final Database database;
    private final EventHub hub;
    private final String user;
    private final String password;
    private volatile boolean running = true;
    private Thread thread;

    PostgresNotifications(
            Database database,
            EventHub hub,
            @Value("${datasources.default.username:}") String user,
            @Nullable @Value("${datasources.default.password:}") String password) {
        this.database = database;
        this.hub = hub;
        this.user = user;
        this.password = password == null ? "" : password;
        if (database.postgres()) {
            thread = new Thread(this, "laurel-pg-listen");
            thread.setDaemon(true);
            thread.start();
        }
    }

    @Override
    public void run() {
        long backoff = 200;
        while (running) {
            try (Connection c = DriverManager.getConnection(database.url(), user, password)) {
                try (Statement st = c.createStatement()) {
                    st.execute("LISTEN " + EventLog.CHANNEL);
                }
                hub.pokeAll();
                backoff = 200;
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notes = pg.getNotifications(5_000);
                    if (notes != null) {
                        for (PGNotification n : notes) {
                            hub.poke(n.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.warn(
                        "Listening for other instances' events failed; retrying in {} ms: {}", backoff, e.getMessage());
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException ie) {
                    return;
                }
                backoff = Math.min(backoff * 2, 10_000);
            }
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }
}
