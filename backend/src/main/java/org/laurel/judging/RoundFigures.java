package org.laurel.judging;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.laurel.programs.RoundStatus;

/**
 * How far judging has got in every round of some programs, for the organizer's home: entries in
 * the round, scorecards assigned and submitted. One query whatever the number of rounds or entries;
 * it reads the programs module's round table on purpose (name, state, order), as the access check
 * of a scorecard save does, rather than asking for each program's rounds one at a time.
 */
@Singleton
public class RoundFigures {

    private final Counts counts;

    RoundFigures(Counts counts) {
        this.counts = counts;
    }

    /** The rounds of each program asked for, in their order; a program without rounds is absent. */
    public Map<Long, List<Figures>> byProgram(Collection<Long> programIds) {
        if (programIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Figures>> result = new HashMap<>();
        for (Row row : counts.byProgram(programIds)) {
            result.computeIfAbsent(row.programId(), k -> new ArrayList<>())
                    .add(new Figures(
                            row.roundId(),
                            row.name(),
                            RoundStatus.valueOf(row.status()),
                            row.entries(),
                            row.assigned(),
                            row.submitted()));
        }
        return result;
    }

    /** One round: {@code submitted} counts only the cards of judges still assigned, so it never passes {@code assigned}. */
    @Serdeable
    public record Figures(long roundId, String name, RoundStatus status, long entries, long assigned, long submitted) {}

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Counts extends GenericRepository<Scorecard, Long> {
        @Query("SELECT r.id AS round_id, r.program_id AS program_id, r.name AS name, r.status AS status,"
                + " (SELECT COUNT(*) FROM round_entry e WHERE e.round_id = r.id) AS entries,"
                + " (SELECT COUNT(*) FROM assignment a WHERE a.round_id = r.id) AS assigned,"
                + " (SELECT COUNT(*) FROM scorecard s JOIN assignment a ON a.round_id = s.round_id"
                + " AND a.entry_id = s.entry_id AND a.judge_id = s.judge_id"
                + " WHERE s.round_id = r.id AND s.status = 'SUBMITTED') AS submitted"
                + " FROM judging_round r WHERE r.program_id IN (:programIds) ORDER BY r.program_id, r.position")
        List<Row> byProgram(Collection<Long> programIds);
    }

    @Introspected
    record Row(long roundId, long programId, String name, String status, long entries, long assigned, long submitted) {}
}
