package org.laurel.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A digest of every row of every table (except the named tables, and named {@code table.column}s), so that a test can show that a
 * request changed nothing. Rows are compared as text in a stable order, so the fingerprint does
 * not depend on the engine's scan order. Tables are read when taken, so tables added by later
 * migrations are covered without a change here.
 */
public final class DatabaseFingerprint implements AutoCloseable {

    private final Connection connection;
    private final Set<String> excluded;

    public DatabaseFingerprint(Connection connection, Set<String> excluded) {
        this.connection = connection;
        this.excluded = excluded;
    }

    /** Table name to the digest of its rows. */
    public Map<String, String> take() {
        try {
            Map<String, String> digests = new LinkedHashMap<>();
            for (String table : tables()) {
                digests.put(table, digest(table));
            }
            return digests;
        } catch (SQLException e) {
            throw new IllegalStateException("fingerprint failed", e);
        }
    }

    /** The tables whose rows differ between two fingerprints. */
    public static List<String> changed(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        for (String table : after.keySet()) {
            if (!Objects.equals(before.get(table), after.get(table))) {
                changed.add(table);
            }
        }
        before.keySet().stream().filter(t -> !after.containsKey(t)).forEach(changed::add);
        return changed;
    }

    private List<String> tables() throws SQLException {
        List<String> tables = new ArrayList<>();
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet rs = meta.getTables(null, "public", "%", new String[] {"TABLE", "BASE TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME").toLowerCase();
                if (!excluded.contains(name) && !name.equals("flyway_schema_history")) {
                    tables.add(name);
                }
            }
        }
        tables.sort(String::compareTo);
        return tables;
    }

    private String digest(String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData meta = rs.getMetaData();
            List<Integer> columns = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                if (!excluded.contains(table + "." + meta.getColumnName(i).toLowerCase())) {
                    columns.add(i);
                }
            }
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i : columns) {
                    row.append(rs.getString(i)).append('\u001f');
                }
                rows.add(row.toString());
            }
        }
        rows.sort(String::compareTo);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String row : rows) {
                sha.update(row.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return rows.size() + ":" + HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
