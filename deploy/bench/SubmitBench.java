import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Entry submissions under a deadline surge: C concurrent applicants, each submitting N entries
 * back to back (every submit validates the entry against the program's form and stores it).
 * Prints submissions per second and latency percentiles. Run by deploy/bench/submissions.sh:
 *   java SubmitBench.java BASE_URL ADMIN_EMAIL ADMIN_PASSWORD [clients=64] [entriesPerClient=100]
 */
public class SubmitBench {

    static HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    static String base;

    public static void main(String[] args) throws Exception {
        base = args[0];
        int clients = args.length > 3 ? Integer.parseInt(args[3]) : 64;
        int perClient = args.length > 4 ? Integer.parseInt(args[4]) : 100;
        int warmup = Math.max(5, perClient / 5);

        String admin = login(args[1], args[2]);
        String orgEmail = "bench-organizer-" + System.nanoTime() + "@bench.example";
        check(post("/api/admin/users", "{\"email\":\"" + orgEmail + "\",\"password\":\"bench-password-1\","
                + "\"displayName\":\"Bench organizer\",\"roles\":[\"ORGANIZER\"]}", admin), 201);
        String organizer = login(orgEmail, "bench-password-1");
        Instant now = Instant.now();
        String program = "{\"kind\":\"COMPETITION\",\"title\":\"Bench " + now + "\",\"description\":\"\","
                + "\"submissionOpensAt\":\"" + now.minusSeconds(3600) + "\",\"submissionClosesAt\":\"" + now.plusSeconds(86400) + "\","
                + "\"categories\":[{\"name\":\"Team\"},{\"name\":\"Company\"}],"
                + "\"formFields\":[{\"key\":\"pitch\",\"label\":\"Pitch\",\"type\":\"TEXT\",\"required\":true,\"maxLength\":200},"
                + "{\"key\":\"stage\",\"label\":\"Stage\",\"type\":\"SELECT\",\"required\":true,\"options\":[\"Seed\",\"Series A\"]},"
                + "{\"key\":\"team\",\"label\":\"Team size\",\"type\":\"NUMBER\",\"required\":true},"
                + "{\"key\":\"site\",\"label\":\"Website\",\"type\":\"URL\",\"required\":false}],\"prizeTiers\":[]}";
        HttpResponse<String> created = check(post("/api/programs", program, organizer), 201);
        long programId = id(created.body());
        String categoryId = group(created.body(), "\"categories\":\\[\\{\"id\":(\\d+)");
        check(post("/api/programs/" + programId + "/publish", "{}", organizer), 200);

        System.out.printf("setting up %d applicants with %d draft entries each...%n", clients, perClient + warmup);
        String[] tokens = new String[clients];
        long[][] drafts = new long[clients][perClient + warmup];
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> setup = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            setup.add(pool.submit(() -> {
                String email = "bench-" + client + "-" + System.nanoTime() + "@bench.example";
                check(post("/api/auth/register", "{\"email\":\"" + email + "\",\"password\":\"bench-password-1\","
                        + "\"displayName\":\"Applicant " + client + "\"}", null), 201);
                tokens[client] = login(email, "bench-password-1");
                for (int i = 0; i < drafts[client].length; i++) {
                    String entry = "{\"title\":\"Entry " + client + "-" + i + "\",\"categoryId\":" + categoryId
                            + ",\"summary\":\"A startup that benchmarks judging platforms.\",\"organization\":\"Bench " + client + "\","
                            + "\"team\":[{\"name\":\"Founder " + client + "\",\"role\":\"CEO\"}],"
                            + "\"answers\":{\"pitch\":\"Faster judging\",\"stage\":\"Seed\",\"team\":5,\"site\":\"https://bench.example\"}}";
                    drafts[client][i] = id(check(post("/api/programs/" + programId + "/entries", entry, tokens[client]), 201).body());
                }
                return null;
            }));
        }
        for (Future<?> f : setup) {
            f.get();
        }

        run("warm-up", pool, clients, tokens, drafts, 0, warmup);
        long[] latencies = run("measured", pool, clients, tokens, drafts, warmup, perClient);
        pool.shutdown();
        System.out.println("machine: " + Runtime.getRuntime().availableProcessors() + " cores (load generator on the same machine)");
    }

    static long[] run(String label, ExecutorService pool, int clients, String[] tokens, long[][] drafts, int from, int count)
            throws Exception {
        long[] latencies = new long[clients * count];
        AtomicInteger errors = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> work = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            work.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < count; i++) {
                    long t0 = System.nanoTime();
                    HttpResponse<String> r = post("/api/entries/" + drafts[client][from + i] + "/submit", "{}", tokens[client]);
                    latencies[client * count + i] = System.nanoTime() - t0;
                    if (r.statusCode() != 200 || !r.body().contains("\"status\":\"SUBMITTED\"")) {
                        errors.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        long t0 = System.nanoTime();
        start.countDown();
        for (Future<?> f : work) {
            f.get();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        Arrays.sort(latencies);
        System.out.printf("%s: %d submissions by %d concurrent applicants in %.2f s = %.0f submissions/s; "
                        + "latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; errors %d%n",
                label, latencies.length, clients, seconds, latencies.length / seconds, pct(latencies, 50), pct(latencies, 95),
                pct(latencies, 99), latencies[latencies.length - 1] / 1e6, errors.get());
        return latencies;
    }

    static double pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    static String login(String email, String password) {
        HttpResponse<String> r = check(post("/api/auth/login", "{\"username\":\"" + email + "\",\"password\":\"" + password + "\"}", null), 200);
        return group(r.body(), "\"access_token\":\"([^\"]+)\"");
    }

    static HttpResponse<String> post(String path, String json, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new RuntimeException(e);
        }
    }

    static HttpResponse<String> check(HttpResponse<String> r, int expected) {
        if (r.statusCode() != expected) {
            throw new IllegalStateException(r.request().uri() + " answered " + r.statusCode() + ": " + r.body());
        }
        return r;
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
}
