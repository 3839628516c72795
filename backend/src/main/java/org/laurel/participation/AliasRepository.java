package org.laurel.participation;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

/** The organizer's institution aliases of a program. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface AliasRepository extends CrudRepository<AliasRow, Long> {

    List<AliasRow> findByProgramIdOrderByAlias(long programId);

    void deleteByProgramId(long programId);
}
