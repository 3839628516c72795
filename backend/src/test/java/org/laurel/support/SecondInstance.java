package org.laurel.support;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.server.exceptions.ServerStartupException;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.HashMap;
import java.util.Map;

/**
 * Starts another Laurel instance in this JVM on a random port. The management port comes from
 * {@link FreePortResolver}, which keeps clear of ports outgoing connections use; a refused bind is
 * still retried on a fresh port, in case another process on the machine took it meanwhile.
 */
public final class SecondInstance {
    private static final int ATTEMPTS = 5;

    private SecondInstance() {}

    public static EmbeddedServer start(Map<String, Object> properties) {
        Map<String, Object> withPort = new HashMap<>(properties);
        withPort.put("micronaut.server.port", -1);
        ServerStartupException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                return ApplicationContext.run(EmbeddedServer.class, withPort, "test");
            } catch (ServerStartupException e) {
                last = e;
            }
        }
        throw last;
    }

    public static EmbeddedServer start() {
        return start(Map.of());
    }
}
