package org.laurel.ops;

import io.micronaut.context.BeanContext;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;

/**
 * Readiness: the database schema is the one this build expects. DOWN while a migration of this build is not
 * applied (pending) or has failed; newer migrations applied by a newer instance during a rolling update are fine.
 * Reads Flyway's history table, so it also fails while the database is unreachable.
 */
@Singleton
@Readiness
class MigrationsHealth extends AbstractHealthIndicator<Map<String, Object>> {

    private final BeanContext beans;

    MigrationsHealth(BeanContext beans) {
        this.beans = beans;
    }

    @Override
    protected String getName() {
        return "migrations";
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        // micronaut-flyway registers one Flyway per migrated datasource once it has migrated it.
        Collection<Flyway> flyways = beans.getBeansOfType(Flyway.class);
        if (flyways.isEmpty()) {
            healthStatus = HealthStatus.DOWN;
            return Map.of("error", "no database was migrated");
        }
        List<String> pending = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        String current = null;
        for (Flyway flyway : flyways) {
            MigrationInfoService info = flyway.info();
            for (MigrationInfo m : info.pending()) {
                pending.add(m.getScript());
            }
            for (MigrationInfo m : info.all()) {
                if (m.getState().isFailed()) {
                    failed.add(m.getScript());
                }
            }
            MigrationInfo applied = info.current();
            current = applied == null || applied.getVersion() == null
                    ? current
                    : applied.getVersion().getVersion();
        }
        healthStatus = pending.isEmpty() && failed.isEmpty() ? HealthStatus.UP : HealthStatus.DOWN;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("version", current);
        if (!pending.isEmpty()) {
            details.put("pending", pending);
        }
        if (!failed.isEmpty()) {
            details.put("failed", failed);
        }
        return details;
    }
}
