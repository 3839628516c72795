package org.laurel.audit;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** Insert and read only: the trail is never updated or deleted through the application. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface AuditRepository extends GenericRepository<AuditRecord, Long> {

    AuditRecord save(AuditRecord record);

    List<AuditRecord> findByRoundIdOrderById(long roundId);

    List<AuditRecord> findByEntryIdOrderById(long entryId);

    List<AuditRecord> findByProgramIdOrderById(long programId);
}
