package org.laurel.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An audience storm on one pitch: N phones each sign in with an expo ticket, vote once, and try
 * the same vote again (which must be refused), all while the pitch is in Q&A and S screens follow
 * the session's event stream. It prints votes per second over the storm, each request's latency
 * (sign-in and vote; p50/p99/max), how many votes the server counted (must equal N exactly, and
 * every duplicate must be a 409), and how long after the last vote every screen showed the exact
 * count (the ticker coalesces counts to about one event a second).
 */
final class AudienceFigure {

    private static final Pattern VOTES = Pattern.compile("\"votingSlotVotes\":(\\d+)");

    /** A screen: keeps the last vote count its event stream carried, and when it arrived. */
    static final class Screen extends LiveFigure.Screen {
        volatile int votes;
        volatile long votesAt;

        @Override
        public void onNext(String line) {
            super.onNext(line);
            if (line.startsWith("data:")) {
                Matcher m = VOTES.matcher(line);
                if (m.find()) {
                    votes = Integer.parseInt(m.group(1));
                    votesAt = System.nanoTime();
                }
            }
        }
    }

    private AudienceFigure() {}

    static void run(Figures.Target t, String adminEmail, String adminPassword, int phones, int subscribers, int concurrency)
            throws Exception {
        Api api = t.api();
        LiveFigure.Stage stage = LiveFigure.stage(t, adminEmail, adminPassword, 2);
        String organizer = stage.organizer();
        long session = stage.session();
        api.call("PUT", "/api/rounds/" + stage.roundId() + "/audience", "{\"mode\":\"SCORE\",\"weight\":20}", organizer, 200);
        String tag = Long.toString(System.nanoTime(), 36).toUpperCase();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < phones; i++) {
            codes.add("T" + tag + "-" + i);
        }
        api.call("POST", "/api/programs/" + stage.programId() + "/audience/tickets",
                "{\"codes\":[\"" + String.join("\",\"", codes) + "\"]}", organizer, 200);

        HttpClient sse = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(30)).build();
        List<Screen> screens = new ArrayList<>();
        for (int i = 0; i < subscribers; i++) {
            Screen s = new Screen();
            screens.add(s);
            sse.sendAsync(HttpRequest.newBuilder(URI.create(t.base() + "/api/live/" + session + "/events"))
                    .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.fromLineSubscriber(s));
        }
        for (Screen s : screens) {
            s.open.await(60, TimeUnit.SECONDS);
        }
        long connected = screens.stream().filter(s -> s.open.getCount() == 0 && !s.failed).count();
        System.out.printf("audience storm: %d of %d screens on the event stream; %d phones, %d at a time%n",
                connected, subscribers, phones, concurrency);

        Map<String, Object> host = api.post("/api/live/" + session + "/control", "{\"action\":\"START_PITCH\"}", organizer);
        api.post("/api/live/" + session + "/control", "{\"action\":\"START_QA\"}", organizer);
        @SuppressWarnings("unchecked")
        long slot = ((Double) ((Map<String, Object>) host.get("state")).get("currentSlotId")).longValue();

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(30)).build();
        double[] signIn = new double[phones];
        double[] vote = new double[phones];
        Arrays.fill(signIn, Double.NaN); // a phone that never got so far is counted as failed, not timed
        Arrays.fill(vote, Double.NaN);
        AtomicInteger created = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        List<Future<?>> work = new ArrayList<>();
        for (int i = 0; i < phones; i++) {
            int phone = i;
            work.add(pool.submit(() -> {
                try {
                    long a = System.nanoTime();
                    HttpResponse<String> pass = post(http, t, "/api/live/" + session + "/audience/ticket",
                            "{\"code\":\"" + codes.get(phone) + "\"}", null, null);
                    signIn[phone] = (System.nanoTime() - a) / 1e6;
                    Matcher m = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(pass.body());
                    if (pass.statusCode() != 200 || !m.find()) {
                        failed.incrementAndGet();
                        return;
                    }
                    String token = m.group(1);
                    String device = "bench-phone-" + tag + "-" + phone;
                    String body = "{\"slotId\":" + slot + ",\"value\":" + (1 + phone % 10) + "}";
                    long b = System.nanoTime();
                    HttpResponse<String> cast = post(http, t, "/api/live/" + session + "/audience/votes", body, token, device);
                    vote[phone] = (System.nanoTime() - b) / 1e6;
                    if (cast.statusCode() == 201) {
                        created.incrementAndGet();
                    } else {
                        failed.incrementAndGet();
                    }
                    // The same person again: counted once, so this must be refused.
                    if (post(http, t, "/api/live/" + session + "/audience/votes", body, token, device).statusCode() == 409) {
                        refused.incrementAndGet();
                    }
                } catch (Exception e) {
                    failed.incrementAndGet();
                }
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        long lastVote = System.nanoTime();
        double seconds = (lastVote - start) / 1e9;
        pool.shutdown();

        // Every screen should reach the exact count within a tick or two of the last vote.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (screens.stream().anyMatch(s -> !s.failed && s.votes < created.get()) && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        double[] seen = screens.stream().filter(s -> s.votes == created.get())
                .mapToDouble(s -> Math.max(0, (s.votesAt - lastVote) / 1e6)).sorted().toArray();
        Map<String, Object> setup = api.call("GET", "/api/rounds/" + stage.roundId() + "/audience", null, organizer, 200);
        long counted = ((Double) setup.get("votes")).longValue();

        double[] signInMs = Arrays.stream(signIn).filter(x -> !Double.isNaN(x)).sorted().toArray();
        double[] voteMs = Arrays.stream(vote).filter(x -> !Double.isNaN(x)).sorted().toArray();
        System.out.printf("  %d phones signed in and voted in %.1f s: %.0f votes/s (sign-in + vote + duplicate per phone)%n",
                phones, seconds, created.get() / seconds);
        System.out.printf("  vote p50 %.1f ms, p99 %.1f ms, max %.1f ms; ticket sign-in p50 %.1f ms, p99 %.1f ms%n",
                pct(voteMs, 50), pct(voteMs, 99), pct(voteMs, 100), pct(signInMs, 50), pct(signInMs, 99));
        System.out.printf("  counted by the server %d of %d accepted (%d failed); duplicates refused %d of %d%n",
                counted, created.get(), failed.get(), refused.get(), phones);
        System.out.printf("  %d of %d screens showed the exact count; after the last vote p50 %.0f ms, p99 %.0f ms; RSS %s MB%n",
                seen.length, subscribers, pct(seen, 50), pct(seen, 99), t.rssMb());
        t.figure("audience", "votes-per-s", created.get() / seconds);
        t.figure("audience", "storm-s", seconds);
        t.figure("audience", "vote-p99-ms", pct(voteMs, 99));
        t.figure("audience", "counted-minus-accepted", counted - created.get());
        t.figure("audience", "duplicates-not-refused", phones - refused.get());
        t.figure("audience", "screens-exact", seen.length);
        t.figure("audience", "screens-p99-ms", pct(seen, 99));
    }

    private static HttpResponse<String> post(HttpClient http, Figures.Target t, String path, String json, String token,
            String device) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(t.base() + path)).timeout(t.timeout())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            b.header("X-Audience-Token", token).header("X-Audience-Device", device);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static double pct(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.max(0, (int) Math.ceil(p / 100 * sorted.length) - 1)];
    }
}
