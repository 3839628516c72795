package org.laurel.storage;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.Map;

/** Ready only when the file store can be written to (local) or its bucket answers (S3). */
@Singleton
@Readiness
class StorageReadiness extends AbstractHealthIndicator<Map<String, Object>> {

    private final ObjectStore store;

    StorageReadiness(ObjectStore store) {
        this.store = store;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        try {
            store.check();
            healthStatus = HealthStatus.UP;
            return Map.of("store", store.describe());
        } catch (IOException | RuntimeException e) {
            healthStatus = HealthStatus.DOWN;
            return Map.of("store", store.describe(), "error", String.valueOf(e.getMessage()));
        }
    }

    @Override
    protected String getName() {
        return "storage";
    }
}
