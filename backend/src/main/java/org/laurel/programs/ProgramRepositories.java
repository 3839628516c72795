package org.laurel.programs;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

final class ProgramRepositories {

    private ProgramRepositories() {}

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Programs extends CrudRepository<Program, Long> {

        Optional<Program> findBySlug(String slug);

        boolean existsBySlug(String slug);

        /** Published programs plus the drafts this person organizes. */
        @Query("SELECT p.* FROM program p WHERE p.status = 'PUBLISHED' OR EXISTS "
                + "(SELECT 1 FROM program_organizer o WHERE o.program_id = p.id AND o.user_id = :userId) "
                + "ORDER BY p.submission_closes_at DESC, p.id DESC")
        List<Program> findVisibleTo(long userId);

        List<Program> findByStatusOrderBySubmissionClosesAtDesc(ProgramStatus status);

        List<Program> findByIdIn(Collection<Long> ids);

        List<Program> findByEventSlugAndStatusOrderById(String eventSlug, ProgramStatus status);

        Optional<Instant> findUpdatedAtById(long id);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Organizers extends CrudRepository<ProgramParts.Organizer, Long> {

        boolean existsByProgramIdAndUserId(long programId, long userId);

        List<ProgramParts.Organizer> findByUserId(long userId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Categories extends CrudRepository<ProgramParts.Category, Long> {

        List<ProgramParts.Category> findByProgramIdOrderByPosition(long programId);

        List<ProgramParts.Category> findByProgramIdInOrderByPosition(Collection<Long> programIds);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Fields extends CrudRepository<ProgramParts.Field, Long> {

        List<ProgramParts.Field> findByProgramIdOrderByPosition(long programId);

        List<ProgramParts.Field> findByProgramIdInOrderByPosition(Collection<Long> programIds);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Tiers extends CrudRepository<ProgramParts.Tier, Long> {

        List<ProgramParts.Tier> findByProgramIdOrderByPosition(long programId);

        List<ProgramParts.Tier> findByProgramIdInOrderByPosition(Collection<Long> programIds);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Rounds extends CrudRepository<Round, Long> {

        List<Round> findByProgramIdOrderByPosition(long programId);

        Optional<Round> findFirstByProgramIdAndStatusOrderByPositionDesc(long programId, RoundStatus status);

        long countByProgramId(long programId);

        Optional<Instant> findUpdatedAtById(long id);

        /** Locks the round's row until the transaction ends; empty when there is no such round. */
        @Query("SELECT id FROM judging_round WHERE id = :id FOR UPDATE")
        Optional<Long> lockById(long id);

        List<Round> findByStatusAndScoringClosesAtGreaterThanEqualsAndScoringClosesAtLessThan(
                RoundStatus status, Instant from, Instant until);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Criteria extends CrudRepository<RoundParts.Criterion, Long> {

        List<RoundParts.Criterion> findByRoundIdOrderByPosition(long roundId);

        List<RoundParts.Criterion> findByRoundIdInOrderByPosition(Collection<Long> roundIds);
    }
}
