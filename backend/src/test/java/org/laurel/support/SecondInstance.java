package org.laurel.support;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.server.exceptions.ServerStartupException;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.HashMap;
import java.util.Map;

/**
 * Starts another Laurel instance in this JVM on a random port. Micronaut picks a port that was free
 * when it looked and binds it a moment later; on a busy machine an outgoing connection can take it
 * in between (CI once lost a run to "Unable to start Micronaut server on *:50050"), so a refused
 * bind is retried on a fresh port.
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
