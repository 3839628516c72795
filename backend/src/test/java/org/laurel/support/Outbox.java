package org.laurel.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/** Reads the email outbox the way a test's recipient would read their inbox. */
public final class Outbox {

    private static final Pattern PASSWORD_LINK = Pattern.compile("/reset-password\\?token=([A-Za-z0-9_-]+)");

    private Outbox() {}

    /** The token of the newest password link (reset or invitation) mailed to {@code email}. */
    public static String passwordToken(DataSource dataSource, String email) throws SQLException {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT body FROM mail_outbox WHERE to_address = lower(?) ORDER BY id DESC")) {
            s.setString(1, email);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).as("a mail to " + email).isTrue();
                Matcher m = PASSWORD_LINK.matcher(rs.getString(1));
                assertThat(m.find())
                        .as("a password link in the mail to " + email)
                        .isTrue();
                return m.group(1);
            }
        }
    }

    private static final Pattern TEAM_LINK = Pattern.compile("/invitations/([A-Za-z0-9_-]+)");

    /** The token of the newest invitation to join a team mailed to {@code email}. */
    public static String teamToken(DataSource dataSource, String email) throws SQLException {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT body FROM mail_outbox WHERE to_address = lower(?) ORDER BY id DESC")) {
            s.setString(1, email);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).as("a mail to " + email).isTrue();
                Matcher m = TEAM_LINK.matcher(rs.getString(1));
                assertThat(m.find())
                        .as("a team invitation link in the mail to " + email)
                        .isTrue();
                return m.group(1);
            }
        }
    }

    /** The newest mail's subject to {@code email}. */
    public static String lastSubject(DataSource dataSource, String email) throws SQLException {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT subject FROM mail_outbox WHERE to_address = lower(?) ORDER BY id DESC")) {
            s.setString(1, email);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).as("a mail to " + email).isTrue();
                return rs.getString(1);
            }
        }
    }

    public static int count(DataSource dataSource, String email) throws SQLException {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                PreparedStatement s =
                        c.prepareStatement("SELECT COUNT(*) FROM mail_outbox WHERE to_address = lower(?)")) {
            s.setString(1, email);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
