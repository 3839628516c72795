package org.laurel.identity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface UserRoleRepository extends CrudRepository<UserRole, Long> {

    List<UserRole> findByUserId(long userId);

    /** One query for a whole page of users, never one per user. */
    List<UserRole> findByUserIdIn(Collection<Long> userIds);

    boolean existsByRole(Role role);

    /** Holders of the role whose account is active (the last active admin must stay). */
    @Query(
            "SELECT COUNT(*) FROM user_role r JOIN app_user u ON u.id = r.user_id WHERE r.role = :role AND u.active = TRUE")
    long countActiveWithRole(String role);

    /**
     * Locks every holder of the role until the transaction ends. Taken before counting the active
     * admins: two admins demoting each other at once are then counted one after the other, and the
     * second is refused as the last admin instead of both succeeding.
     */
    @Query("SELECT user_id FROM user_role WHERE role = :role FOR UPDATE")
    List<Long> lockHolders(String role);

    void deleteByUserId(long userId);

    /** Grants a role unless held: 1 when this call granted it. Parallel grants wait for each other, never fail. */
    @Query("INSERT INTO user_role (user_id, role) VALUES (:userId, :role) ON CONFLICT DO NOTHING")
    int grant(long userId, String role);

    /** One account's roles. */
    default Set<Role> rolesOf(long userId) {
        Set<Role> set = EnumSet.noneOf(Role.class);
        findByUserId(userId).forEach(r -> set.add(r.role()));
        return set;
    }

    /** The roles of many accounts in one query; an account with none is absent. */
    default Map<Long, Set<Role>> rolesByUser(Collection<Long> ids) {
        Map<Long, Set<Role>> byUser = new HashMap<>();
        if (!ids.isEmpty()) {
            for (UserRole r : findByUserIdIn(ids)) {
                byUser.computeIfAbsent(r.userId(), k -> EnumSet.noneOf(Role.class))
                        .add(r.role());
            }
        }
        return byUser;
    }
}
