import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Entry submissions under a deadline surge: C concurrent applicants, each submitting N entries
 * back to back (every submit validates the entry against the program's form and stores it).
 * Run by deploy/bench/submissions.sh: SubmitBench BASE_URL ADMIN_EMAIL ADMIN_PASSWORD [clients] [perClient]
 */
public class SubmitBench {

    public static void main(String[] args) throws Exception {
        BenchHttp.base = args[0];
        int clients = args.length > 3 ? Integer.parseInt(args[3]) : 64;
        int perClient = args.length > 4 ? Integer.parseInt(args[4]) : 100;
        int warmup = Math.max(5, perClient / 5);

        String admin = BenchHttp.login(args[1], args[2]);
        String organizer = Season.organizer(admin);
        Season.Program program = Season.program(organizer);

        System.out.printf("setting up %d applicants with %d draft entries each...%n", clients, perClient + warmup);
        String[] tokens = new String[clients];
        long[][] drafts = new long[clients][perClient + warmup];
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> setup = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            setup.add(pool.submit(() -> {
                tokens[client] = Season.applicant(admin, client);
                for (int i = 0; i < drafts[client].length; i++) {
                    drafts[client][i] = Season.draft(program, tokens[client], client + "-" + i);
                }
                return null;
            }));
        }
        for (Future<?> f : setup) {
            f.get();
        }
        BenchHttp.phase("warm-up submissions", pool, clients, warmup, (c, i) -> submitted(drafts[c][i], tokens[c]));
        BenchHttp.phase("measured submissions", pool, clients, perClient, (c, i) -> submitted(drafts[c][warmup + i], tokens[c]));
        pool.shutdown();
        System.out.println("machine: " + Runtime.getRuntime().availableProcessors() + " cores (load generator on the same machine)");
    }

    static boolean submitted(long entryId, String token) {
        HttpResponse<String> r = BenchHttp.post("/api/entries/" + entryId + "/submit", "{}", token);
        return r.statusCode() == 200 && r.body().contains("\"status\":\"SUBMITTED\"");
    }
}
