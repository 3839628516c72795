package org.laurel.shared;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;

/**
 * What production mode ({@code LAUREL_PRODUCTION=true}) refuses to start with, all reported at
 * once so that an operator fixes them in one go: no signing secret (a generated one would differ
 * per instance and live in the database), an embedded H2 database (one process, one disk), and
 * files on a local disk while more than one instance is declared (the others could not read them).
 */
@Context
@Requires(property = "laurel.production", value = "true")
final class ProductionChecks {

    ProductionChecks(
            @Nullable @Value("${laurel.identity.jwt-secret:}") String secret,
            @Nullable @Value("${datasources.default.url:}") String databaseUrl,
            @Value("${laurel.storage.kind:local}") String storage,
            @Value("${laurel.instances:1}") int instances) {
        List<String> problems = problems(secret, databaseUrl, storage, instances);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("LAUREL_PRODUCTION is true, but:\n  - " + String.join("\n  - ", problems));
        }
    }

    static List<String> problems(String secret, String databaseUrl, String storage, int instances) {
        List<String> problems = new ArrayList<>();
        // TokenSigning applies the same length rule in every mode; here it joins the list of what to fix.
        if (secret == null || secret.isBlank()) {
            problems.add("LAUREL_JWT_SECRET is not set: set it to a random value of at least 32 characters "
                    + "(e.g. openssl rand -base64 48), the same on every instance.");
        } else if (secret.length() < 32) {
            problems.add("LAUREL_JWT_SECRET must be at least 32 characters long.");
        }
        if (databaseUrl == null
                || databaseUrl.isBlank()
                || databaseUrl.trim().toLowerCase().startsWith("jdbc:h2:")) {
            problems.add("LAUREL_DB_URL is an embedded H2 database: production runs on PostgreSQL "
                    + "(jdbc:postgresql://host:5432/laurel).");
        }
        if (instances < 1) {
            problems.add("LAUREL_INSTANCES must be 1 or more, not " + instances + ".");
        } else if (instances > 1 && !"s3".equalsIgnoreCase(storage.trim())) {
            problems.add("LAUREL_INSTANCES is " + instances + " but LAUREL_STORAGE is " + storage
                    + ": files on one instance's disk cannot be read by the others; use LAUREL_STORAGE=s3.");
        }
        return problems;
    }
}
