package org.laurel.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * An HTTP/1.1 keep-alive load generator on one selector thread. Every connection belongs to one
 * client (a judge, an applicant) and sends only that client's requests, one at a time, so the
 * load generator itself never makes two requests race on the same record, and it costs a few
 * percent of a core instead of the 40-70% that 64 threads of the JDK HttpClient took.
 * Requests are counted when their answer (or their timeout) falls inside the measured window.
 */
public final class LoadClient {

    /** One request: key names what it writes (e.g. the scorecard), wire is the whole request. */
    public record Request(String key, byte[] wire, Predicate<String> confirms) {}

    /** What one connection sends, in order. */
    public interface Plan {
        /** The next request, or null when this client has nothing more to send. */
        Request next();

        /** The request got no answer (timeout or socket error): the server may or may not have applied it. */
        default void abandoned(Request request) {}
    }

    public record Settings(InetSocketAddress server, Duration timeout, Duration warmup, Duration measure) {}

    /** Told (on the load generator's thread) when the measured window opens and closes, to read /proc then. */
    public interface Window {
        void opened();

        void closed();
    }

    private static final Window NO_WINDOW = new Window() {
        @Override
        public void opened() {}

        @Override
        public void closed() {}
    };

    private static final long RECONNECT_DELAY = Duration.ofMillis(100).toNanos();

    private final class Connection {
        final Plan plan;
        final ResponseReader reader = new ResponseReader();
        SocketChannel channel;
        Request inFlight;
        ByteBuffer out;
        long sentAt;
        long reopenAt;
        boolean done;

        Connection(Plan plan) {
            this.plan = plan;
        }
    }

    private final Settings settings;
    private final Outcomes outcomes = new Outcomes();
    private final Set<String> inFlightKeys = new HashSet<>();
    private final ByteBuffer readBuffer = ByteBuffer.allocateDirect(64 * 1024);
    private Selector selector;
    private long measureFrom;
    private long measureTo;
    private long lastCounted;

    private LoadClient(Settings settings) {
        this.settings = settings;
    }

    /** Runs the plans (one connection each) through warm-up and the measured window; returns the counts. */
    public static Outcomes run(Settings settings, List<? extends Plan> plans) throws IOException {
        return run(settings, plans, NO_WINDOW);
    }

    public static Outcomes run(Settings settings, List<? extends Plan> plans, Window window) throws IOException {
        return new LoadClient(settings).run(plans, window);
    }

    private Outcomes run(List<? extends Plan> plans, Window window) throws IOException {
        List<Connection> connections = new ArrayList<>();
        plans.forEach(p -> connections.add(new Connection(p)));
        long timeout = settings.timeout().toNanos();
        try (Selector s = Selector.open()) {
            selector = s;
            long start = System.nanoTime();
            measureFrom = start + settings.warmup().toNanos();
            measureTo = measureFrom + settings.measure().toNanos();
            lastCounted = measureFrom;
            connections.forEach(c -> open(c, start));
            boolean stopping = false;
            boolean opened = false;
            long drainUntil = Long.MAX_VALUE;
            while (true) {
                long now = System.nanoTime();
                if (!opened && now >= measureFrom) {
                    window.opened();
                    opened = true;
                }
                if (!stopping && now >= measureTo) {
                    window.closed();
                    stopping = true; // no new requests; answers still on their way are read but not counted
                    drainUntil = now + Math.min(timeout, Duration.ofSeconds(2).toNanos());
                }
                boolean busy = false;
                for (Connection c : connections) {
                    busy |= c.inFlight != null || (!c.done && !stopping);
                }
                if (!busy || now >= drainUntil) {
                    if (!stopping) {
                        window.closed(); // every plan finished before the window's end
                    }
                    break;
                }
                selector.select(10);
                for (SelectionKey key : selector.selectedKeys()) {
                    handle((Connection) key.attachment(), key, stopping);
                }
                selector.selectedKeys().clear();
                now = System.nanoTime();
                for (Connection c : connections) {
                    if (c.inFlight != null && now - c.sentAt > timeout) {
                        if (counts(now)) {
                            outcomes.timeouts++;
                        }
                        fail(c, now); // a timed-out connection is closed and a new one opened
                    } else if (c.channel == null && !c.done && !stopping && now >= c.reopenAt) {
                        open(c, now);
                    }
                }
            }
            long end = Math.min(System.nanoTime(), measureTo);
            // Plans that all finished early (a fixed number of submissions) end the window at their last answer.
            outcomes.seconds = Math.max(0, (connections.stream().allMatch(c -> c.done) ? Math.min(end, lastCounted) : end)
                    - measureFrom) / 1e9;
            connections.forEach(this::close);
        }
        return outcomes;
    }

    private boolean counts(long now) {
        return now >= measureFrom && now < measureTo;
    }

    private void open(Connection c, long now) {
        try {
            c.channel = SocketChannel.open();
            c.channel.configureBlocking(false);
            c.channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            c.reader.reset();
            if (c.channel.connect(settings.server())) {
                c.channel.register(selector, 0, c);
                sendNext(c, now);
            } else {
                c.channel.register(selector, SelectionKey.OP_CONNECT, c);
            }
        } catch (IOException e) {
            if (counts(now)) {
                outcomes.socketErrors++;
            }
            fail(c, now);
        }
    }

    private void handle(Connection c, SelectionKey key, boolean stopping) {
        long now = System.nanoTime();
        try {
            if (!key.isValid()) {
                return;
            }
            if (key.isConnectable()) {
                c.channel.finishConnect();
                if (stopping) {
                    close(c);
                } else {
                    sendNext(c, now);
                }
                return;
            }
            if (key.isWritable()) {
                write(c);
            }
            if (key.isReadable()) {
                read(c, now, stopping);
            }
        } catch (IOException | RuntimeException e) {
            if (counts(now) && (c.inFlight != null || !c.done)) {
                outcomes.socketErrors++;
                outcomes.sample("socket error: " + e);
            }
            fail(c, now);
        }
    }

    private void sendNext(Connection c, long now) throws IOException {
        Request r = c.plan.next();
        if (r == null) {
            c.done = true;
            close(c);
            return;
        }
        if (!inFlightKeys.add(r.key())) {
            outcomes.overlaps++;
        }
        c.inFlight = r;
        c.out = ByteBuffer.wrap(r.wire());
        c.sentAt = now;
        write(c);
    }

    private void write(Connection c) throws IOException {
        c.channel.write(c.out);
        c.channel.keyFor(selector).interestOps(c.out.hasRemaining() ? SelectionKey.OP_WRITE : SelectionKey.OP_READ);
    }

    private void read(Connection c, long now, boolean stopping) throws IOException {
        readBuffer.clear();
        int n = c.channel.read(readBuffer);
        if (n < 0) {
            throw new IOException(c.inFlight == null ? "server closed an idle connection" : "connection closed before the answer");
        }
        readBuffer.flip();
        c.reader.add(readBuffer);
        ResponseReader.Response response = c.reader.complete();
        if (response == null) {
            return;
        }
        Request r = c.inFlight;
        if (r == null) {
            throw new IOException("an answer nobody asked for");
        }
        c.inFlight = null;
        inFlightKeys.remove(r.key());
        c.reader.reset();
        if (counts(now)) {
            lastCounted = now;
            outcomes.answered(now - c.sentAt);
            if (response.status() != 200) {
                outcomes.status(response.status(), response.body());
            } else if (confirms(r, response.body())) {
                outcomes.confirmed++;
            } else {
                outcomes.unconfirmed++;
                outcomes.sample("200 not confirming " + new String(r.wire(), java.nio.charset.StandardCharsets.UTF_8)
                        .lines().reduce((a, b) -> b).orElse("") + " -> " + response.body());
            }
        }
        if (response.close()) {
            close(c);
            c.reopenAt = now;
        } else if (stopping) {
            close(c);
        } else {
            sendNext(c, now);
        }
    }

    private static boolean confirms(Request r, String body) {
        try {
            return r.confirms().test(body);
        } catch (RuntimeException e) {
            return false; // not JSON, or not the expected shape: not a confirmation
        }
    }

    /** Gives up the request in flight, if any, and closes the connection; it is reopened after a short delay. */
    private void fail(Connection c, long now) {
        if (c.inFlight != null) {
            inFlightKeys.remove(c.inFlight.key());
            c.plan.abandoned(c.inFlight);
            c.inFlight = null;
        }
        close(c);
        c.reopenAt = now + RECONNECT_DELAY;
    }

    private void close(Connection c) {
        if (c.channel != null) {
            try {
                c.channel.close();
            } catch (IOException ignored) {
                // closing is all that was wanted
            }
            c.channel = null;
        }
    }
}
