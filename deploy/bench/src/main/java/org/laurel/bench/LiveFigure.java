package org.laurel.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;

/**
 * The live reveal's reach: N subscribers hold the session's event stream open; for each pitch
 * the host calls REVEAL and every subscriber notes when the REVEAL event arrives. Latency runs
 * from sending the REVEAL request to a subscriber reading the event, so it includes the host's
 * request (state machine, aggregation, event append, commit) and the fan-out. Subscribers that
 * never connect and reveals that never arrive are counted, not left out. The live session is
 * made on the fresh copy of the seed by the admin, as the old LiveBench did.
 */
final class LiveFigure {

    /** One subscriber: reads lines as they come, notes when a REVEAL event's data line arrives. */
    static class Screen implements Flow.Subscriber<String> {
        final CountDownLatch open = new CountDownLatch(1);
        volatile long revealedAt;
        volatile int reveals;
        volatile boolean failed;

        @Override
        public void onSubscribe(Flow.Subscription s) {
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            if (line.startsWith("event: heartbeat") || line.startsWith("event:heartbeat")) {
                open.countDown();
            } else if (line.startsWith("data:") && line.contains("\"type\":\"REVEAL\"")) {
                revealedAt = System.nanoTime();
                reveals++;
            }
        }

        @Override
        public void onError(Throwable t) {
            failed = true;
            open.countDown();
        }

        @Override
        public void onComplete() {
            failed = true;
        }
    }

    private LiveFigure() {}

    /** A published program's live round with its pitches, a panel of five seeded judges and a session. */
    record Stage(String organizer, long programId, long roundId, long criterion, long session, List<Long> entries, String[] judges) {}

    static Stage stage(Figures.Target t, String adminEmail, String adminPassword, int pitches) {
        Api api = t.api();
        String admin = api.login(adminEmail, adminPassword);
        String organizer = api.login(t.seed().getProperty("organizer"), Seed.PASSWORD);
        String tag = String.valueOf(System.nanoTime());
        api.create("/api/admin/users", "{\"email\":\"finalist-" + tag + "@live-" + tag + ".bench.example\",\"password\":\""
                + Seed.PASSWORD + "\",\"displayName\":\"Finalist\",\"roles\":[\"APPLICANT\"]}", admin);
        String applicant = api.login("finalist-" + tag + "@live-" + tag + ".bench.example", Seed.PASSWORD);
        Map<String, Object> program = api.create("/api/programs", "{\"kind\":\"COMPETITION\",\"title\":\"Live final " + tag
                + "\",\"description\":\"\",\"submissionOpensAt\":\"" + java.time.Instant.now().minusSeconds(60)
                + "\",\"submissionClosesAt\":\"" + java.time.Instant.now().plusSeconds(86400)
                + "\",\"categories\":[{\"name\":\"Team\"}],\"formFields\":[],\"prizeTiers\":[]}", organizer);
        long programId = Api.id(program);
        api.post("/api/programs/" + programId + "/publish", "{}", organizer);
        long category = Api.id(Api.list(program, "categories").get(0));
        List<Long> entries = new ArrayList<>();
        for (int i = 0; i < pitches; i++) {
            long id = Api.id(api.create("/api/programs/" + programId + "/entries", "{\"title\":\"Finalist " + i + "\",\"categoryId\":"
                    + category + ",\"summary\":\"A finalist.\",\"team\":[{\"name\":\"Founder\"}],\"answers\":{}}", applicant));
            api.post("/api/entries/" + id + "/submit", "{}", applicant);
            entries.add(id);
        }
        api.post("/api/programs/" + programId + "/entries/eligibility", "{\"entryIds\":" + entries + ",\"eligible\":true}", organizer);
        Map<String, Object> round = api.create("/api/programs/" + programId + "/rounds", "{\"name\":\"Roadshow final\",\"mode\":\"LIVE\","
                + "\"aggregation\":\"TRIMMED_MEAN\",\"trimCount\":1,\"blind\":false,\"judgesPerEntry\":5,"
                + "\"criteria\":[{\"name\":\"Overall\",\"weight\":1,\"min\":0,\"max\":100,\"step\":1}]}", organizer);
        long roundId = Api.id(round);
        long criterion = Api.id(Api.list(round, "criteria").get(0));
        int judges = 5;
        String[] tokens = new String[judges];
        List<Long> judgeIds = new ArrayList<>();
        for (int j = 0; j < judges; j++) {
            tokens[j] = api.login(Seed.judge(j), Seed.PASSWORD); // seeded judges, on their own domains
            judgeIds.add(((Double) api.call("GET", "/api/me", null, tokens[j], 200).get("id")).longValue());
        }
        api.call("PUT", "/api/rounds/" + roundId + "/panel", "{\"judgeIds\":" + judgeIds + "}", organizer, 200);
        StringBuilder slots = new StringBuilder();
        for (int i = 0; i < entries.size(); i++) {
            slots.append(i == 0 ? "" : ",").append("{\"entryId\":").append(entries.get(i)).append(",\"order\":").append(i + 1)
                    .append(",\"pitchMinutes\":8,\"qaMinutes\":7}");
        }
        Map<String, Object> host = api.post("/api/rounds/" + roundId + "/live", "{\"slots\":[" + slots + "]}", organizer);
        @SuppressWarnings("unchecked")
        long session = ((Double) ((Map<String, Object>) host.getOrDefault("state", host)).get("sessionId")).longValue();
        return new Stage(organizer, programId, roundId, criterion, session, entries, tokens);
    }

    static void run(Figures.Target t, String adminEmail, String adminPassword, int subscribers, int pitches) throws Exception {
        Api api = t.api();
        Stage stage = stage(t, adminEmail, adminPassword, pitches);
        String organizer = stage.organizer();
        long session = stage.session();
        long roundId = stage.roundId();
        long criterion = stage.criterion();
        List<Long> entries = stage.entries();
        String[] tokens = stage.judges();
        int judges = tokens.length;

        // One HTTP/1.1 connection per subscriber, as phones and screens hold them.
        HttpClient sse = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(30)).build();
        List<Screen> screens = new ArrayList<>();
        long t0 = System.nanoTime();
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
        List<Long> rssHolding = t.rssMb();
        System.out.printf("live reveal: %d of %d event-stream subscribers connected in %.1f s; server RSS holding them %s MB%n",
                connected, subscribers, (System.nanoTime() - t0) / 1e9, rssHolding);

        List<Double> all = new ArrayList<>();
        long missed = 0;
        for (int p = 0; p < pitches; p++) {
            control(api, session, "START_PITCH", organizer);
            control(api, session, "OPEN_SCORING", organizer);
            for (int j = 0; j < judges; j++) {
                api.call("PUT", "/api/rounds/" + roundId + "/entries/" + entries.get(p) + "/scorecard",
                        "{\"scores\":{\"" + criterion + "\":" + (60 + 7 * j + p) + "},\"submit\":true}", tokens[j], 200);
            }
            Thread.sleep(500); // let the scoring events drain so the reveal is measured on its own
            int before = p;
            long sent = System.nanoTime();
            control(api, session, "REVEAL", organizer);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (screens.stream().anyMatch(s -> s.reveals <= before && !s.failed) && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            double[] ms = screens.stream().filter(s -> s.reveals > before).mapToDouble(s -> (s.revealedAt - sent) / 1e6).sorted().toArray();
            missed += subscribers - ms.length;
            for (double m : ms) {
                all.add(m);
            }
            System.out.printf("  reveal %d: %d of %d subscribers got it; p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", p + 1, ms.length,
                    subscribers, pct(ms, 50), pct(ms, 99), pct(ms, 100));
            control(api, session, "NEXT", organizer);
        }
        double[] ms = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        List<Long> rssAfter = t.rssMb();
        System.out.printf("  all reveals: %d deliveries, %d missed; REVEAL call to subscriber p50 %.1f ms, p99 %.1f ms, max %.1f ms; "
                + "server RSS after %s MB%n", ms.length, missed, pct(ms, 50), pct(ms, 99), pct(ms, 100), rssAfter);
        t.figure("live", "p50-ms", pct(ms, 50));
        t.figure("live", "p99-ms", pct(ms, 99));
        t.figure("live", "max-ms", pct(ms, 100));
        t.figure("live", "missed", missed);
        t.perInstance("live", "rss-holding-mb", rssHolding);
        t.perInstance("live", "rss-after-mb", rssAfter);
    }

    private static double pct(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.max(0, (int) Math.ceil(p / 100 * sorted.length) - 1)];
    }

    private static void control(Api api, long session, String action, String token) {
        api.post("/api/live/" + session + "/control", "{\"action\":\"" + action + "\"}", token);
    }
}
