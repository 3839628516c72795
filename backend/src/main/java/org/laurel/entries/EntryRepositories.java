package org.laurel.entries;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

final class EntryRepositories {

    private EntryRepositories() {}

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Entries extends CrudRepository<Entry, Long> {

        List<Entry> findByApplicantIdOrderByUpdatedAtDesc(long applicantId);

        /** The entries whose team the person is on, as owner or member, newest activity first. */
        @Query("SELECT entry_.* FROM entry entry_ WHERE entry_.applicant_id = :userId OR EXISTS"
                + " (SELECT 1 FROM entry_member m WHERE m.entry_id = entry_.id AND m.user_id = :userId)"
                + " ORDER BY entry_.updated_at DESC")
        List<Entry> findOnTeamOf(long userId);

        List<Entry> findByIdIn(Collection<Long> ids);

        /** Serialises changes to one entry's team (its size is checked, then grown). */
        @Query("SELECT id FROM entry WHERE id = :id FOR UPDATE")
        java.util.Optional<Long> lockById(long id);

        List<Entry> findByProgramIdAndStatus(long programId, EntryStatus status);

        List<Entry> findByProgramIdAndStatusIn(long programId, Collection<EntryStatus> statuses);

        /** Titles only: lists of many entries need no more. */
        List<EntryTitle> queryByIdIn(Collection<Long> ids);

        List<EntryTitle> queryByProgramId(long programId);

        /**
         * The screening table: never drafts; every filter optional; {@code q} is a lower-case LIKE
         * pattern matched against the title, the organization and the team (names and emails).
         */
        @Query(value = "SELECT entry_.* " + SCREENED, countQuery = "SELECT COUNT(*) " + SCREENED)
        Page<Entry> screen(
                long programId,
                @Nullable String status,
                @Nullable Long categoryId,
                @Nullable String q,
                Pageable pageable);

        /** Every entry the screening filter matches, for bulk decisions on "everything matching": one query. */
        @Query("SELECT entry_.* " + SCREENED + " ORDER BY entry_.id")
        List<Entry> screenAll(long programId, @Nullable String status, @Nullable Long categoryId, @Nullable String q);

        /** How many entries of each status the filter (without its status) matches: one grouped query. */
        @Query("SELECT entry_.status AS status, COUNT(*) AS total FROM entry entry_"
                + " WHERE entry_.program_id = :programId AND entry_.status <> 'DRAFT'"
                + " AND (CAST(:categoryId AS BIGINT) IS NULL OR entry_.category_id = :categoryId)"
                + MATCHES_Q
                + " GROUP BY entry_.status")
        List<StatusCount> countByStatus(long programId, @Nullable Long categoryId, @Nullable String q);

        String MATCHES_Q = " AND (CAST(:q AS VARCHAR(400)) IS NULL OR LOWER(entry_.title) LIKE :q ESCAPE '\\'"
                + " OR LOWER(COALESCE(entry_.organization, '')) LIKE :q ESCAPE '\\'"
                + " OR entry_.team_search LIKE :q ESCAPE '\\')";

        String SCREENED = "FROM entry entry_ WHERE entry_.program_id = :programId AND entry_.status <> 'DRAFT'"
                + " AND (CAST(:status AS VARCHAR(20)) IS NULL OR entry_.status = :status)"
                + " AND (CAST(:categoryId AS BIGINT) IS NULL OR entry_.category_id = :categoryId)"
                + MATCHES_Q;
    }

    /** One row of the grouped count behind the screening tabs. */
    @io.micronaut.core.annotation.Introspected
    record StatusCount(EntryStatus status, Long total) {}

    @io.micronaut.core.annotation.Introspected
    record EntryTitle(Long id, String title) {}

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Timeline extends CrudRepository<EntryParts.TimelineStep, Long> {

        List<EntryParts.TimelineStep> findByEntryIdOrderById(long entryId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Attachments extends CrudRepository<EntryParts.Attachment, Long> {

        List<EntryParts.Attachment> findByEntryIdOrderById(long entryId);

        List<EntryParts.Attachment> findByEntryIdIn(Collection<Long> entryIds);
    }
}
