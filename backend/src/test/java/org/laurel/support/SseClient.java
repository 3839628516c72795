package org.laurel.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Reads a text/event-stream as a browser would: events with their id and data; heartbeats kept apart. */
public final class SseClient implements AutoCloseable {

    public record SseEvent(String id, String name, String data) {}

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final BlockingQueue<SseEvent> events = new LinkedBlockingQueue<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;
    public volatile int status;
    public volatile String contentType;

    public SseClient(String url, String lastEventId) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream");
        if (lastEventId != null) {
            b.header("Last-Event-ID", lastEventId);
        }
        response = HTTP.sendAsync(b.build(), HttpResponse.BodyHandlers.ofLines());
        response.thenAccept(r -> {
            status = r.statusCode();
            contentType = r.headers().firstValue("Content-Type").orElse("");
            String[] id = {null};
            String[] name = {null};
            StringBuilder data = new StringBuilder();
            Thread t = new Thread(
                    () -> r.body().forEach(line -> {
                        if (line.isEmpty()) {
                            if (data.length() > 0 || name[0] != null) {
                                events.add(new SseEvent(id[0], name[0], data.toString()));
                            }
                            id[0] = null;
                            name[0] = null;
                            data.setLength(0);
                        } else if (line.startsWith("id:")) {
                            id[0] = line.substring(3).strip();
                        } else if (line.startsWith("event:")) {
                            name[0] = line.substring(6).strip();
                        } else if (line.startsWith("data:")) {
                            data.append(data.length() > 0 ? "\n" : "")
                                    .append(line.substring(5).stripLeading());
                        }
                    }),
                    "sse-reader");
            t.setDaemon(true);
            t.start();
        });
    }

    /** The next event that is not a heartbeat, or null after the timeout. */
    public SseEvent next(Duration timeout) throws InterruptedException {
        long until = System.nanoTime() + timeout.toNanos();
        while (true) {
            SseEvent e = events.poll(Math.max(0, until - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (e == null || !"heartbeat".equals(e.name())) {
                return e;
            }
        }
    }

    /** Waits until the response headers arrived (the server has subscribed the stream). */
    public SseClient awaitOpen() throws Exception {
        response.get(10, TimeUnit.SECONDS);
        return this;
    }

    @Override
    public void close() {
        response.thenAccept(r -> r.body().close());
        response.cancel(true);
    }
}
