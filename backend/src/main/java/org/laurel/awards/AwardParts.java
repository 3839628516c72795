package org.laurel.awards;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The awards module's records: announcements (immutable once written) and certificates. */
final class AwardParts {

    private AwardParts() {}

    /** {@code content} is exactly what the public sees of this version (canonical JSON, hashed). */
    @MappedEntity("announcement")
    record Announcement(
            @Id @GeneratedValue @Nullable Long id,
            long programId,
            int version,
            long publishedBy,
            Instant publishedAt,
            @Nullable String note,
            @Nullable String departureReason,
            boolean publishScores,
            boolean releaseFeedback,
            String content,
            String sha256) {}

    @MappedEntity("certificate")
    record Certificate(
            @Id String code, long announcementId, long programId, long entryId, String tierName, Instant createdAt) {}

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Announcements extends CrudRepository<Announcement, Long> {
        Optional<Announcement> findFirstByProgramIdOrderByVersionDesc(long programId);

        Optional<Announcement> findByProgramIdAndVersion(long programId, int version);

        List<Announcement> findByProgramIdOrderByVersionDesc(long programId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Certificates extends CrudRepository<Certificate, String> {
        List<Certificate> findByAnnouncementId(long announcementId);

        Optional<Certificate> findByAnnouncementIdAndEntryId(long announcementId, long entryId);
    }
}
