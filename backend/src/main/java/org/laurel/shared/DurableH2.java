package org.laurel.shared;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.core.order.Ordered;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerShutdownEvent;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit for the embedded H2 database: no write is answered 2xx before it is in the file.
 * <p>
 * H2 keeps committed transactions in memory and writes them out every {@code WRITE_DELAY} ms
 * (500 by default), so a {@code kill -9} lost saves and submissions already answered 200.
 * {@code WRITE_DELAY=0} fixes that but writes one store chunk per transaction, which cut
 * scorecard saves by an order of magnitude. Instead, every state-changing API response waits
 * here, after its transaction has committed, until one flusher thread has written the store;
 * each write of the store carries every transaction committed while the previous one was being
 * written, so under load one write serves many requests (group commit, as PostgreSQL does for
 * its WAL). Each write is then forced to the disk ({@code fdatasync} through
 * {@link MVStore#sync()}), so an acknowledged change survives a killed process and a power cut
 * alike, as a PostgreSQL commit does; figures measured on H2 are therefore durable ones. (The
 * force costs about 0.6 ms on the build machine's disk, once per group, not per request.)
 * <p>
 * Only for H2 file databases; PostgreSQL is durable at commit and skips this filter entirely.
 */
@ServerFilter("/api/**")
@Requires(condition = DurableH2.OnH2File.class)
public class DurableH2 implements Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(DurableH2.class);

    private final DataSource dataSource;
    private final LinkedBlockingQueue<CompletableFuture<Void>> waiting = new LinkedBlockingQueue<>();
    private volatile MVStore store;
    private volatile boolean stopped;

    DurableH2(DataSource dataSource) {
        this.dataSource = dataSource;
        Thread flusher = new Thread(this::flushLoop, "laurel-h2-group-commit");
        flusher.setDaemon(true);
        flusher.start();
    }

    /** Holds a successful state-changing answer until what its transaction wrote is in the file. */
    @ResponseFilter
    Publisher<MutableHttpResponse<?>> durable(HttpRequest<?> request, MutableHttpResponse<?> response) {
        HttpMethod method = request.getMethod();
        if (method == HttpMethod.GET
                || method == HttpMethod.HEAD
                || method == HttpMethod.OPTIONS
                || response.code() >= 300) {
            return Publishers.just(response); // nothing acknowledged was written
        }
        CompletableFuture<Void> flushed = new CompletableFuture<>();
        waiting.add(flushed);
        return Publishers.fromCompletableFuture(flushed.handle((ok, failure) -> {
            if (failure != null) {
                // The change is committed in memory but may not be on disk: do not claim success.
                LOG.error("Could not write the H2 store after {} {}", method, request.getPath(), failure);
                return Problems.response(
                        io.micronaut.http.HttpStatus.SERVICE_UNAVAILABLE,
                        "storage-unavailable",
                        "Storage unavailable",
                        "The change could not be written to disk; try again.",
                        null,
                        request);
            }
            return response;
        }));
    }

    private void flushLoop() {
        List<CompletableFuture<Void>> batch = new ArrayList<>();
        while (!stopped) {
            try {
                batch.add(waiting.take());
                waiting.drainTo(batch); // everyone who committed while the last write was running
                MVStore s = mvStore();
                s.commit(); // the changes reach the file (H2 waits for its own write here)...
                s.sync(); // ...and the disk, not only the operating system's cache
                batch.forEach(f -> f.complete(null));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | SQLException e) {
                batch.forEach(f -> f.completeExceptionally(e));
            }
            batch.clear();
        }
    }

    /** H2's store, found once through a pooled connection (it lives as long as the database). */
    private MVStore mvStore() throws SQLException {
        MVStore s = store;
        if (s == null) {
            try (Connection c =
                    DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
                SessionLocal session =
                        (SessionLocal) c.unwrap(JdbcConnection.class).getSession();
                s = session.getDatabase().getStore().getMvStore();
                store = s;
            }
        }
        return s;
    }

    @EventListener
    void onShutdown(ServerShutdownEvent event) {
        stopped = true;
    }

    @Override
    public int getOrder() {
        // Response filters run in reverse order: the latest, so nothing after it can still fail the answer.
        return ServerFilterPhase.FIRST.order();
    }

    /** Whether {@code url} opens an embedded H2 file database (not in memory, not a server). */
    public static boolean isH2File(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        return u.startsWith("jdbc:h2:")
                && !u.startsWith("jdbc:h2:mem:")
                && !u.startsWith("jdbc:h2:tcp:")
                && !u.startsWith("jdbc:h2:ssl:");
    }

    /** Active when the default datasource is an embedded H2 file database. */
    static final class OnH2File implements io.micronaut.context.condition.Condition {
        @Override
        public boolean matches(io.micronaut.context.condition.ConditionContext context) {
            return context.getProperty("datasources.default.url", String.class)
                    .map(DurableH2::isH2File)
                    .orElse(false);
        }
    }
}
