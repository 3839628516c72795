package org.laurel.events;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/** Which database Laurel runs on: PostgreSQL gets cross-instance delivery, H2 (one process) does not need it. */
@Singleton
class Database {

    private final String url;

    Database(@Value("${datasources.default.url}") String url) {
        this.url = url;
    }

    boolean postgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    String url() {
        return url;
    }
}
