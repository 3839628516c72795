package org.laurel.judging;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.laurel.judging.PairwiseRepositories.TableRow;

/**
 * The two reads every floor decision makes, in plain JDBC: the whole floor's tables (600 rows at
 * an expo) and the tables other judges stand at. Mapping 600 entities through the repository cost
 * more than choosing the next table, so these read the columns straight into the records.
 */
@Singleton
class PairwiseReads {

    private final JdbcOperations jdbc;

    PairwiseReads(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    List<TableRow> tables(long roundId) {
        return jdbc.prepareStatement(
                "SELECT id, entry_id, label, present, mu, sigma_sq, comparisons FROM pairwise_table"
                        + " WHERE round_id = ? ORDER BY entry_id",
                ps -> {
                    ps.setLong(1, roundId);
                    List<TableRow> out = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(new TableRow(
                                    rs.getLong(1),
                                    roundId,
                                    rs.getLong(2),
                                    rs.getString(3),
                                    rs.getBoolean(4),
                                    rs.getDouble(5),
                                    rs.getDouble(6),
                                    rs.getInt(7)));
                        }
                    }
                    return out;
                });
    }

    /** Tables other judges were sent to after {@code since}. */
    Set<Long> busy(long roundId, long judgeId, Instant since) {
        return jdbc.prepareStatement(
                "SELECT current_entry_id FROM pairwise_judge WHERE round_id = ? AND judge_id <> ?"
                        + " AND current_entry_id IS NOT NULL AND current_since > ?",
                ps -> {
                    ps.setLong(1, roundId);
                    ps.setLong(2, judgeId);
                    ps.setTimestamp(3, Timestamp.from(since));
                    return ids(ps.executeQuery());
                });
    }

    private static Set<Long> ids(ResultSet rs) throws SQLException {
        Set<Long> out = new HashSet<>();
        try (rs) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }
}
