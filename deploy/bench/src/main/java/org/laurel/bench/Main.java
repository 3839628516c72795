package org.laurel.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark runner's Java side, driven by deploy/bench/run-all.sh:
 * <pre>
 *   seed    BASE --manifest FILE [--entries 2000 --judges 300 --surge-clients 64 --drafts 120]
 *   figure  saves|submissions|results|live|audience BASE --pid PID[,PID...] --db NAME --manifest FILE [options]
 *   summary LOG...
 * </pre>
 * The admin's login comes from LAUREL_ADMIN_EMAIL / LAUREL_ADMIN_PASSWORD, as the server's does.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: seed BASE ... | figure NAME BASE ... | pairwise BASE ... | summary LOG...");
            System.exit(2);
        }
        List<String> rest = new ArrayList<>();
        Map<String, String> o = options(args, rest);
        String adminEmail = System.getenv().getOrDefault("LAUREL_ADMIN_EMAIL", "bench-admin@bench.example");
        String adminPassword = System.getenv().getOrDefault("LAUREL_ADMIN_PASSWORD", "bench-admin-password");
        switch (args[0]) {
            case "seed" -> Seed.run(new Api(rest.get(1)), adminEmail, adminPassword, integer(o, "entries", 2000),
                    integer(o, "judges", 300), integer(o, "surge-clients", 64), integer(o, "drafts", 120),
                    Path.of(o.get("manifest")));
            case "figure" -> figure(rest.get(1), rest.get(2), o, adminEmail, adminPassword);
            case "pairwise" -> PairwiseFigure.run(new Api(rest.get(1)), adminEmail, adminPassword, integer(o, "entries", 600),
                    integer(o, "judges", 101), seconds(o, "warmup", 5), seconds(o, "measure", 15));
            case "summary" -> Summary.print(rest.subList(1, rest.size()).stream().map(Path::of).toList());
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
        System.exit(0); // the event-stream subscribers' client threads would keep the JVM alive
    }

    private static void figure(String name, String base, Map<String, String> o, String adminEmail, String adminPassword)
            throws Exception {
        // --pid: the server's process id, or each instance's (comma-separated) behind nginx.
        List<Long> pids = java.util.Arrays.stream(o.get("pid").split(",")).map(Long::parseLong).toList();
        Figures.Target t = new Figures.Target(base, pids, o.getOrDefault("db", "h2"),
                Seed.load(Path.of(o.get("manifest"))), Duration.ofMillis((long) (1000 * decimal(o, "timeout", 10))));
        switch (name) {
            case "saves" -> Figures.saves(t, integer(o, "judges", 64), seconds(o, "warmup", 5), seconds(o, "measure", 15),
                    o.containsKey("submit"));
            case "submissions" -> Figures.submissions(t);
            case "results" -> Figures.results(t, integer(o, "requests", 100));
            case "audience" -> AudienceFigure.run(t, adminEmail, adminPassword, integer(o, "phones", 5000),
                    integer(o, "subscribers", 2000), integer(o, "concurrency", 64));
            case "live" -> LiveFigure.run(t, adminEmail, adminPassword, integer(o, "subscribers", 2000), integer(o, "pitches", 5));
            default -> throw new IllegalArgumentException("unknown figure " + name);
        }
    }

    /** "--key value" pairs, "--flag" alone; everything else in order into rest. */
    static Map<String, String> options(String[] args, List<String> rest) {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                String key = args[i].substring(2);
                boolean flag = i + 1 == args.length || args[i + 1].startsWith("--");
                o.put(key, flag ? "true" : args[++i]);
            } else {
                rest.add(args[i]);
            }
        }
        return o;
    }

    private static int integer(Map<String, String> o, String key, int fallback) {
        return o.containsKey(key) ? Integer.parseInt(o.get(key)) : fallback;
    }

    private static double decimal(Map<String, String> o, String key, double fallback) {
        return o.containsKey(key) ? Double.parseDouble(o.get(key)) : fallback;
    }

    private static Duration seconds(Map<String, String> o, String key, double fallback) {
        return Duration.ofMillis((long) (1000 * decimal(o, key, fallback)));
    }
}
