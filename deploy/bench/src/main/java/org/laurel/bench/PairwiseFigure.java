package org.laurel.bench;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Pairwise expo judging through the public API of a running server (issue 14): seeds a PAIRWISE
 * round of {@code entries} tables and {@code judges} judges, then prints
 * <ol>
 *   <li>the next-table choice: one judge walking alone, each decision's latency (the server
 *       records the answer, updates CrowdBT and chooses the next of the tables), p50 / p99;
 *   <li>all judges answering at once, one request in flight each: comparisons per second and
 *       latency percentiles, with every non-200 answer counted apart;
 *   <li>whether the stored beliefs (updated answer by answer under row locks) equal the ranking
 *       replayed from the log, which is the claim finalizing relies on.
 * </ol>
 */
final class PairwiseFigure {

    private static final String PASSWORD = "bench-password-1";

    private PairwiseFigure() {}

    static void run(Api api, String adminEmail, String adminPassword, int entries, int judges, Duration warmup,
            Duration measure) throws Exception {
        String admin = api.login(adminEmail, adminPassword);
        String stamp = Long.toString(System.currentTimeMillis(), 36);
        String organizerEmail = "organizer-" + stamp + "@pairwise.bench.example";
        account(api, admin, organizerEmail, "ORGANIZER");
        String organizer = api.login(organizerEmail, PASSWORD);
        long t0 = System.nanoTime();

        Instant window = new Instant();
        Map<String, Object> program = api.create("/api/programs", "{\"kind\":\"COMPETITION\",\"title\":\"Expo floor " + stamp
                + "\",\"description\":\"Pairwise benchmark\",\"submissionOpensAt\":\"" + window.opens + "\",\"submissionClosesAt\":\""
                + window.closes + "\",\"categories\":[{\"name\":\"Demo\"}],\"formFields\":[],\"prizeTiers\":[]}", organizer);
        long programId = Api.id(program);
        api.post("/api/programs/" + programId + "/publish", "{}", organizer);
        long category = Api.id(Api.list(program, "categories").get(0));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        int applicants = Math.max(1, entries / 50);
        List<Future<List<Long>>> made = new ArrayList<>();
        for (int a = 0; a < applicants; a++) {
            int mine = a;
            made.add(pool.submit(() -> {
                String email = "team-" + mine + "-" + stamp + "@team-" + mine + ".bench.example";
                account(api, admin, email, "APPLICANT");
                String token = api.login(email, PASSWORD);
                List<Long> ids = new ArrayList<>();
                for (int i = mine; i < entries; i += applicants) {
                    long id = Api.id(api.create("/api/programs/" + programId + "/entries", "{\"title\":\"Table " + i
                            + "\",\"categoryId\":" + category + ",\"summary\":\"A demo at table " + i + ".\",\"organization\":\"Team "
                            + i + "\",\"team\":[],\"answers\":{}}", token));
                    api.post("/api/entries/" + id + "/submit", "{}", token);
                    ids.add(id);
                }
                return ids;
            }));
        }
        List<Long> ids = new ArrayList<>();
        for (Future<List<Long>> f : made) {
            ids.addAll(f.get());
        }
        Collections.sort(ids);
        for (int from = 0; from < ids.size(); from += 500) {
            api.post("/api/programs/" + programId + "/entries/eligibility", "{\"entryIds\":"
                    + ids.subList(from, Math.min(ids.size(), from + 500)) + ",\"eligible\":true}", organizer);
        }
        List<Future<long[]>> people = new ArrayList<>();
        for (int j = 0; j < judges; j++) {
            int n = j;
            people.add(pool.submit(() -> {
                String email = "walker-" + n + "-" + stamp + "@jury-" + n + ".bench.example";
                long id = Api.id(account(api, admin, email, "JUDGE"));
                return new long[] {id, n};
            }));
        }
        List<Long> judgeIds = new ArrayList<>();
        for (Future<long[]> f : people) {
            judgeIds.add(f.get()[0]);
        }
        long round = Api.id(api.create("/api/programs/" + programId + "/rounds", "{\"name\":\"Expo floor\",\"mode\":\"PAIRWISE\","
                + "\"aggregation\":\"MEAN\",\"blind\":false,\"advanceCount\":10,\"criteria\":[]}", organizer));
        api.call("PUT", "/api/rounds/" + round + "/panel", "{\"judgeIds\":" + judgeIds + "}", organizer, 200);
        api.post("/api/rounds/" + round + "/open", "{}", organizer);
        List<Future<String>> logins = new ArrayList<>();
        for (int j = 0; j < judges; j++) {
            int n = j;
            logins.add(pool.submit(() -> api.login("walker-" + n + "-" + stamp + "@jury-" + n + ".bench.example", PASSWORD)));
        }
        List<String> tokens = new ArrayList<>();
        for (Future<String> f : logins) {
            tokens.add(f.get());
        }
        pool.shutdown();
        System.out.printf("seeded %d tables and %d judges in %.1f s (round %d)%n", entries, judges,
                (System.nanoTime() - t0) / 1e9, round);

        // 1. One judge alone: the first 100 decisions warm the server up, the next 300 are measured.
        String path = "/api/rounds/" + round + "/pairwise/me/decisions";
        Walker solo = new Walker(api, path, tokens.get(0), 0);
        for (int i = 0; i < 100; i++) {
            solo.step();
        }
        long[] alone = new long[300];
        for (int i = 0; i < alone.length; i++) {
            long start = System.nanoTime();
            solo.step();
            alone[i] = System.nanoTime() - start;
        }
        Arrays.sort(alone);
        System.out.printf("next-table choice, %d tables, one judge walking (300 decisions): p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                entries, ms(pct(alone, 50)), ms(pct(alone, 99)), ms(alone[alone.length - 1]));

        // 2. Every other judge at once, one request in flight each.
        int walkers = judges - 1;
        AtomicLong comparisons = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long warmEnd = System.nanoTime() + warmup.toNanos();
        long end = warmEnd + measure.toNanos();
        ExecutorService crowd = Executors.newFixedThreadPool(walkers);
        List<Future<?>> running = new ArrayList<>();
        for (int j = 1; j < judges; j++) {
            Walker w = new Walker(api, path, tokens.get(j), j);
            running.add(crowd.submit(() -> {
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    int outcome = w.step();
                    long done = System.nanoTime();
                    if (start >= warmEnd && done <= end) {
                        latencies.add(done - start);
                        if (outcome == Walker.COMPARED) {
                            comparisons.incrementAndGet();
                        } else if (outcome == Walker.FAILED) {
                            failures.incrementAndGet();
                        }
                    }
                    if (outcome == Walker.DONE) {
                        return null;
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        crowd.shutdown();
        long[] all = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("%d judges comparing at once for %d s: %.0f comparisons/s; latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms;"
                + " %d failed%n", walkers, measure.toSeconds(), comparisons.get() / (double) measure.toSeconds(), ms(pct(all, 50)),
                ms(pct(all, 95)), ms(pct(all, 99)), failures.get());

        // 3. The stored beliefs against the replayed log.
        Map<String, Object> floor = api.call("GET", "/api/rounds/" + round + "/pairwise/floor", null, organizer, 200);
        Map<String, Object> results = api.call("GET", "/api/rounds/" + round + "/results", null, organizer, 200);
        Map<Long, Double> stored = new java.util.HashMap<>();
        Api.list(floor, "tables").forEach(t -> stored.put(((Number) t.get("entryId")).longValue(),
                ((Number) t.get("strength")).doubleValue()));
        int differing = 0;
        int compared = 0;
        for (Map<String, Object> item : Api.list(results, "items")) {
            if (item.get("score") == null) {
                continue;
            }
            compared++;
            double replayed = ((Number) item.get("score")).doubleValue();
            if (Math.abs(replayed - stored.get(((Number) item.get("entryId")).longValue())) > 1e-6) {
                differing++;
            }
        }
        System.out.printf("stored beliefs against the replayed log: %d of %d compared tables differ (%s comparisons in all)%n",
                differing, compared, floor.get("comparisons"));
    }

    /** One judge's loop: whatever the server allows, preferring the lower table number. */
    static final class Walker {
        static final int COMPARED = 1;
        static final int MOVED = 0;
        static final int FAILED = -1;
        static final int DONE = 2;

        private final Api api;
        private final String path;
        private final String token;
        private Object current;
        private Object previous;
        private List<?> allowed = List.of("START");
        private final java.util.Random random;

        Walker(Api api, String path, String token, long seed) {
            this.api = api;
            this.path = path;
            this.token = token;
            this.random = new java.util.Random(seed);
        }

        int step() {
            String decision;
            if (allowed.contains("CURRENT_BETTER")) {
                decision = random.nextInt(10) < 8 == (table(current) < table(previous)) ? "CURRENT_BETTER" : "PREVIOUS_BETTER";
            } else if (allowed.isEmpty()) {
                return DONE;
            } else {
                decision = (String) allowed.get(0);
            }
            HttpResponse<String> r = api.send("POST", path, "{\"decision\":\"" + decision + "\",\"currentEntryId\":"
                    + (current == null ? "null" : ((Map<?, ?>) current).get("entryId")) + "}", token);
            if (r.statusCode() != 200) {
                System.err.println("decision " + decision + " answered " + r.statusCode() + ": " + Json.abbreviate(r.body()));
                allowed = List.of();
                return FAILED;
            }
            Map<String, Object> walk = Json.object(r.body());
            current = walk.get("current");
            previous = walk.get("previous");
            allowed = (List<?>) walk.get("allowedDecisions");
            return decision.endsWith("_BETTER") ? COMPARED : MOVED;
        }

        private static int table(Object stop) {
            return Integer.parseInt(String.valueOf(((Map<?, ?>) stop).get("title")).replace("Table ", ""));
        }
    }

    private static Map<String, Object> account(Api api, String admin, String email, String role) {
        return api.create("/api/admin/users", "{\"email\":" + Json.quote(email) + ",\"password\":\"" + PASSWORD
                + "\",\"displayName\":" + Json.quote(email.substring(0, email.indexOf('@'))) + ",\"roles\":[\"" + role + "\"]}",
                admin);
    }

    private static long pct(long[] sorted, int p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    /** A submission window open around now. */
    private static final class Instant {
        final java.time.Instant opens = java.time.Instant.now().minusSeconds(3600);
        final java.time.Instant closes = java.time.Instant.now().plusSeconds(30L * 86400);
    }
}
