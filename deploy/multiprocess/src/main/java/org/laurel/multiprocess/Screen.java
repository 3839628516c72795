package org.laurel.multiprocess;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;

/**
 * A big screen following a live session's event stream, as a browser's EventSource does: it
 * notes every event's id and type, and when the stream ends (its instance died, the proxy cut it)
 * it reconnects through the resume address (nginx) with Last-Event-ID set to the last id it saw.
 */
final class Screen {

    private static final HttpClient SSE =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

    final String name;
    private final long session;
    private final String resumeBase;
    private final List<Long> ids = new ArrayList<>();
    private final List<String> types = new ArrayList<>();
    private final List<String> upstreams = new ArrayList<>();
    private volatile long last;
    private volatile int connects;
    private volatile boolean closed;
    private volatile CountDownLatch open = new CountDownLatch(1);

    Screen(String name, long session, long lastEventId, String resumeBase) {
        this.name = name;
        this.session = session;
        this.last = lastEventId;
        this.resumeBase = resumeBase;
    }

    void connect(String base) {
        connects++;
        open = new CountDownLatch(1);
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/live/" + session + "/events"))
                .header("Accept", "text/event-stream").header("Last-Event-ID", String.valueOf(last)).build();
        java.util.concurrent.atomic.AtomicBoolean over = new java.util.concurrent.atomic.AtomicBoolean();
        Runnable end = () -> {
            if (over.compareAndSet(false, true)) {
                open.countDown();
                ended();
            }
        };
        SSE.sendAsync(request, info -> {
                    synchronized (this) {
                        upstreams.add(info.headers().firstValue("X-Laurel-Upstream").orElse(base));
                    }
                    return HttpResponse.BodySubscribers.fromLineSubscriber(new Lines(end));
                })
                .whenComplete((r, e) -> end.run());
    }

    boolean awaitOpen(long seconds) throws InterruptedException {
        return open.await(seconds, TimeUnit.SECONDS);
    }

    private void ended() {
        if (closed) {
            return;
        }
        // EventSource waits the retry the server sent (2 s); a shorter pause keeps the test quick.
        new Thread(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                return;
            }
            if (!closed) {
                connect(resumeBase);
            }
        }, "resume-" + name).start();
    }

    private final class Lines implements Flow.Subscriber<String> {
        private final Runnable end;
        private Long id;
        private String type = "";

        Lines(Runnable end) {
            this.end = end;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            if (line.isEmpty()) {
                if (id != null) {
                    synchronized (Screen.this) {
                        ids.add(id);
                        types.add(type);
                    }
                    last = id;
                }
                id = null;
                type = "";
            } else if (line.startsWith("id:")) {
                id = Long.parseLong(line.substring(3).strip());
            } else if (line.startsWith("event:") && line.contains("heartbeat")) {
                open.countDown();
            } else if (line.startsWith("data:")) {
                int t = line.indexOf("\"type\":\"");
                if (t >= 0) {
                    type = line.substring(t + 8, line.indexOf('"', t + 8));
                }
            }
        }

        @Override
        public void onError(Throwable t) {
            end.run();
        }

        @Override
        public void onComplete() {
            end.run();
        }
    }

    synchronized List<Long> ids() {
        return new ArrayList<>(ids);
    }

    synchronized List<String> types() {
        return new ArrayList<>(types);
    }

    synchronized List<String> upstreams() {
        return new ArrayList<>(upstreams);
    }

    int connects() {
        return connects;
    }

    long last() {
        return last;
    }

    void close() {
        closed = true;
    }
}
