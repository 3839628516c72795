package org.laurel.identity;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface UserRoleRepository extends CrudRepository<UserRole, Long> {

    List<UserRole> findByUserId(long userId);

    /** One query for a whole page of users, never one per user. */
    List<UserRole> findByUserIdIn(Collection<Long> userIds);

    boolean existsByRole(Role role);

    long countByRole(Role role);

    void deleteByUserId(long userId);
}
