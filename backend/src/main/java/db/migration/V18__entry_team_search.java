package db.migration;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.laurel.entries.TeamSearch;

/**
 * Screening's search by team matched the stored team JSON, keys and punctuation included, so
 * searching "name" or "role" matched every entry. Entries now keep the members' names and emails
 * as plain searchable text; this fills it for the entries that exist. A Java migration because
 * reading JSON portably in SQL differs between H2 and PostgreSQL.
 */
public class V18__entry_team_search extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE entry ADD COLUMN team_search TEXT NOT NULL DEFAULT ''");
        }
        JsonMapper json = JsonMapper.createDefault();
        Argument<List<Map<String, Object>>> members = Argument.listOf(Argument.mapOf(String.class, Object.class));
        try (Statement read = c.createStatement();
                ResultSet rows = read.executeQuery("SELECT id, team_json FROM entry");
                PreparedStatement write = c.prepareStatement("UPDATE entry SET team_search = ? WHERE id = ?")) {
            int pending = 0;
            while (rows.next()) {
                List<Map<String, Object>> team = json.readValue(rows.getString(2), members);
                write.setString(
                        1,
                        TeamSearch.of(team.stream()
                                .map(m -> new String[] {text(m.get("name")), text(m.get("email"))})
                                .toList()));
                write.setLong(2, rows.getLong(1));
                write.addBatch();
                if (++pending % 500 == 0) {
                    write.executeBatch();
                }
            }
            write.executeBatch();
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
