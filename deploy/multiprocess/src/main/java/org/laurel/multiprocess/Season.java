package org.laurel.multiprocess;

import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.laurel.bench.Api;
import org.laurel.bench.Json;

/**
 * The scripted season, the same on two instances and on one: a competition with 12 entries and
 * their decks, an online round scored by 6 judges (3 per entry) and finalized, a live final of
 * the 4 advanced entries with big screens subscribed, and the winners published. Every value is
 * a function of the entry's title and the judge's place, so two runs give the same tables.
 * With two instances it also proves the cross-instance paths and kills one instance mid-final.
 */
final class Season {

    static final String PASSWORD = "multiprocess-password-1";
    static final int ENTRIES = 12;
    static final int JUDGES = 6;
    static final int APPLICANTS = 4;
    static final int LIVE_JUDGES = 5;

    private final Checks checks;
    private final Cluster c;
    private final String adminEmail;
    private final String adminPassword;
    private final AtomicInteger turn = new AtomicInteger();

    String admin;
    String organizer;
    final List<String> judges = new ArrayList<>();
    final List<Long> judgeIds = new ArrayList<>();
    final List<String> applicants = new ArrayList<>();
    long program;
    long scratchProgram;
    final List<Long> entries = new ArrayList<>();
    final Map<Long, String> titles = new ConcurrentHashMap<>();
    long round1;
    long round2;
    long session;

    /** What the comparison with the other run uses: tables keyed by name, rows by entry title. */
    final Map<String, String> tables = new TreeMap<>();
    /** Writes acknowledged with 2xx while an instance was killed: entry id -> title, its owner, and attachment -> SHA-256. */
    final Map<Long, String> ackedEntries = new ConcurrentHashMap<>();
    final Map<Long, String> owners = new ConcurrentHashMap<>();
    final Map<String, String> ackedAttachments = new ConcurrentHashMap<>();

    Season(Checks checks, Cluster c, String adminEmail, String adminPassword) {
        this.checks = checks;
        this.c = c;
        this.adminEmail = adminEmail;
        this.adminPassword = adminPassword;
    }

    /** The next address of the rotation: nginx, a, b, nginx, ... (only live instances once b is killed). */
    private Api next() {
        List<Api> r = c.rotation();
        return r.get(Math.floorMod(turn.getAndIncrement(), r.size()));
    }

    void run() throws Exception {
        long t0 = System.nanoTime();
        people();
        log(t0, "accounts");
        programAndEntries();
        log(t0, ENTRIES + " entries with decks, submitted and eligible");
        onlineRound();
        log(t0, "online round scored and finalized");
        liveFinal();
        log(t0, "live final run and finalized");
        winners();
        log(t0, "winners published");
    }

    private static void log(long t0, String what) {
        System.out.printf("season: %s (%.1f s)%n", what, (System.nanoTime() - t0) / 1e9);
    }

    // ---- people ----

    private long account(String email, String name, String role) {
        return Api.id(next().create("/api/admin/users", "{\"email\":" + Json.quote(email) + ",\"password\":\"" + PASSWORD
                + "\",\"displayName\":" + Json.quote(name) + ",\"roles\":[\"" + role + "\"]}", admin));
    }

    private void people() {
        admin = c.front().login(adminEmail, adminPassword);
        account("organizer@mp-org.example", "Organizer", "ORGANIZER");
        organizer = next().login("organizer@mp-org.example", PASSWORD);
        for (int j = 0; j < JUDGES; j++) {
            // Each judge and applicant on their own domain: no detected conflicts of interest.
            String email = "judge-" + j + "@jury-" + j + ".mp.example";
            judgeIds.add(account(email, "Judge " + j, "JUDGE"));
            judges.add(next().login(email, PASSWORD));
        }
        for (int a = 0; a < APPLICANTS; a++) {
            String email = "applicant-" + a + "@team-" + a + ".mp.example";
            account(email, "Applicant " + a, "APPLICANT");
            applicants.add(next().login(email, PASSWORD));
        }
    }

    // ---- program, entries, decks ----

    private long createProgram(String title, String slug) {
        Instant now = Instant.now();
        String body = "{\"kind\":\"COMPETITION\",\"title\":" + Json.quote(title) + ",\"slug\":\"" + slug + "\","
                + "\"description\":\"The multi-process test's season\",\"submissionOpensAt\":\"" + now.minusSeconds(3600)
                + "\",\"submissionClosesAt\":\"" + now.plusSeconds(86400) + "\",\"categories\":[{\"name\":\"Hardware\"},"
                + "{\"name\":\"Software\"}],\"formFields\":[],\"prizeTiers\":[{\"name\":\"Gold\",\"rank\":1,\"count\":1},"
                + "{\"name\":\"Silver\",\"rank\":2,\"count\":2}]}";
        long id = Api.id(next().create("/api/programs", body, organizer));
        next().post("/api/programs/" + id + "/publish", "{}", organizer);
        return id;
    }

    private List<Long> categories(long programId) {
        return Api.list(next().call("GET", "/api/programs/" + programId, null, organizer, 200), "categories").stream()
                .map(Api::id).toList();
    }

    private long draft(Api api, long programId, long category, String title, String token) {
        String entry = "{\"title\":" + Json.quote(title) + ",\"categoryId\":" + category + ",\"summary\":\"A finalist.\","
                + "\"organization\":" + Json.quote("Team of " + title) + ",\"team\":[{\"name\":\"Founder\"}],\"answers\":{}}";
        return Api.id(api.create("/api/programs/" + programId + "/entries", entry, token));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void programAndEntries() {
        program = createProgram("Multi-process season", "mp-season");
        List<Long> cats = categories(program);
        int crossChecked = 0;
        List<String> crossFailures = new ArrayList<>();
        for (int i = 0; i < ENTRIES; i++) {
            String title = String.format("Entry %02d", i);
            String token = applicants.get(i % APPLICANTS);
            long id = draft(next(), program, cats.get(i % 2), title, token);
            entries.add(id);
            titles.put(id, title);
            byte[] deck = Api.pdf("Pitch deck of " + title + " " + System.nanoTime());
            // Uploaded through one instance, downloaded through the other (alternating which is which).
            Api up = i % 2 == 0 ? c.a() : c.b();
            Api down = i % 2 == 0 ? c.b() : c.a();
            Map<String, Object> att = up.upload("/api/entries/" + id + "/attachments", "deck-" + i + ".pdf", "application/pdf", deck,
                    token);
            HttpResponse<byte[]> got = down.bytes("/api/entries/" + id + "/attachments/" + Api.id(att), token);
            String local = sha256(deck);
            if (got.statusCode() == 200 && sha256(got.body()).equals(local) && local.equals(att.get("sha256"))) {
                crossChecked++;
            } else {
                crossFailures.add(title + ": " + got.statusCode() + " " + (got.statusCode() == 200 ? sha256(got.body()) : ""));
            }
            next().post("/api/entries/" + id + "/submit", "{}", token);
        }
        String how = c.multi() ? "uploaded through one instance, downloaded through the other" : "uploaded and downloaded";
        checks.check("attachments cross-instance", crossFailures.isEmpty(),
                crossChecked + " of " + ENTRIES + " decks " + how + " with the same bytes and SHA-256" + (crossFailures.isEmpty() ? ""
                        : "; wrong: " + crossFailures));
        next().post("/api/programs/" + program + "/entries/eligibility", "{\"entryIds\":" + entries + ",\"eligible\":true}",
                organizer);
    }

    // ---- the online round ----

    /** Criterion c of entry i as scored by the judge at place p (0..2) among the entry's judges sorted by id. */
    static double onlineValue(int entry, int criterion, int place) {
        return 2 + 0.5 * entry + 0.5 * criterion + 0.5 * (place - 1);
    }

    private void onlineRound() {
        Map<String, Object> round = next().create("/api/programs/" + program + "/rounds", "{\"name\":\"Online round\","
                + "\"mode\":\"ONLINE\",\"aggregation\":\"MEAN\",\"blind\":true,\"judgesPerEntry\":3,\"advanceCount\":2,"
                + "\"criteria\":[{\"name\":\"Innovation\",\"weight\":1,\"min\":0,\"max\":10,\"step\":0.5},"
                + "{\"name\":\"Market\",\"weight\":2,\"min\":0,\"max\":10,\"step\":0.5},"
                + "{\"name\":\"Team\",\"weight\":3,\"min\":0,\"max\":10,\"step\":0.5}]}", organizer);
        round1 = Api.id(round);
        List<Long> criteria = Api.list(round, "criteria").stream().map(Api::id).toList();
        next().call("PUT", "/api/rounds/" + round1 + "/panel", "{\"judgeIds\":" + judgeIds + "}", organizer, 200);
        next().post("/api/rounds/" + round1 + "/assignments/auto", "{}", organizer);
        next().post("/api/rounds/" + round1 + "/open", "{}", organizer);
        Map<String, Object> matrix = next().call("GET", "/api/rounds/" + round1 + "/assignments", null, organizer, 200);
        int cards = 0;
        for (Map<String, Object> row : Api.list(matrix, "entries")) {
            long entry = ((Double) row.get("entryId")).longValue();
            int index = entries.indexOf(entry);
            @SuppressWarnings("unchecked")
            List<Long> assigned = ((List<Double>) row.get("judgeIds")).stream().map(Double::longValue).sorted().toList();
            for (int place = 0; place < assigned.size(); place++) {
                String token = judges.get(judgeIds.indexOf(assigned.get(place)));
                StringBuilder scores = new StringBuilder();
                StringBuilder draft = new StringBuilder();
                for (int k = 0; k < criteria.size(); k++) {
                    scores.append(k == 0 ? "" : ",").append('"').append(criteria.get(k)).append("\":")
                            .append(onlineValue(index, k, place));
                    draft.append(k == 0 ? "" : ",").append('"').append(criteria.get(k)).append("\":5");
                }
                String path = "/api/rounds/" + round1 + "/entries/" + entry + "/scorecard";
                // A draft through one address, the submitted card through the next: the second instance sees the first's write.
                next().call("PUT", path, "{\"scores\":{" + draft + "},\"comment\":\"First look.\",\"submit\":false}", token, 200);
                next().call("PUT", path, "{\"scores\":{" + scores + "},\"comment\":\"Scored.\",\"feedback\":\"Clear deck.\","
                        + "\"submit\":true}", token, 200);
                cards++;
            }
        }
        checks.check("online round scored", cards == ENTRIES * 3, cards + " scorecards saved as drafts and submitted, spread over "
                + c.rotation().size() + " address(es)");
        next().post("/api/rounds/" + round1 + "/close", "{}", organizer);
        next().post("/api/rounds/" + round1 + "/finalize", "{}", organizer);
        tables.put("online results", results(round1, "MEAN"));
    }

    /** A round's ranking as text, one row per entry by title: rank, score, judges, spread, flags. */
    private String results(long round, String method) {
        List<Map<String, Object>> items = Api.list(next().call("GET", "/api/rounds/" + round + "/results?method=" + method, null,
                organizer, 200), "items");
        return items.stream().map(i -> String.format("%s | rank %.0f | score %.4f | judges %.0f | spread %s | flags %s",
                        titles.get(((Double) i.get("entryId")).longValue()), i.get("rank"), i.get("score"), i.get("judgeCount"),
                        i.get("spread"), i.get("flags")))
                .sorted().collect(Collectors.joining("\n"));
    }

    // ---- the live final ----

    static int liveValue(int entry, int judge) {
        return 50 + 5 * judge + 2 * entry;
    }

    @SuppressWarnings("unchecked")
    private void liveFinal() throws Exception {
        Map<String, Object> snapshot = next().call("GET", "/api/rounds/" + round1 + "/snapshot", null, organizer, 200);
        List<Long> advanced = ((List<Double>) snapshot.get("advanced")).stream().map(Double::longValue)
                .sorted((x, y) -> titles.get(x).compareTo(titles.get(y))).toList();
        checks.check("online round advanced", advanced.size() == 4, advanced.size() + " entries advanced: "
                + advanced.stream().map(titles::get).toList());
        Map<String, Object> round = next().create("/api/programs/" + program + "/rounds", "{\"name\":\"Live final\",\"mode\":\"LIVE\","
                + "\"aggregation\":\"TRIMMED_MEAN\",\"trimCount\":1,\"blind\":false,\"judgesPerEntry\":" + LIVE_JUDGES + ","
                + "\"criteria\":[{\"name\":\"Overall\",\"weight\":1,\"min\":0,\"max\":100,\"step\":1}]}", organizer);
        round2 = Api.id(round);
        long criterion = Api.id(Api.list(round, "criteria").get(0));
        next().call("PUT", "/api/rounds/" + round2 + "/panel", "{\"judgeIds\":" + judgeIds.subList(0, LIVE_JUDGES) + "}", organizer,
                200);
        StringBuilder slots = new StringBuilder();
        for (int i = 0; i < advanced.size(); i++) {
            slots.append(i == 0 ? "" : ",").append("{\"entryId\":").append(advanced.get(i)).append(",\"order\":").append(i + 1)
                    .append(",\"pitchMinutes\":8,\"qaMinutes\":7}");
        }
        Map<String, Object> host = next().post("/api/rounds/" + round2 + "/live", "{\"slots\":[" + slots + "]}", organizer);
        session = ((Double) ((Map<String, Object>) host.get("state")).get("sessionId")).longValue();
        if (c.multi()) {
            scratchProgram = createProgram("Scratch writes", "mp-scratch");
        }

        long from = ((Double) next().call("GET", "/api/live/" + session, null, null, 200).get("lastEventId")).longValue();
        String resume = c.front().base();
        List<Screen> onA = new ArrayList<>();
        List<Screen> onB = new ArrayList<>();
        List<Screen> viaFront = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            onA.add(new Screen("a-" + i, session, from, resume));
            onB.add(new Screen("b-" + i, session, from, resume));
        }
        for (int i = 0; i < 8; i++) {
            viaFront.add(new Screen("front-" + i, session, from, resume));
        }
        onA.forEach(s -> s.connect(c.a().base()));
        onB.forEach(s -> s.connect(c.b().base()));
        viaFront.forEach(s -> s.connect(resume));
        List<Screen> screens = new ArrayList<>(onA);
        screens.addAll(onB);
        screens.addAll(viaFront);
        int open = 0;
        for (Screen s : screens) {
            open += s.awaitOpen(30) ? 1 : 0;
        }
        checks.check("big screens subscribed", open == screens.size(), open + " of " + screens.size() + " event streams open ("
                + (c.multi() ? "4 on instance a, 4 on instance b, 8 through nginx: "
                        + viaFront.stream().map(s -> s.upstreams().get(0)).collect(Collectors.groupingBy(u -> u, TreeMap::new,
                                Collectors.counting())) : "one instance") + ")");

        for (int k = 0; k < advanced.size(); k++) {
            long entry = advanced.get(k);
            int index = entries.indexOf(entry);
            Api hostApi = !c.multi() ? c.front() : k == 0 ? c.a() : k == 1 ? c.b() : c.front();
            control(hostApi, "START_PITCH");
            control(hostApi, "OPEN_SCORING");
            Writer writer = null;
            boolean killSlot = c.multi() && k == 2;
            if (killSlot) {
                writer = new Writer();
                writer.start();
                Thread.sleep(1500);
                c.killB();
                System.out.println("season: instance b killed (kill -9) while scoring slot 3, with writes in flight");
            }
            for (int j = 0; j < LIVE_JUDGES; j++) {
                String body = "{\"scores\":{\"" + criterion + "\":" + liveValue(index, j) + "},\"submit\":true}";
                acknowledged("PUT", "/api/rounds/" + round2 + "/entries/" + entry + "/scorecard", body, judges.get(j));
            }
            control(killSlot ? c.front() : hostApi, "REVEAL");
            int reveals = k + 1;
            awaitAll(screens, s -> count(s.types(), "REVEAL") >= reveals, 20);
            if (c.multi() && k < 2) {
                List<Screen> other = k == 0 ? onB : onA;
                long got = other.stream().filter(s -> count(s.types(), "REVEAL") >= reveals).count();
                checks.check("reveal crosses instances (" + (k == 0 ? "a -> b" : "b -> a") + ")", got == other.size(),
                        "the reveal of slot " + (k + 1) + ", made on instance " + (k == 0 ? "a" : "b") + ", reached " + got + " of "
                                + other.size() + " screens connected to instance " + (k == 0 ? "b" : "a"));
            }
            Map<String, Object> state = c.front().call("GET", "/api/live/" + session, null, null, 200);
            Map<String, Object> reveal = (Map<String, Object>) state.get("reveal");
            double expected = (liveValue(index, 1) + liveValue(index, 2) + liveValue(index, 3)) / 3.0;
            double finalScore = reveal == null ? Double.NaN : (Double) reveal.get("finalScore");
            checks.check("reveal of slot " + (k + 1), Math.abs(finalScore - expected) < 1e-9, titles.get(entry) + " scored "
                    + finalScore + " (expected " + expected + ", trimmed mean of 5)");
            if (killSlot) {
                writer.stop();
                c.restartB();
                System.out.println("season: instance b started again");
            }
            control(killSlot ? c.front() : hostApi, "NEXT");
        }
        control(c.front(), "END");
        long last = ((Double) c.front().call("GET", "/api/live/" + session, null, null, 200).get("lastEventId")).longValue();
        awaitAll(screens, s -> s.last() >= last, 20);
        screens.forEach(Screen::close);
        streamChecks(screens, onB, viaFront, from, last);
        next().post("/api/rounds/" + round2 + "/finalize", "{}", organizer);
        tables.put("live results", results(round2, "TRIMMED_MEAN"));
        List<Map<String, Object>> board = Api.list(c.front().call("GET", "/api/live/" + session, null, null, 200), "leaderboard");
        tables.put("live leaderboard", board.stream().map(r -> String.format("%.0f %s %.4f", r.get("rank"), r.get("title"),
                r.get("score"))).collect(Collectors.joining("\n")));
        if (c.multi()) {
            verifyAcknowledged();
        }
    }

    private void streamChecks(List<Screen> screens, List<Screen> onB, List<Screen> viaFront, long from, long last) {
        // The reference: the log itself, replayed from the same point through the front door.
        Screen replay = new Screen("replay", session, from, c.front().base());
        replay.connect(c.front().base());
        awaitAll(List.of(replay), s -> s.last() >= last, 20);
        replay.close();
        List<Long> reference = replay.ids();
        boolean contiguous = true;
        for (int i = 0; i < reference.size(); i++) {
            contiguous &= reference.get(i) == from + 1 + i;
        }
        checks.check("event log", contiguous && !reference.isEmpty() && reference.get(reference.size() - 1) == last,
                reference.size() + " events " + (from + 1) + ".." + last + " replayed, contiguous: " + contiguous);
        List<String> wrong = new ArrayList<>();
        int resumed = 0;
        for (Screen s : screens) {
            if (!s.ids().equals(reference)) {
                wrong.add(s.name + " got " + s.ids());
            }
            resumed += s.connects() > 1 ? 1 : 0;
        }
        checks.check("every screen got every event exactly once, in order", wrong.isEmpty(),
                screens.size() + " screens, " + reference.size() + " events each" + (wrong.isEmpty() ? "" : "; wrong: " + wrong));
        if (c.multi()) {
            long bResumed = onB.stream().filter(s -> s.connects() > 1).count();
            long frontOnB = viaFront.stream().filter(s -> s.connects() > 1).count();
            checks.check("screens of the killed instance resumed through nginx", bResumed == onB.size(),
                    bResumed + " of " + onB.size() + " screens connected to b reconnected through nginx with Last-Event-ID; "
                            + frontOnB + " of " + viaFront.size() + " nginx screens had landed on b and resumed too ("
                            + resumed + " resumed in all)");
        }
    }

    /** Keeps sending until a 2xx; a refused connection, a 502 from nginx or a reset is retried through the front door. */
    private void acknowledged(String method, String path, String body, String token) throws InterruptedException {
        Api api = next();
        for (int attempt = 0; attempt < 20; attempt++) {
            try {
                HttpResponse<String> r = api.send(method, path, body, token);
                if (r.statusCode() / 100 == 2) {
                    return;
                }
                if (r.statusCode() < 500) {
                    throw new IllegalStateException(method + " " + path + " answered " + r.statusCode() + ": " + r.body());
                }
            } catch (java.io.UncheckedIOException e) {
                // the instance died under the request: its outcome is unknown, and a PUT may simply be sent again
            }
            api = c.front();
            Thread.sleep(250);
        }
        throw new IllegalStateException(method + " " + path + " never acknowledged");
    }

    private void control(Api api, String action) throws InterruptedException {
        acknowledged("POST", "/api/live/" + session + "/control", "{\"action\":\"" + action + "\"}", organizer);
    }

    private static long count(List<String> types, String type) {
        return types.stream().filter(type::equals).count();
    }

    private static void awaitAll(List<Screen> screens, java.util.function.Predicate<Screen> done, int seconds) {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline && !screens.stream().allMatch(done)) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Applicants creating entries with a deck in the scratch program while instance b is killed:
     * each request to the next address (nginx, a, b), so some are in flight on b when it dies.
     */
    private final class Writer {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<Thread> threads = new ArrayList<>();
        private final AtomicInteger failed = new AtomicInteger();
        private final AtomicInteger sent = new AtomicInteger();

        void start() {
            List<Long> cats = categories(scratchProgram);
            List<Api> targets = List.of(c.front(), c.a(), c.b());
            for (int w = 0; w < 3; w++) {
                int me = w;
                Thread t = new Thread(() -> {
                    int n = 0;
                    while (running.get()) {
                        Api api = targets.get(n % targets.size());
                        String title = "Scratch " + me + "-" + n++;
                        try {
                            sent.incrementAndGet();
                            long id = draft(api, scratchProgram, cats.get(n % 2), title, applicants.get(me));
                            ackedEntries.put(id, title);
                            owners.put(id, applicants.get(me));
                            byte[] deck = Api.pdf("Scratch deck " + title);
                            Api up = targets.get(n % targets.size());
                            sent.incrementAndGet();
                            Map<String, Object> att = up.upload("/api/entries/" + id + "/attachments", "scratch.pdf", "application/pdf",
                                    deck, applicants.get(me));
                            ackedAttachments.put(id + "/" + Api.id(att), sha256(deck));
                        } catch (RuntimeException e) {
                            failed.incrementAndGet();
                        }
                    }
                }, "writer-" + w);
                threads.add(t);
                t.start();
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            for (Thread t : threads) {
                t.join();
            }
            System.out.printf("season: %d writes sent during the kill window, %d acknowledged, %d failed or unanswered%n", sent.get(),
                    ackedEntries.size() + ackedAttachments.size(), failed.get());
        }
    }

    private void verifyAcknowledged() {
        List<String> missing = new ArrayList<>();
        for (Map.Entry<Long, String> e : ackedEntries.entrySet()) {
            // Drafts: only their owner sees them.
            HttpResponse<String> r = c.a().send("GET", "/api/entries/" + e.getKey(), null, owners.get(e.getKey()));
            if (r.statusCode() != 200 || !e.getValue().equals(Json.object(r.body()).get("title"))) {
                missing.add("entry " + e.getKey() + " (" + r.statusCode() + ")");
            }
        }
        for (Map.Entry<String, String> e : ackedAttachments.entrySet()) {
            String[] ids = e.getKey().split("/");
            HttpResponse<byte[]> r = c.b().bytes("/api/entries/" + ids[0] + "/attachments/" + ids[1], owners.get(Long.parseLong(ids[0])));
            if (r.statusCode() != 200 || !sha256(r.body()).equals(e.getValue())) {
                missing.add("attachment " + e.getKey() + " (" + r.statusCode() + ")");
            }
        }
        checks.check("nothing acknowledged was lost", missing.isEmpty() && !ackedEntries.isEmpty(), ackedEntries.size()
                + " entries and " + ackedAttachments.size() + " decks acknowledged around the kill, all found afterwards"
                + " (entries read on a, decks downloaded from the restarted b)" + (missing.isEmpty() ? "" : "; missing: " + missing));
    }

    // ---- winners ----

    @SuppressWarnings("unchecked")
    private void winners() {
        // The call must be over before winners are announced: move the deadline into the past.
        Map<String, Object> view = Json.exact(next().send("GET", "/api/programs/" + program, null, organizer).body());
        Map<String, Object> body = new LinkedHashMap<>(view);
        body.put("submissionClosesAt", Instant.now().minusSeconds(1).toString());
        next().call("PUT", "/api/programs/" + program, Json.write(body), organizer, 200);
        Map<String, Object> proposal = next().call("GET", "/api/programs/" + program + "/winners/proposal", null, organizer, 200);
        List<String> winners = new ArrayList<>();
        List<String> table = new ArrayList<>();
        for (Map<String, Object> tier : Api.list(proposal, "tiers")) {
            for (Map<String, Object> w : (List<Map<String, Object>>) tier.get("proposed")) {
                winners.add("{\"entryId\":" + ((Double) w.get("entryId")).longValue() + ",\"prizeTierId\":"
                        + ((Double) tier.get("tierId")).longValue() + "}");
                table.add(tier.get("name") + ": " + w.get("title"));
            }
        }
        Map<String, Object> published = next().create("/api/programs/" + program + "/announcements", "{\"winners\":" + winners
                + ",\"publishScores\":false,\"releaseFeedback\":true}", organizer);
        tables.put("winners", String.join("\n", table));
        String onA = c.a().send("GET", "/api/public/programs/mp-season/winners", null, null).body();
        String onB = c.b().send("GET", "/api/public/programs/mp-season/winners", null, null).body();
        checks.check("winners published", onA.equals(onB) && winners.size() == 3, "version " + published.get("version") + " with "
                + winners.size() + " winners (" + String.join(", ", table) + "); the public page is the same on "
                + (c.multi() ? "both instances" : "the instance"));
    }
}
