import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The live reveal's reach: N big-screen subscribers hold the session's event stream open; for
 * each of several pitches the host calls REVEAL and every subscriber records when the REVEAL
 * event arrives. Latency = arrival minus the moment the REVEAL request was sent, so it includes
 * the host's request (state machine, aggregation, event append, commit) and the fan-out.
 * Run by deploy/bench/live.sh: LiveBench BASE_URL ADMIN_EMAIL ADMIN_PASSWORD [subscribers] [pitches]
 */
public class LiveBench {

    /** One subscriber: reads lines as they come, notes when a REVEAL event's data line arrives. */
    static final class Screen implements Flow.Subscriber<String> {
        final CountDownLatch open = new CountDownLatch(1);
        volatile long revealedAt;
        volatile int reveals;
        Flow.Subscription subscription;

        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        public void onNext(String line) {
            if (line.startsWith("event: heartbeat") || line.startsWith("event:heartbeat")) {
                open.countDown();
            } else if (line.startsWith("data:") && line.contains("\"type\":\"REVEAL\"")) {
                revealedAt = System.nanoTime();
                reveals++;
            }
        }

        public void onError(Throwable t) {
            open.countDown();
        }

        public void onComplete() {
        }
    }

    public static void main(String[] args) throws Exception {
        BenchHttp.base = args[0];
        int subscribers = args.length > 3 ? Integer.parseInt(args[3]) : 2000;
        int pitches = args.length > 4 ? Integer.parseInt(args[4]) : 5;
        String admin = BenchHttp.login(args[1], args[2]);
        String organizer = Season.organizer(admin);
        Season.Program program = Season.program(organizer);
        String applicant = Season.applicant(admin, 0);
        List<Long> entries = new ArrayList<>();
        for (int i = 0; i < pitches; i++) {
            long id = Season.draft(program, applicant, "finalist-" + i);
            BenchHttp.check(BenchHttp.post("/api/entries/" + id + "/submit", "{}", applicant), 200);
            entries.add(id);
        }
        BenchHttp.check(BenchHttp.post("/api/programs/" + program.id() + "/entries/eligibility", "{\"entryIds\":" + entries
                + ",\"eligible\":true}", organizer), 200);
        String round = BenchHttp.check(BenchHttp.post("/api/programs/" + program.id() + "/rounds", "{\"name\":\"Roadshow final\","
                + "\"mode\":\"LIVE\",\"aggregation\":\"TRIMMED_MEAN\",\"trimCount\":1,\"blind\":false,\"judgesPerEntry\":5,"
                + "\"criteria\":[{\"name\":\"Overall\",\"weight\":1,\"min\":0,\"max\":100,\"step\":1}]}", organizer), 201).body();
        long roundId = BenchHttp.id(round);
        String criterion = BenchHttp.group(round.substring(round.indexOf("\"criteria\"")), "\\{\"id\":(\\d+)");
        int judges = 5;
        long[] judgeIds = new long[judges];
        String[] tokens = new String[judges];
        for (int j = 0; j < judges; j++) {
            String tag = j + "-" + System.nanoTime();
            String email = "judge-" + tag + "@jury-" + tag + ".example";
            judgeIds[j] = BenchHttp.id(BenchHttp.check(BenchHttp.post("/api/admin/users", "{\"email\":\"" + email
                    + "\",\"password\":\"bench-password-1\",\"displayName\":\"Judge " + j + "\",\"roles\":[\"JUDGE\"]}", admin), 201).body());
            tokens[j] = BenchHttp.login(email, "bench-password-1");
        }
        BenchHttp.check(BenchHttp.send("PUT", "/api/rounds/" + roundId + "/panel", "{\"judgeIds\":" + Arrays.toString(judgeIds) + "}",
                organizer), 200);
        StringBuilder slots = new StringBuilder();
        for (int i = 0; i < entries.size(); i++) {
            slots.append(i == 0 ? "" : ",").append("{\"entryId\":").append(entries.get(i)).append(",\"order\":").append(i + 1)
                    .append(",\"pitchMinutes\":8,\"qaMinutes\":7}");
        }
        String host = BenchHttp.check(BenchHttp.post("/api/rounds/" + roundId + "/live", "{\"slots\":[" + slots + "]}", organizer), 200).body();
        long session = Long.parseLong(BenchHttp.group(host, "\"sessionId\":(\\d+)"));

        // The subscribers: one HTTP/1.1 connection each, as 2,000 phones and screens would hold.
        HttpClient sse = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(30)).build();
        List<Screen> screens = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < subscribers; i++) {
            Screen s = new Screen();
            screens.add(s);
            sse.sendAsync(HttpRequest.newBuilder(URI.create(BenchHttp.base + "/api/live/" + session + "/events"))
                    .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.fromLineSubscriber(s));
        }
        for (Screen s : screens) {
            if (!s.open.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("a subscriber did not connect within 60 s");
            }
        }
        System.out.printf("%d event-stream subscribers connected in %.1f s%n", subscribers, (System.nanoTime() - t0) / 1e9);
        String pid = System.getenv("BENCH_SERVER_PID");
        if (pid != null) {
            System.out.println("server resident memory holding them: " + rss(pid) + " MB");
        }

        List<Double> all = new ArrayList<>();
        for (int p = 0; p < pitches; p++) {
            control(session, "START_PITCH", organizer);
            control(session, "OPEN_SCORING", organizer);
            for (int j = 0; j < judges; j++) {
                BenchHttp.check(BenchHttp.send("PUT", "/api/rounds/" + roundId + "/entries/" + entries.get(p) + "/scorecard",
                        "{\"scores\":{\"" + criterion + "\":" + (60 + 7 * j + p) + "},\"submit\":true}", tokens[j]), 200);
            }
            Thread.sleep(500); // let the scoring events drain so the reveal is measured on its own
            int before = p;
            long sent = System.nanoTime();
            control(session, "REVEAL", organizer);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (screens.stream().anyMatch(s -> s.reveals <= before) && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            double[] ms = screens.stream().filter(s -> s.reveals > before).mapToDouble(s -> (s.revealedAt - sent) / 1e6).sorted().toArray();
            for (double m : ms) {
                all.add(m);
            }
            System.out.printf("reveal %d: %d of %d subscribers got it; p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", p + 1, ms.length,
                    subscribers, ms[ms.length / 2], ms[(int) Math.ceil(0.99 * ms.length) - 1], ms[ms.length - 1]);
            control(session, "NEXT", organizer);
        }
        double[] ms = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("all reveals: %d deliveries; REVEAL call to subscriber p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                ms.length, ms[ms.length / 2], ms[(int) Math.ceil(0.99 * ms.length) - 1], ms[ms.length - 1]);
        if (pid != null) {
            System.out.println("server resident memory after the reveals: " + rss(pid) + " MB");
        }
        System.out.println("machine: " + Runtime.getRuntime().availableProcessors() + " cores (subscribers on the same machine)");
        System.exit(0);
    }

    static void control(long session, String action, String token) {
        BenchHttp.check(BenchHttp.post("/api/live/" + session + "/control", "{\"action\":\"" + action + "\"}", token), 200);
    }

    static long rss(String pid) throws Exception {
        return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream().filter(l -> l.startsWith("VmRSS"))
                .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024).findFirst().orElse(-1L);
    }
}
