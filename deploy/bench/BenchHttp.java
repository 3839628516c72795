import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The load generator's plumbing shared by the benchmarks: JSON over HTTP, and a timed concurrent phase. */
final class BenchHttp {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    static String base;

    private BenchHttp() {
    }

    static HttpResponse<String> send(String method, String path, String json, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new RuntimeException(e);
        }
    }

    static HttpResponse<String> post(String path, String json, String token) {
        return send("POST", path, json, token);
    }

    static HttpResponse<String> check(HttpResponse<String> r, int expected) {
        if (r.statusCode() != expected) {
            throw new IllegalStateException(r.request().uri() + " answered " + r.statusCode() + ": " + r.body());
        }
        return r;
    }

    static String login(String email, String password) {
        HttpResponse<String> r = check(post("/api/auth/login", "{\"username\":\"" + email + "\",\"password\":\"" + password + "\"}", null), 200);
        return group(r.body(), "\"access_token\":\"([^\"]+)\"");
    }

    static long id(String json) {
        return Long.parseLong(group(json, "^\\{\"id\":(\\d+)"));
    }

    static String group(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + regex + " in " + text);
        }
        return m.group(1);
    }

    /** One client's request number i: returns true when the answer was right. */
    interface Step {
        boolean run(int client, int i);
    }

    /** Runs {@code count} steps on each of {@code clients} threads at once and prints throughput and latency. */
    static void phase(String label, ExecutorService pool, int clients, int count, Step step) throws Exception {
        long[] latencies = new long[clients * count];
        AtomicInteger errors = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> work = new java.util.ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Callable<Object> task = () -> {
                start.await();
                for (int i = 0; i < count; i++) {
                    long t0 = System.nanoTime();
                    boolean ok = step.run(client, i);
                    latencies[client * count + i] = System.nanoTime() - t0;
                    if (!ok) {
                        errors.incrementAndGet();
                    }
                }
                return null;
            };
            work.add(pool.submit(task));
        }
        long t0 = System.nanoTime();
        start.countDown();
        for (Future<Object> f : work) {
            f.get();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        Arrays.sort(latencies);
        System.out.printf("%s: %d requests by %d concurrent clients in %.2f s = %.0f/s; latency p50 %.1f ms, p95 %.1f ms, "
                        + "p99 %.1f ms, max %.1f ms; errors %d%n", label, latencies.length, clients, seconds,
                latencies.length / seconds, pct(latencies, 50), pct(latencies, 95), pct(latencies, 99),
                latencies[latencies.length - 1] / 1e6, errors.get());
    }

    static double pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }
}
