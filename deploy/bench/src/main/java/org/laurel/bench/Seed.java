package org.laurel.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * The benchmark season, built once per database through the public API as any client would
 * (the admin creates every account: self-registration is rate-limited per address):
 * program "Open" with E submitted, eligible entries, each with a PDF attachment, and an OPEN
 * online round (6 criteria, 3 judges per entry by automatic assignment) for the save load;
 * program "Final" with as many entries and a FINALIZED round whose cards are all submitted,
 * for the results pages; program "Surge" with applicants' drafts for the submission surge.
 * What the figures need later (ids, logins) goes to a properties file beside the snapshot.
 */
final class Seed {

    static final String PASSWORD = "bench-password-1";
    static final String[] CRITERIA = {"Innovation", "Market", "Team", "Traction", "Feasibility", "Pitch"};

    private final Api api;
    private final String admin;
    private final ExecutorService pool = Executors.newFixedThreadPool(6);
    private final Properties out = new Properties();
    private String organizer;

    private Seed(Api api, String admin) {
        this.api = api;
        this.admin = admin;
    }

    /** Arguments: entries judges surgeApplicants draftsPerApplicant manifestPath. */
    static void run(Api api, String adminEmail, String adminPassword, int entries, int judges, int surgeClients, int drafts,
            Path manifest) throws Exception {
        Seed seed = new Seed(api, api.login(adminEmail, adminPassword));
        try {
            seed.build(entries, judges, surgeClients, drafts);
        } finally {
            seed.pool.shutdownNow();
        }
        try (Writer w = Files.newBufferedWriter(manifest)) {
            seed.out.store(w, "laurel benchmark season");
        }
    }

    private void build(int entries, int judges, int surgeClients, int drafts) throws Exception {
        long t0 = System.nanoTime();
        String organizerEmail = "organizer@bench-org.example";
        account(organizerEmail, "Bench organizer", "ORGANIZER");
        organizer = api.login(organizerEmail, PASSWORD);
        out.setProperty("organizer", organizerEmail);
        out.setProperty("entries", String.valueOf(entries));
        List<Long> judgeIds = all(judges, j -> Api.id(account(judge(j), "Judge " + j, "JUDGE")));
        out.setProperty("judges", String.valueOf(judges));
        log(t0, judges + " judges");

        Map<String, Object> open = program("Open");
        List<Long> openEntries = submittedEntries(open, entries, "open");
        long openRound = round(open, "Online round", judgeIds);
        out.setProperty("open.round", String.valueOf(openRound));
        log(t0, entries + " entries with attachments; round " + openRound + " open");

        Map<String, Object> fin = program("Final");
        submittedEntries(fin, entries, "final");
        long finalRound = round(fin, "Finalized round", judgeIds);
        int cards = scoreEverything(finalRound, judges);
        api.post("/api/rounds/" + finalRound + "/close", "{}", organizer);
        api.post("/api/rounds/" + finalRound + "/finalize", "{}", organizer);
        out.setProperty("final.round", String.valueOf(finalRound));
        out.setProperty("final.cards", String.valueOf(cards));
        log(t0, "round " + finalRound + " finalized with " + cards + " submitted cards");

        Map<String, Object> surge = program("Surge");
        out.setProperty("surge.clients", String.valueOf(surgeClients));
        all(surgeClients, c -> {
            String email = "applicant-" + c + "@surge-" + c + ".bench.example";
            account(email, "Applicant " + c, "APPLICANT");
            String token = api.login(email, PASSWORD);
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < drafts; i++) {
                ids.add(draft(surge, token, "surge " + c + "-" + i));
            }
            out.setProperty("surge." + c + ".email", email);
            out.setProperty("surge." + c + ".drafts", ids.stream().map(String::valueOf).collect(Collectors.joining(",")));
            return null;
        });
        log(t0, surgeClients + " applicants with " + drafts + " drafts each for the submission surge");
    }

    static String judge(int j) {
        return "judge-" + j + "@jury-" + j + ".bench.example";
    }

    private Map<String, Object> account(String email, String name, String role) {
        return api.create("/api/admin/users", "{\"email\":" + Json.quote(email) + ",\"password\":\"" + PASSWORD
                + "\",\"displayName\":" + Json.quote(name) + ",\"roles\":[\"" + role + "\"]}", admin);
    }

    /** A published competition, its window open for a year, with a form of four fields. */
    private Map<String, Object> program(String name) {
        Instant now = Instant.now();
        String body = "{\"kind\":\"COMPETITION\",\"title\":\"Bench " + name + "\",\"description\":\"Benchmark season\","
                + "\"submissionOpensAt\":\"" + now.minusSeconds(3600) + "\",\"submissionClosesAt\":\"" + now.plusSeconds(365L * 86400)
                + "\",\"categories\":[{\"name\":\"Team\"},{\"name\":\"Company\"}],"
                + "\"formFields\":[{\"key\":\"pitch\",\"label\":\"Pitch\",\"type\":\"TEXT\",\"required\":true,\"maxLength\":200},"
                + "{\"key\":\"stage\",\"label\":\"Stage\",\"type\":\"SELECT\",\"required\":true,\"options\":[\"Seed\",\"Series A\"]},"
                + "{\"key\":\"team\",\"label\":\"Team size\",\"type\":\"NUMBER\",\"required\":true},"
                + "{\"key\":\"site\",\"label\":\"Website\",\"type\":\"URL\",\"required\":false}],\"prizeTiers\":[]}";
        Map<String, Object> program = api.create("/api/programs", body, organizer);
        api.post("/api/programs/" + Api.id(program) + "/publish", "{}", organizer);
        return program;
    }

    private long draft(Map<String, Object> program, String token, String tag) {
        List<Map<String, Object>> categories = Api.list(program, "categories");
        long category = Api.id(categories.get(tag.hashCode() & 1));
        String entry = "{\"title\":" + Json.quote("Entry " + tag) + ",\"categoryId\":" + category
                + ",\"summary\":\"A startup that benchmarks judging platforms.\",\"organization\":" + Json.quote("Bench " + tag)
                + ",\"team\":[{\"name\":" + Json.quote("Founder " + tag) + ",\"role\":\"CEO\"}],"
                + "\"answers\":{\"pitch\":\"Faster judging\",\"stage\":\"Seed\",\"team\":5,\"site\":\"https://bench.example\"}}";
        return Api.id(api.create("/api/programs/" + Api.id(program) + "/entries", entry, token));
    }

    /** Entries by one applicant per 50 (each on their own domain, so no conflicts of interest arise), each with a PDF. */
    private List<Long> submittedEntries(Map<String, Object> program, int entries, String tag) throws Exception {
        int applicants = Math.max(1, entries / 50);
        List<Long> ids = new ArrayList<>();
        for (List<Long> mine : all(applicants, a -> {
            String email = "applicant-" + a + "@" + tag + "-" + a + ".bench.example";
            account(email, "Applicant " + a, "APPLICANT");
            String token = api.login(email, PASSWORD);
            List<Long> made = new ArrayList<>();
            for (int i = a; i < entries; i += applicants) {
                long id = draft(program, token, tag + " " + i);
                api.upload("/api/entries/" + id + "/attachments", "pitch-deck-" + i + ".pdf", "application/pdf",
                        Api.pdf("Pitch deck of entry " + i), token);
                api.post("/api/entries/" + id + "/submit", "{}", token);
                made.add(id);
            }
            return made;
        })) {
            ids.addAll(mine);
        }
        Collections.sort(ids);
        for (int from = 0; from < ids.size(); from += 500) {
            api.post("/api/programs/" + Api.id(program) + "/entries/eligibility", "{\"entryIds\":"
                    + ids.subList(from, Math.min(ids.size(), from + 500)) + ",\"eligible\":true}", organizer);
        }
        return ids;
    }

    /** An online round with 6 weighted criteria on a 0..10 scale in 0.5 steps, the whole panel, automatic assignment, open. */
    private long round(Map<String, Object> program, String name, List<Long> judgeIds) {
        StringBuilder criteria = new StringBuilder();
        for (int c = 0; c < CRITERIA.length; c++) {
            criteria.append(c == 0 ? "" : ",").append("{\"name\":\"").append(CRITERIA[c]).append("\",\"weight\":").append(1 + c % 3)
                    .append(",\"min\":0,\"max\":10,\"step\":0.5}");
        }
        long round = Api.id(api.create("/api/programs/" + Api.id(program) + "/rounds", "{\"name\":" + Json.quote(name)
                + ",\"mode\":\"ONLINE\",\"aggregation\":\"TRIMMED_MEAN\",\"blind\":true,\"judgesPerEntry\":3,\"advanceCount\":20,"
                + "\"criteria\":[" + criteria + "]}", organizer));
        api.call("PUT", "/api/rounds/" + round + "/panel", "{\"judgeIds\":" + judgeIds + "}", organizer, 200);
        api.post("/api/rounds/" + round + "/assignments/auto", "{}", organizer);
        api.post("/api/rounds/" + round + "/open", "{}", organizer);
        return round;
    }

    /** Every judge submits every card of the round (deterministic values); returns how many. */
    private int scoreEverything(long round, int judges) throws Exception {
        List<String> criteria = Figures.criteria(api, round, organizer);
        int total = 0;
        for (int n : all(judges, j -> {
            String token = api.login(judge(j), PASSWORD);
            long[] queue = Figures.queue(api, token, round);
            for (int k = 0; k < queue.length; k++) {
                StringBuilder scores = new StringBuilder();
                for (int c = 0; c < criteria.size(); c++) {
                    scores.append(c == 0 ? "" : ",").append('"').append(criteria.get(c)).append("\":")
                            .append(Plans.Saves.value(j, k, c, queue[k] % 7));
                }
                api.call("PUT", "/api/rounds/" + round + "/entries/" + queue[k] + "/scorecard", "{\"scores\":{" + scores
                        + "},\"comment\":\"Seeded.\",\"feedback\":\"Clear pitch.\",\"submit\":true}", token, 200);
            }
            return queue.length;
        })) {
            total += n;
        }
        return total;
    }

    interface Work<T> {
        T run(int i) throws Exception;
    }

    /** Runs work for 0..n-1 on the pool; the results in order. */
    private <T> List<T> all(int n, Work<T> work) throws Exception {
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int k = i;
            futures.add(pool.submit(() -> work.run(k)));
        }
        List<T> results = new ArrayList<>();
        for (Future<T> f : futures) {
            results.add(f.get());
        }
        return results;
    }

    private static void log(long t0, String what) {
        System.out.printf("seed: %s (%.0f s)%n", what, (System.nanoTime() - t0) / 1e9);
    }

    static Properties load(Path manifest) throws IOException {
        Properties p = new Properties();
        try (var r = Files.newBufferedReader(manifest)) {
            p.load(r);
        }
        return p;
    }
}
