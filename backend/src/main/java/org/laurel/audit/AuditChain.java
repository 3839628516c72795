package org.laurel.audit;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Links audit records into a SHA-256 chain and verifies it. Sealing runs every second (and
 * before every verification): it takes the head row's lock, so one sealer at a time links the
 * committed unlinked records, oldest id first. Each hash covers the record's every field, its
 * place in the chain and the previous hash; changing, removing or reordering any sealed record
 * breaks the chain from there on.
 */
@Singleton
public class AuditChain {

    static final String GENESIS = "0".repeat(64);
    private static final int BATCH = 1000;
    private static final String COLUMNS =
            "id, at, actor_id, program_id, round_id, entry_id, action, before_json, after_json, reason";

    private final TransactionOperations<Connection> tx;

    AuditChain(TransactionOperations<Connection> tx) {
        this.tx = tx;
    }

    /** The result of a verification: every problem found (up to 20), and how many records were checked. */
    @Serdeable
    public record Verification(boolean valid, long checked, List<Problem> problems) {}

    @Serdeable
    public record Problem(
            long chainSeq,
            @io.micronaut.core.annotation.Nullable Long recordId,
            String problem) {}

    @Scheduled(fixedDelay = "1s", initialDelay = "2s")
    void sealScheduled() {
        seal();
    }

    /** Links every committed, unlinked record. Returns how many it linked. */
    public int seal() {
        int total = 0;
        int sealed;
        do {
            sealed = tx.executeWrite(status -> sealBatch(status.getConnection()));
            total += sealed;
        } while (sealed == BATCH);
        return total;
    }

    private int sealBatch(Connection c) throws SQLException {
        long seq;
        String last;
        try (PreparedStatement head =
                        c.prepareStatement("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE");
                ResultSet rs = head.executeQuery()) {
            rs.next();
            seq = rs.getLong(1);
            last = rs.getString(2);
        }
        List<long[]> ids = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        List<String> prevs = new ArrayList<>();
        try (PreparedStatement read = c.prepareStatement(
                        "SELECT " + COLUMNS + " FROM audit_record WHERE chain_seq IS NULL ORDER BY id LIMIT " + BATCH);
                ResultSet rs = read.executeQuery()) {
            while (rs.next()) {
                seq++;
                String hash = hash(last, seq, canonical(rs));
                ids.add(new long[] {rs.getLong("id"), seq});
                prevs.add(last);
                hashes.add(hash);
                last = hash;
            }
        }
        if (ids.isEmpty()) {
            return 0;
        }
        try (PreparedStatement link =
                c.prepareStatement("UPDATE audit_record SET chain_seq = ?, prev_hash = ?, hash = ? WHERE id = ?")) {
            for (int i = 0; i < ids.size(); i++) {
                link.setLong(1, ids.get(i)[1]);
                link.setString(2, prevs.get(i));
                link.setString(3, hashes.get(i));
                link.setLong(4, ids.get(i)[0]);
                link.addBatch();
            }
            link.executeBatch();
        }
        try (PreparedStatement head = c.prepareStatement(
                "UPDATE audit_chain_head SET last_seq = ?, last_hash = ?, updated_at = CURRENT_TIMESTAMP WHERE id = 1")) {
            head.setLong(1, seq);
            head.setString(2, last);
            head.executeUpdate();
        }
        return ids.size();
    }

    /** Seals what is pending, then walks the whole chain in order and recomputes every link. For administrators. */
    public Verification verify() {
        seal();
        return tx.executeRead(status -> walk(status.getConnection(), null));
    }

    /**
     * The check an organizer may run for one program. A record can only be trusted if the whole
     * chain before it is intact (a removed record cannot even say which program it belonged to),
     * so the whole chain is walked and {@code valid} speaks for all of it; but {@code checked}
     * counts this program's records, and problems are detailed only for them and for gaps. Other
     * programs' records are never named: their problems are only counted.
     */
    public Verification verifyProgram(long programId) {
        seal();
        return tx.executeRead(status -> walk(status.getConnection(), programId));
    }

    private Verification walk(Connection c, Long programId) throws SQLException {
        List<Problem> problems = new ArrayList<>();
        long elsewhere = 0;
        long expectedSeq = 1;
        String prev = GENESIS;
        long checked = 0;
        long after = 0;
        while (true) {
            int rows = 0;
            try (PreparedStatement read =
                    c.prepareStatement("SELECT " + COLUMNS + ", chain_seq, prev_hash, hash FROM audit_record"
                            + " WHERE chain_seq > ? ORDER BY chain_seq LIMIT " + BATCH)) {
                read.setLong(1, after);
                try (ResultSet rs = read.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                        long seq = rs.getLong("chain_seq");
                        long id = rs.getLong("id");
                        long program = rs.getLong("program_id");
                        boolean ours = programId == null || !rs.wasNull() && program == programId;
                        if (ours) {
                            checked++;
                        }
                        if (seq != expectedSeq) {
                            add(
                                    problems,
                                    new Problem(
                                            expectedSeq,
                                            null,
                                            "records " + expectedSeq + " to " + (seq - 1)
                                                    + " of the chain are missing"));
                        }
                        List<Problem> found = new ArrayList<>();
                        if (!prev.equals(rs.getString("prev_hash")) && seq == expectedSeq) {
                            found.add(new Problem(seq, id, "does not link to the record before it"));
                        }
                        if (!hash(rs.getString("prev_hash"), seq, canonical(rs)).equals(rs.getString("hash"))) {
                            found.add(new Problem(seq, id, "was changed after it was recorded"));
                        }
                        if (ours) {
                            found.forEach(p -> add(problems, p));
                        } else {
                            elsewhere += found.size();
                        }
                        prev = rs.getString("hash");
                        expectedSeq = seq + 1;
                        after = seq;
                    }
                }
            }
            if (rows < BATCH) {
                break;
            }
        }
        try (PreparedStatement head =
                        c.prepareStatement("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1");
                ResultSet rs = head.executeQuery()) {
            rs.next();
            if (rs.getLong(1) != expectedSeq - 1 || !rs.getString(2).equals(prev)) {
                add(
                        problems,
                        new Problem(
                                rs.getLong(1),
                                null,
                                "the chain should end at record " + rs.getLong(1) + " but ends at " + (expectedSeq - 1)
                                        + ": records were removed from its end"));
            }
        }
        if (elsewhere > 0) {
            add(
                    problems,
                    new Problem(
                            0,
                            null,
                            elsewhere + " problem(s) in records of other programs: an administrator can see them"));
        }
        return new Verification(problems.isEmpty(), checked, problems);
    }

    private static void add(List<Problem> problems, Problem p) {
        if (problems.size() < 20) {
            problems.add(p);
        }
    }

    /** Every field of the record, unambiguously joined (lengths prefix each value). */
    private static String canonical(ResultSet rs) throws SQLException {
        StringBuilder b = new StringBuilder();
        b.append(rs.getLong("id"));
        OffsetDateTime at = rs.getObject("at", OffsetDateTime.class);
        field(
                b,
                at == null
                        ? null
                        : at.toInstant()
                                .truncatedTo(java.time.temporal.ChronoUnit.MICROS)
                                .toString());
        for (String col : new String[] {"actor_id", "program_id", "round_id", "entry_id"}) {
            long v = rs.getLong(col);
            field(b, rs.wasNull() ? null : Long.toString(v));
        }
        for (String col : new String[] {"action", "before_json", "after_json", "reason"}) {
            field(b, rs.getString(col));
        }
        return b.toString();
    }

    private static void field(StringBuilder b, String value) {
        b.append('|');
        if (value == null) {
            b.append('-');
        } else {
            b.append(value.length()).append(':').append(value);
        }
    }

    static String hash(String prev, long seq, String canonical) {
        return org.laurel.shared.Sha256.hex(prev + "|" + seq + canonical);
    }
}
