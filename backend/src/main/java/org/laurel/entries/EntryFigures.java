package org.laurel.entries;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many entries each program holds in each state, for the organizer's home: one grouped query
 * whatever the number of programs or entries, so the page costs the same at 6 entries and at 600.
 */
@Singleton
public class EntryFigures {

    private final Counts counts;

    EntryFigures(Counts counts) {
        this.counts = counts;
    }

    /** Entries per state of each program asked for; a program without entries is absent. */
    public Map<Long, Figures> byProgram(Collection<Long> programIds) {
        Map<Long, Map<EntryStatus, Long>> grouped = new HashMap<>();
        if (programIds.isEmpty()) {
            return Map.of();
        }
        for (Row row : counts.byProgramAndStatus(programIds)) {
            grouped.computeIfAbsent(row.programId(), k -> new EnumMap<>(EntryStatus.class))
                    .put(EntryStatus.valueOf(row.status()), row.total());
        }
        Map<Long, Figures> result = new HashMap<>();
        grouped.forEach((program, byStatus) -> result.put(program, Figures.of(byStatus)));
        return result;
    }

    /**
     * One program's entries. {@code submitted} counts every entry past its draft (screened or not,
     * withdrawn included, as the screening table does); {@code awaitingScreening} is what the
     * organizer still has to decide on.
     */
    @Serdeable
    public record Figures(
            long drafts,
            long submitted,
            long awaitingScreening,
            long eligible,
            long ineligible,
            long withdrawn,
            long decided) {

        static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0, 0);

        static Figures of(Map<EntryStatus, Long> byStatus) {
            long drafts = byStatus.getOrDefault(EntryStatus.DRAFT, 0L);
            long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
            long decided =
                    byStatus.getOrDefault(EntryStatus.AWARDED, 0L) + byStatus.getOrDefault(EntryStatus.NOT_AWARDED, 0L);
            return new Figures(
                    drafts,
                    total - drafts,
                    byStatus.getOrDefault(EntryStatus.SUBMITTED, 0L),
                    byStatus.getOrDefault(EntryStatus.ELIGIBLE, 0L),
                    byStatus.getOrDefault(EntryStatus.INELIGIBLE, 0L),
                    byStatus.getOrDefault(EntryStatus.WITHDRAWN, 0L),
                    decided);
        }

        public static Figures none() {
            return NONE;
        }
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Counts extends GenericRepository<Entry, Long> {
        @Query("SELECT program_id, status, COUNT(*) AS total FROM entry WHERE program_id IN (:programIds)"
                + " GROUP BY program_id, status")
        List<Row> byProgramAndStatus(Collection<Long> programIds);
    }

    @Introspected
    record Row(long programId, String status, long total) {}
}
