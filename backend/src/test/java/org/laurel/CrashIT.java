package org.laurel;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.laurel.support.Api;
import org.laurel.support.Lives;
import org.laurel.support.Seasons;

/**
 * The packaged jar, under concurrent scorecard saves, entry submissions and live control, is
 * killed with SIGKILL and started again on the same database: every write that was answered
 * 2xx must be there. A request in flight at the kill may have landed or not; its value is
 * accepted either way. Runs on H2 (a file database, the default configuration) or, when CI sets
 * LAUREL_DB_URL, on that PostgreSQL database. Started by Failsafe after the jar is packaged.
 */
class CrashIT {

    private static final Duration LOAD = Duration.ofMillis(Long.getLong("laurel.crash.millis", 3000));
    private final List<Process> servers = new ArrayList<>();
    private Path dir;
    private HttpClient client;

    /** What a writer saw: the last value answered 2xx and the one in flight when the server died. */
    record Seen(Object acked, Object inFlight) {}

    @AfterEach
    void stop() throws IOException {
        if (client != null) {
            client.close(); // its event loop threads would keep the test JVM from exiting
        }
        servers.forEach(Process::destroyForcibly);
        if (dir != null) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void everyAcknowledgedWriteSurvivesSigkill() throws Exception {
        dir = Files.createTempDirectory("laurel-crash-");
        String external = System.getenv("LAUREL_DB_URL");
        String db = external != null && !external.isBlank()
                ? external
                : "jdbc:h2:file:" + dir.resolve("laurel")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        int port = freePort();
        Process server = start(db, port);
        client = HttpClient.create(new URL("http://127.0.0.1:" + port));
        Api api = new Api(client);

        // An online round with drafts to save, drafts to submit, and a live session to drive.
        Seasons seasons = new Seasons(api);
        Seasons.Screened season = seasons.screenedAward(24);
        String org = season.program().organizerToken();
        Map<String, Object> round = new HashMap<>(Map.of(
                "name",
                "Crash review",
                "mode",
                "ONLINE",
                "aggregation",
                "MEAN",
                "blind",
                false,
                "judgesPerEntry",
                3,
                "advanceCount",
                1,
                "criteria",
                List.of(Map.of("name", "Overall", "weight", 1, "min", 0, "max", 100, "step", 0.5))));
        Api.Result r = api.post("/api/programs/" + season.program().id() + "/rounds", round, org);
        assertThat(r.status()).isEqualTo(201);
        long roundId = ((Number) r.get("id")).longValue();
        String criterion = String.valueOf(((Number) r.list("criteria").get(0).get("id")).longValue());
        List<Seasons.Person> judges = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            judges.add(seasons.person("crash-judge" + i, Set.of("JUDGE"), "Crash Jury " + i));
        }
        assertThat(api.put(
                                "/api/rounds/" + roundId + "/panel",
                                Map.of(
                                        "judgeIds",
                                        judges.stream().map(Seasons.Person::id).toList()),
                                org)
                        .status())
                .isEqualTo(200);
        assertThat(api.post("/api/rounds/" + roundId + "/assignments/auto", Map.of(), org)
                        .status())
                .isEqualTo(200);
        assertThat(api.post("/api/rounds/" + roundId + "/open", Map.of(), org).status())
                .isEqualTo(200);
        Map<Seasons.Person, List<Long>> queues = new HashMap<>();
        for (Seasons.Person judge : judges) {
            queues.put(
                    judge,
                    api.get("/api/judging/queue", judge.token()).list("items").stream()
                            .filter(q -> ((Number) q.get("roundId")).longValue() == roundId)
                            .map(q -> ((Number) q.get("entryId")).longValue())
                            .toList());
        }
        Seasons.Program open = seasons.openAward(Duration.ofDays(2));
        List<String> applicants = new ArrayList<>();
        List<List<Long>> drafts = new ArrayList<>();
        for (int a = 0; a < 6; a++) {
            String token = api.newUser("crash-applicant", Set.of("APPLICANT"));
            List<Long> mine = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                Api.Result e = api.post(
                        "/api/programs/" + open.id() + "/entries",
                        Seasons.entryBody(open, "Crash " + a + "-" + i),
                        token);
                assertThat(e.status()).isEqualTo(201);
                mine.add(((Number) e.get("id")).longValue());
            }
            applicants.add(token);
            drafts.add(mine);
        }
        Lives.Live live = Lives.create(api, 3);

        // Load, then SIGKILL while it is running.
        Map<String, Seen> cards = new ConcurrentHashMap<>();
        Map<Long, Seen> submissions = new ConcurrentHashMap<>();
        Map<String, Seen> control = new ConcurrentHashMap<>();
        AtomicBoolean running = new AtomicBoolean(true);
        java.util.concurrent.atomic.AtomicInteger saves = new java.util.concurrent.atomic.AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(judges.size() + applicants.size() + 1);
        List<java.util.concurrent.Future<?>> writers = new ArrayList<>();
        for (Seasons.Person judge : judges) {
            writers.add(pool.submit(() -> {
                List<Long> queue = queues.get(judge);
                for (int i = 0; running.get() && !queue.isEmpty(); i++) {
                    long entry = queue.get(i % queue.size());
                    String key = judge.id() + "/" + entry;
                    double value = (i % 200) / 2.0;
                    Seen before = cards.getOrDefault(key, new Seen(null, null));
                    cards.put(key, new Seen(before.acked(), value));
                    Api.Result save = quietly(() -> api.put(
                            "/api/rounds/" + roundId + "/entries/" + entry + "/scorecard",
                            Map.of("scores", Map.of(criterion, value), "submit", false),
                            judge.token()));
                    if (save == null) {
                        return; // the server is gone; the value stays "in flight"
                    }
                    assertThat(save.status()).as("save %s", save.body()).isEqualTo(200);
                    cards.put(key, new Seen(value, null));
                    saves.incrementAndGet();
                }
            }));
        }
        for (int a = 0; a < applicants.size(); a++) {
            String token = applicants.get(a);
            List<Long> mine = drafts.get(a);
            writers.add(pool.submit(() -> {
                for (long id : mine) {
                    if (!running.get()) {
                        return;
                    }
                    submissions.put(id, new Seen(null, "SUBMITTED"));
                    Api.Result submit = quietly(() -> api.post("/api/entries/" + id + "/submit", Map.of(), token));
                    if (submit == null) {
                        return;
                    }
                    assertThat(submit.status()).isEqualTo(200);
                    submissions.put(id, new Seen("SUBMITTED", null));
                }
            }));
        }
        writers.add(pool.submit(() -> {
            for (int i = 0; running.get(); i++) {
                String action = i % 2 == 0 ? "PAUSE" : "RESUME";
                Seen before = control.getOrDefault("paused", new Seen(false, null));
                control.put("paused", new Seen(before.acked(), action.equals("PAUSE")));
                Api.Result c = quietly(() -> Lives.control(api, live, action));
                if (c == null) {
                    return;
                }
                assertThat(c.status()).isEqualTo(200);
                control.put("paused", new Seen(action.equals("PAUSE"), null));
                control.put(
                        "events",
                        new Seen(((Number) ((Map<?, ?>) c.get("state")).get("lastEventId")).longValue(), null));
            }
        }));
        Thread.sleep(LOAD.toMillis());
        server.destroyForcibly(); // SIGKILL: no shutdown hook, no flush, no goodbye
        server.waitFor(30, TimeUnit.SECONDS);
        running.set(false);
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        for (var writer : writers) {
            writer.get(); // a writer's own failed assertion (an unexpected refusal) fails the test here
        }

        start(db, port);
        long savesAcked = saves.get();
        int lost = 0;
        for (Seasons.Person judge : judges) {
            for (long entry : queues.get(judge)) {
                Seen seen = cards.get(judge.id() + "/" + entry);
                if (seen == null || seen.acked() == null) {
                    continue;
                }
                Api.Result card = api.get("/api/rounds/" + roundId + "/entries/" + entry, judge.token());
                assertThat(card.status())
                        .as("judge's token still valid after restart")
                        .isEqualTo(200);
                @SuppressWarnings("unchecked")
                Map<String, Object> scorecard = (Map<String, Object>) card.get("scorecard");
                Object stored = scorecard == null ? null : ((Map<?, ?>) scorecard.get("scores")).get(criterion);
                Double value = stored == null ? null : ((Number) stored).doubleValue();
                if (!(value != null && (value.equals(seen.acked()) || value.equals(seen.inFlight())))) {
                    lost++;
                }
            }
        }
        int submissionsAcked = 0;
        for (var e : submissions.entrySet()) {
            if (e.getValue().acked() == null) {
                continue;
            }
            submissionsAcked++;
            String owner = applicants.get(indexOf(drafts, e.getKey()));
            if (!"SUBMITTED".equals(api.get("/api/entries/" + e.getKey(), owner).get("status"))) {
                lost++;
            }
        }
        Map<String, Object> state =
                api.get("/api/live/" + live.sessionId(), null).body();
        Seen paused = control.get("paused");
        Seen events = control.get("events");
        assertThat(paused).as("live control actions were acknowledged").isNotNull();
        assertThat(state.get("paused")).as("paused flag after restart").isIn(paused.acked(), paused.inFlight());
        if (events != null) {
            assertThat(((Number) state.get("lastEventId")).longValue())
                    .as("event log kept every acknowledged event")
                    .isGreaterThanOrEqualTo((Long) events.acked());
        }
        System.out.printf(
                "crash test on %s: %d scorecard saves, %d submissions and live control up to event %s acknowledged "
                        + "before SIGKILL; %d lost after restart%n",
                db.startsWith("jdbc:h2") ? "H2" : "PostgreSQL",
                savesAcked,
                submissionsAcked,
                events == null ? "-" : events.acked(),
                lost);
        assertThat(savesAcked).as("the load really ran").isGreaterThan(0);
        assertThat(lost).as("acknowledged writes lost").isZero();
    }

    private static int indexOf(List<List<Long>> drafts, long id) {
        for (int i = 0; i < drafts.size(); i++) {
            if (drafts.get(i).contains(id)) {
                return i;
            }
        }
        throw new IllegalStateException("unknown entry " + id);
    }

    /** The call's result, or null when the server died under it. */
    private static Api.Result quietly(java.util.function.Supplier<Api.Result> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private Process start(String db, int port) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("laurel.jar", "target/laurel.jar"));
        // Cheap password hashing: the test signs many accounts in, and hashing cost is not what it is about.
        ProcessBuilder pb = new ProcessBuilder(
                        "java",
                        "-XX:+UseSerialGC",
                        "-Dlaurel.identity.argon2-memory-kib=1024",
                        "-Dlaurel.identity.argon2-iterations=1",
                        // On CI's PostgreSQL the backend suite has already counted its sign-ups from this address.
                        "-Dlaurel.identity.register-max-per-address=1000000",
                        "-Dlaurel.identity.login-address-max-failures=1000000",
                        "-jar",
                        jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("server-" + servers.size() + ".log").toFile());
        Map<String, String> env = pb.environment();
        env.put("LAUREL_PORT", String.valueOf(port));
        // Not the default 8081: other builds on this machine may be running a server too.
        env.put("LAUREL_MANAGEMENT_PORT", String.valueOf(freePort()));
        env.put("LAUREL_DB_URL", db);
        env.putIfAbsent("LAUREL_DB_USER", "sa");
        env.putIfAbsent("LAUREL_DB_PASSWORD", "");
        env.put("LAUREL_UPLOAD_DIR", dir.resolve("uploads").toString());
        env.put("LAUREL_ADMIN_EMAIL", Api.ADMIN_EMAIL);
        env.put("LAUREL_ADMIN_PASSWORD", Api.ADMIN_PASSWORD);
        env.remove("LAUREL_DEMO");
        Process p = pb.start();
        servers.add(p);
        java.net.http.HttpClient probe = java.net.http.HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IllegalStateException(
                        "server exited: " + Files.readString(dir.resolve("server-" + (servers.size() - 1) + ".log")));
            }
            try {
                var res = probe.send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create("http://127.0.0.1:" + port + "/health"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding());
                if (res.statusCode() == 200) {
                    return p;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("server did not start within 90 s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
