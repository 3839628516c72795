package org.laurel.identity;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Reads the audit trail's records about one account (they name it in their JSON), straight from the database. */
final class AccountAudit {

    private AccountAudit() {}

    static List<String> actionsConcerning(DataSource dataSource, long userId) {
        List<String> actions = new ArrayList<>();
        // The raw pool: the injected DataSource hands out connections only inside a transaction.
        DataSource raw = DelegatingDataSource.unwrapDataSource(dataSource);
        try (Connection c = raw.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT action FROM audit_record WHERE after_json LIKE ? "
                        + "OR before_json LIKE ? ORDER BY id")) {
            String pattern = "%\"userId\":" + userId + "%";
            s.setString(1, pattern);
            s.setString(2, pattern);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    actions.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return actions;
    }
}
