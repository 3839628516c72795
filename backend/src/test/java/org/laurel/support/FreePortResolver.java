package org.laurel.support;

import io.micronaut.context.env.PropertyExpressionResolver;
import io.micronaut.core.convert.ConversionService;
import io.micronaut.core.value.PropertyResolver;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Resolves {@code ${laurel-test.free-port}} to a port for a test context's management listener.
 *
 * <p>Micronaut binds the main server to port 0 when it is -1, so the kernel hands out a port and
 * nothing can race it. The management listener needs one literal port, and {@code ${random.port}}
 * picks one anywhere in 1024–65535, checks it is free and binds it later. Inside the kernel's
 * ephemeral range (32768–60999 here) an outgoing connection — a JDBC pool opening PostgreSQL
 * connections, an HTTP client — can take it in between; CI lost whole runs to "Unable to start
 * Micronaut server on *:56582". Ports below the ephemeral range are never handed to outgoing
 * connections, and walking them in order means no two contexts of this JVM get the same one.
 */
public final class FreePortResolver implements PropertyExpressionResolver {
    private static final String EXPRESSION = "laurel-test.free-port";
    private static final int LOW = 20_000;
    private static final int HIGH = 32_000;
    private static final AtomicInteger NEXT =
            new AtomicInteger(LOW + ThreadLocalRandom.current().nextInt(HIGH - LOW));

    @Override
    public <T> Optional<T> resolve(
            PropertyResolver propertyResolver,
            ConversionService conversionService,
            String expression,
            Class<T> requiredType) {
        if (!EXPRESSION.equals(expression)) {
            return Optional.empty();
        }
        return conversionService.convert(freePort(), requiredType);
    }

    static int freePort() {
        for (int tries = 0; tries < HIGH - LOW; tries++) {
            int port = LOW + Math.floorMod(NEXT.getAndIncrement() - LOW, HIGH - LOW);
            if (bindable(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port in " + LOW + "-" + HIGH);
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
