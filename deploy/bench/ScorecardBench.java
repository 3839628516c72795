import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Scorecard saves by 64 concurrent judges: a round with a 6-criterion rubric, E entries with 3
 * judges each (automatic assignment), and every judge saving their scorecards over and over
 * (drafts, then submissions), as judges do while they work. Each save checks the assignment and
 * conflicts, validates every value against the rubric, writes the card and an audit record.
 * Run by deploy/bench/scorecards.sh: ScorecardBench BASE_URL ADMIN_EMAIL ADMIN_PASSWORD [judges] [entries] [savesPerJudge]
 */
public class ScorecardBench {

    public static void main(String[] args) throws Exception {
        BenchHttp.base = args[0];
        int judges = args.length > 3 ? Integer.parseInt(args[3]) : 64;
        int entries = args.length > 4 ? Integer.parseInt(args[4]) : 640;
        int saves = args.length > 5 ? Integer.parseInt(args[5]) : 100;

        String admin = BenchHttp.login(args[1], args[2]);
        String organizer = Season.organizer(admin);
        Season.Program program = Season.program(organizer);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(judges, 16));

        System.out.printf("setting up %d eligible entries, %d judges and a round...%n", entries, judges);
        List<Future<List<Long>>> made = new ArrayList<>();
        int applicants = 16;
        for (int a = 0; a < applicants; a++) {
            int applicant = a;
            made.add(pool.submit(() -> {
                String token = Season.applicant(admin, applicant);
                List<Long> ids = new ArrayList<>();
                for (int i = applicant; i < entries; i += applicants) {
                    long id = Season.draft(program, token, applicant + "-" + i);
                    BenchHttp.check(BenchHttp.post("/api/entries/" + id + "/submit", "{}", token), 200);
                    ids.add(id);
                }
                return ids;
            }));
        }
        List<Long> entryIds = new ArrayList<>();
        for (Future<List<Long>> f : made) {
            entryIds.addAll(f.get());
        }
        for (int from = 0; from < entryIds.size(); from += 500) {
            BenchHttp.check(BenchHttp.post("/api/programs/" + program.id() + "/entries/eligibility", "{\"entryIds\":"
                    + entryIds.subList(from, Math.min(entryIds.size(), from + 500)) + ",\"eligible\":true}", organizer), 200);
        }
        StringBuilder criteria = new StringBuilder();
        String[] names = {"Innovation", "Market", "Team", "Traction", "Feasibility", "Pitch"};
        for (int c = 0; c < names.length; c++) {
            criteria.append(c == 0 ? "" : ",").append("{\"name\":\"").append(names[c]).append("\",\"weight\":").append(1 + c % 3)
                    .append(",\"min\":0,\"max\":10,\"step\":0.5}");
        }
        String round = BenchHttp.check(BenchHttp.post("/api/programs/" + program.id() + "/rounds", "{\"name\":\"Bench round\","
                + "\"mode\":\"ONLINE\",\"aggregation\":\"TRIMMED_MEAN\",\"blind\":true,\"judgesPerEntry\":3,\"advanceCount\":20,"
                + "\"criteria\":[" + criteria + "]}", organizer), 201).body();
        long roundId = BenchHttp.id(round);
        List<String> criterionIds = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{\"id\":(\\d+),\"name\":\"").matcher(round.substring(round.indexOf("\"criteria\"")));
        while (m.find()) {
            criterionIds.add(m.group(1));
        }
        String[] tokens = new String[judges];
        long[] judgeIds = new long[judges];
        for (int j = 0; j < judges; j++) {
            String tag = j + "-" + System.nanoTime();
            String email = "judge-" + tag + "@jury-" + tag + ".example";
            judgeIds[j] = BenchHttp.id(BenchHttp.check(BenchHttp.post("/api/admin/users", "{\"email\":\"" + email
                    + "\",\"password\":\"bench-password-1\",\"displayName\":\"Judge " + j + "\",\"roles\":[\"JUDGE\"]}", admin), 201).body());
            tokens[j] = BenchHttp.login(email, "bench-password-1");
        }
        BenchHttp.check(BenchHttp.send("PUT", "/api/rounds/" + roundId + "/panel", "{\"judgeIds\":"
                + java.util.Arrays.toString(judgeIds) + "}", organizer), 200);
        BenchHttp.check(BenchHttp.post("/api/rounds/" + roundId + "/assignments/auto", "{}", organizer), 200);
        BenchHttp.check(BenchHttp.post("/api/rounds/" + roundId + "/open", "{}", organizer), 200);
        long[][] queues = new long[judges][];
        for (int j = 0; j < judges; j++) {
            String queue = BenchHttp.check(BenchHttp.send("GET", "/api/judging/queue", "", tokens[j]), 200).body();
            java.util.regex.Matcher q = java.util.regex.Pattern.compile("\"entryId\":(\\d+)").matcher(queue);
            List<Long> mine = new ArrayList<>();
            while (q.find()) {
                mine.add(Long.parseLong(q.group(1)));
            }
            queues[j] = mine.stream().mapToLong(Long::longValue).toArray();
        }
        System.out.printf("round %d: %d criteria, each judge has about %d scorecards%n", roundId, criterionIds.size(), queues[0].length);

        BenchHttp.Step save = (j, i) -> {
            long entry = queues[j][i % queues[j].length];
            StringBuilder scores = new StringBuilder();
            for (int c = 0; c < criterionIds.size(); c++) {
                scores.append(c == 0 ? "" : ",").append('"').append(criterionIds.get(c)).append("\":").append((i + c + j) % 21 / 2.0);
            }
            boolean submit = i >= saves - queues[j].length; // the last pass over the queue submits
            HttpResponse<String> r = BenchHttp.send("PUT", "/api/rounds/" + roundId + "/entries/" + entry + "/scorecard",
                    "{\"scores\":{" + scores + "},\"comment\":\"Solid team; unclear market.\",\"submit\":" + submit + "}", tokens[j]);
            return r.statusCode() == 200;
        };
        BenchHttp.phase("warm-up saves", pool, judges, Math.max(10, saves / 5), save);
        BenchHttp.phase("measured scorecard saves", pool, judges, saves, save);
        String plan = System.getenv("SCORECARD_PLAN");
        if (plan != null) { // every (judge, entry) pair as "path<TAB>token<TAB>body", for the wrk phase of scorecards.sh
            StringBuilder lines = new StringBuilder();
            for (int j = 0; j < judges; j++) {
                for (int i = 0; i < queues[j].length; i++) {
                    StringBuilder scores = new StringBuilder();
                    for (int c = 0; c < criterionIds.size(); c++) {
                        scores.append(c == 0 ? "" : ",").append('"').append(criterionIds.get(c)).append("\":").append((i + c + j + 1) % 21 / 2.0);
                    }
                    lines.append("/api/rounds/").append(roundId).append("/entries/").append(queues[j][i]).append("/scorecard\t")
                            .append(tokens[j]).append("\t{\"scores\":{").append(scores)
                            .append("},\"comment\":\"Solid team; unclear market.\",\"submit\":true}\n");
                }
            }
            java.nio.file.Files.writeString(java.nio.file.Path.of(plan), lines);
        }
        // Each judge's saves cycle over their queue and all but the first pass submit, so the cards
        // submitted are min(saves, queue) per judge: all of them (entries x 3) once saves >= queue.
        int submitted = 0;
        for (long[] q : queues) {
            submitted += Math.min(Math.max(saves, Math.max(10, saves / 5)), q.length);
        }
        // The organizer's results page: the round's results, computed afresh from every submitted card.
        for (String path : new String[]{"/results", "/results/compare"}) {
            double[] ms = new double[Integer.parseInt(System.getenv().getOrDefault("RESULTS_REQUESTS", "30"))];
            for (int i = 0; i < ms.length + 10; i++) {
                long t0 = System.nanoTime();
                BenchHttp.check(BenchHttp.send("GET", "/api/rounds/" + roundId + path, "", organizer), 200);
                if (i >= 10) {
                    ms[i - 10] = (System.nanoTime() - t0) / 1e6;
                }
            }
            java.util.Arrays.sort(ms);
            System.out.printf("GET %s (%d entries, %d submitted cards): median %.1f ms, p90 %.1f ms (" + ms.length + " requests after 10 warm-up)%n",
                    path, entries, submitted, ms[ms.length / 2], ms[(int) (ms.length * 0.9)]);
        }
        pool.shutdown();
        System.out.println("machine: " + Runtime.getRuntime().availableProcessors() + " cores (load generator on the same machine)");
    }
}
