package org.laurel.bench;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The figures measured against a running server on a fresh copy of the seeded database. Each
 * prints its findings for people, and lines "@ db figure metric value" that the summary
 * collects into median and range over the runs.
 */
final class Figures {

    /** Where the server is, which process it is, and whether PostgreSQL's CPU counts too. */
    record Target(String base, List<Long> serverPids, String db, Properties seed, Duration timeout) {
        /** CPU seconds of every server process (one, or each instance behind nginx). */
        double serverCpuSeconds() {
            return serverPids.stream().mapToDouble(Proc::cpuSeconds).sum();
        }

        /** Each instance's resident memory now, in MB. */
        List<Long> rssMb() {
            return serverPids.stream().map(Proc::rssMb).toList();
        }

        /** "@ figure metric value" for one value per instance: the metric itself for one instance, metric-iN for several. */
        void perInstance(String figure, String metric, List<Long> values) {
            if (values.size() == 1) {
                figure(figure, metric, values.get(0));
                return;
            }
            for (int i = 0; i < values.size(); i++) {
                figure(figure, metric + "-i" + (i + 1), values.get(i));
            }
        }

        Api api() {
            return new Api(base);
        }

        InetSocketAddress address() {
            URI u = URI.create(base);
            return new InetSocketAddress(u.getHost(), u.getPort());
        }

        String host() {
            return URI.create(base).getAuthority();
        }

        boolean postgres() {
            return db.startsWith("pg");
        }

        void figure(String figure, String metric, double value) {
            System.out.printf("@ %s %s %s %.3f%n", db, figure, metric, value);
        }
    }

    private Figures() {}

    /** CPU of the server (and of every postgres process) over a window, per confirmed operation. */
    static final class Cpu implements LoadClient.Window {
        private final Target target;
        private double server0;
        private double postgres0;
        double server;
        double postgres;

        Cpu(Target target) {
            this.target = target;
        }

        @Override
        public void opened() {
            server0 = target.serverCpuSeconds();
            postgres0 = target.postgres() ? Proc.cpuSecondsOf("postgres") : 0;
        }

        @Override
        public void closed() {
            server = target.serverCpuSeconds() - server0;
            postgres = target.postgres() ? Proc.cpuSecondsOf("postgres") - postgres0 : 0;
        }

        void print(Target t, String figure, String what, long operations) {
            double s = operations > 0 ? server * 1000 / operations : Double.NaN;
            double p = operations > 0 ? postgres * 1000 / operations : Double.NaN;
            System.out.printf("  server CPU per %s: %.3f ms (%.2f s over the window)%n", what, s, server);
            t.figure(figure, "server-cpu-ms/op", s);
            if (t.postgres()) {
                System.out.printf("  PostgreSQL CPU per %s: %.3f ms (%.2f s); total %.3f ms%n", what, p, postgres, s + p);
                t.figure(figure, "postgres-cpu-ms/op", p);
                t.figure(figure, "total-cpu-ms/op", s + p);
            }
        }
    }

    static void outcomes(Target t, String figure, Outcomes o) {
        t.figure(figure, "confirmed/s", o.perSecond());
        t.figure(figure, "p50-ms", o.percentileMs(50));
        t.figure(figure, "p95-ms", o.percentileMs(95));
        t.figure(figure, "p99-ms", o.percentileMs(99));
        t.figure(figure, "max-ms", o.percentileMs(100));
        t.figure(figure, "failures", o.failures());
        t.figure(figure, "timeouts", o.timeouts());
    }

    /** Scorecard saves by N judges, one connection each, cycling through their own cards. */
    static void saves(Target t, int judges, Duration warmup, Duration measure, boolean submit) throws Exception {
        Api api = t.api();
        long round = Long.parseLong(t.seed().getProperty("open.round"));
        String organizer = api.login(t.seed().getProperty("organizer"), Seed.PASSWORD);
        List<String> criteria = criteria(api, round, organizer);
        List<Plans.Saves> plans = new ArrayList<>();
        int cards = 0;
        for (int j = 0; j < judges; j++) {
            String token = api.login(Seed.judge(j), Seed.PASSWORD);
            long[] queue = queue(api, token, round);
            cards += queue.length;
            plans.add(new Plans.Saves(t.host(), round, token, j, queue, criteria, submit));
        }
        System.out.printf("scorecard saves: %d judges (one keep-alive connection each) over their %d cards, %d criteria, "
                + "%s saves; %d s warm-up, %d s measured; timeout %d s%n", judges, cards, criteria.size(),
                submit ? "submitting" : "draft", warmup.toSeconds(), measure.toSeconds(), t.timeout().toSeconds());
        Cpu cpu = new Cpu(t);
        Outcomes o;
        List<Long> rssMax = new ArrayList<>();
        String middle;
        List<Proc.Sampler> samplers = new ArrayList<>();
        for (long pid : t.serverPids()) {
            samplers.add(new Proc.Sampler(pid, warmup.toMillis() + measure.toMillis() / 2));
        }
        try {
            o = LoadClient.run(new LoadClient.Settings(t.address(), t.timeout(), warmup, measure), plans, cpu);
        } finally {
            for (Proc.Sampler rss : samplers) {
                rss.close();
                rssMax.add(rss.maxRssMb());
            }
        }
        middle = samplers.get(0).middleLoad();
        System.out.print(o.describe("measured saves"));
        cpu.print(t, "saves", "save", o.confirmed());
        System.out.printf("  load average: %s in the middle, %s at the end%n", middle, Proc.loadavg());
        Thread.sleep(5000);
        List<Long> rssAfter = t.rssMb();
        System.out.printf("  server RSS%s: max %s MB during the load (sampled every 250 ms), %s MB 5 s after%n",
                rssMax.size() > 1 ? " per instance" : "", rssMax, rssAfter);
        outcomes(t, "saves", o);
        t.perInstance("saves", "rss-max-mb", rssMax);
        t.perInstance("saves", "rss-after-mb", rssAfter);
    }

    /** The deadline surge: every applicant submits their own drafts back to back, each once. */
    static void submissions(Target t) throws Exception {
        Api api = t.api();
        int clients = Integer.parseInt(t.seed().getProperty("surge.clients"));
        List<Plans.Submissions> warm = new ArrayList<>();
        List<Plans.Submissions> measured = new ArrayList<>();
        int total = 0;
        for (int c = 0; c < clients; c++) {
            String token = api.login(t.seed().getProperty("surge." + c + ".email"), Seed.PASSWORD);
            long[] drafts = Arrays.stream(t.seed().getProperty("surge." + c + ".drafts").split(",")).mapToLong(Long::parseLong).toArray();
            int w = drafts.length / 6;
            warm.add(new Plans.Submissions(t.host(), token, Arrays.copyOfRange(drafts, 0, w)));
            measured.add(new Plans.Submissions(t.host(), token, Arrays.copyOfRange(drafts, w, drafts.length)));
            total += drafts.length - w;
        }
        System.out.printf("entry submissions: %d applicants (one connection each), %d submissions measured after a warm-up of "
                + "one sixth as many%n", clients, total);
        Duration all = Duration.ofMinutes(10);
        LoadClient.run(new LoadClient.Settings(t.address(), t.timeout(), Duration.ZERO, all), warm);
        Cpu cpu = new Cpu(t);
        Outcomes o = LoadClient.run(new LoadClient.Settings(t.address(), t.timeout(), Duration.ZERO, all), measured, cpu);
        System.out.print(o.describe("measured submissions"));
        cpu.print(t, "submissions", "submission", o.confirmed());
        outcomes(t, "submissions", o);
    }

    /** The organizer's results pages on the finalized round: sequential GETs, each read to the end and checked. */
    static void results(Target t, int requests) {
        Api api = t.api();
        long round = Long.parseLong(t.seed().getProperty("final.round"));
        int entries = Integer.parseInt(t.seed().getProperty("entries"));
        String organizer = api.login(t.seed().getProperty("organizer"), Seed.PASSWORD);
        for (String page : new String[] {"results", "results/compare"}) {
            double[] ms = new double[requests];
            int failures = 0;
            Cpu cpu = new Cpu(t);
            for (int i = 0; i < requests + 10; i++) {
                if (i == 10) {
                    cpu.opened();
                }
                long t0 = System.nanoTime();
                HttpResponse<String> r = api.send("GET", "/api/rounds/" + round + "/" + page, null, organizer);
                boolean ok = r.statusCode() == 200 && Api.list(Json.object(r.body()), "items").size() == entries;
                if (i >= 10) {
                    ms[i - 10] = (System.nanoTime() - t0) / 1e6;
                    failures += ok ? 0 : 1;
                }
            }
            cpu.closed();
            Arrays.sort(ms);
            double median = ms[(ms.length - 1) / 2];
            double p90 = ms[(int) Math.ceil(0.9 * ms.length) - 1];
            System.out.printf("GET /api/rounds/{id}/%s (%s entries, %s submitted cards): median %.1f ms, p90 %.1f ms, max %.1f ms "
                    + "over %d requests after 10 warm-up; %d failures (not 200 or not every entry)%n", page, entries,
                    t.seed().getProperty("final.cards"), median, p90, ms[ms.length - 1], requests, failures);
            String figure = page.replace('/', '-');
            cpu.print(t, figure, "request", requests);
            t.figure(figure, "median-ms", median);
            t.figure(figure, "p90-ms", p90);
            t.figure(figure, "failures", failures);
        }
    }

    /** The round's criterion ids, in rubric order. */
    static List<String> criteria(Api api, long round, String organizer) {
        List<String> ids = new ArrayList<>();
        for (Map<String, Object> c : Api.list(api.call("GET", "/api/rounds/" + round, null, organizer, 200), "criteria")) {
            ids.add(String.valueOf(Api.id(c)));
        }
        return ids;
    }

    /** The judge's assigned entries in one round. */
    static long[] queue(Api api, String token, long round) {
        return Api.list(api.call("GET", "/api/judging/queue", null, token, 200), "items").stream()
                .filter(i -> ((Double) i.get("roundId")).longValue() == round)
                .mapToLong(i -> ((Double) i.get("entryId")).longValue()).toArray();
    }
}
