package org.laurel.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * A database for one test alone, on the engine the suite runs on: an in-memory H2 database by
 * default, a fresh PostgreSQL database (created here, dropped on close) when {@code LAUREL_DB_URL}
 * points at PostgreSQL. Tests that fingerprint every table need this: the shared test database
 * holds thousands of rows from other test classes.
 */
public final class OwnDatabase implements AutoCloseable {

    private final String url;
    private final String user;
    private final String password;
    private final String adminUrl;
    private final String name;

    private OwnDatabase(String url, String user, String password, String adminUrl, String name) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.adminUrl = adminUrl;
        this.name = name;
    }

    public static OwnDatabase create(String purpose) {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String base = System.getenv("LAUREL_DB_URL");
        if (base != null && base.startsWith("jdbc:postgresql:")) {
            String user = envOr("LAUREL_DB_USER", "postgres");
            String password = envOr("LAUREL_DB_PASSWORD", "");
            String name = "laurel_" + purpose + "_" + suffix;
            execute(base, user, password, "CREATE DATABASE " + name);
            String url = base.replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name);
            return new OwnDatabase(url, user, password, base, name);
        }
        String url = "jdbc:h2:mem:laurel-" + purpose + "-" + suffix
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        return new OwnDatabase(url, "sa", "", null, null);
    }

    public boolean isPostgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    /** Properties that point an application context at this database. */
    public Map<String, Object> properties() {
        return Map.of(
                "datasources.default.url",
                url,
                "datasources.default.username",
                user,
                "datasources.default.password",
                password);
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    @Override
    public void close() {
        if (adminUrl != null) {
            execute(adminUrl, user, password, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } else {
            try (Connection c = connect();
                    Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            } catch (SQLException ignored) {
                // already gone
            }
        }
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
