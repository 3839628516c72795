package org.laurel.identity;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface LoginFailureRepository extends CrudRepository<LoginFailure, Long> {

    List<LoginFailure> findByEmailAndFailedAtGreaterThanOrderByFailedAt(String email, Instant since);

    void deleteByEmail(String email);

    void deleteByFailedAtLessThan(Instant before);
}
