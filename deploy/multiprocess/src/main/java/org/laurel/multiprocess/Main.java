package org.laurel.multiprocess;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.laurel.bench.Api;

/**
 * The multi-process test (deploy/multiprocess/run.sh): nginx in front of two Laurel processes on a
 * fresh PostgreSQL database and an S3-compatible bucket, a scripted season spread over both,
 * instance b killed mid-final, then a pg_dump backup restored into a fresh database and bucket
 * and checked; the same season on one H2 instance, its results compared with the two-instance
 * run's, and its online backup restored and checked. Prints every check and a PASS/FAIL summary;
 * exits 1 on any failure or when the time limit passes. Every process it starts is ended on exit.
 *
 * <pre>
 *   Main --jar backend/target/laurel.jar --work DIR --run-id ID [--storage s3|local] [--limit-seconds 280] [--port-base 19300]
 * </pre>
 */
public final class Main {

    static final String ADMIN_EMAIL = "admin@mp-admin.example";
    static final String ADMIN_PASSWORD = "multiprocess-admin-password";

    private final Checks checks = new Checks();
    private final Path jar;
    private final Path work;
    private final String runId;
    private final boolean s3Storage;
    private final int portBase;
    private final Path root;
    private final String jwtSecret;
    private S3 s3;

    private Main(Map<String, String> o) {
        jar = Path.of(o.getOrDefault("jar", "backend/target/laurel.jar")).toAbsolutePath();
        work = Path.of(o.getOrDefault("work", "deploy/multiprocess/target/run")).toAbsolutePath();
        runId = o.getOrDefault("run-id", String.valueOf(ProcessHandle.current().pid()));
        s3Storage = o.getOrDefault("storage", "s3").equals("s3");
        portBase = Integer.parseInt(o.getOrDefault("port-base", "19300"));
        root = Path.of(o.getOrDefault("root", ".")).toAbsolutePath().normalize();
        byte[] secret = new byte[48];
        new SecureRandom().nextBytes(secret);
        jwtSecret = Base64.getEncoder().encodeToString(secret);
    }

    public static void main(String[] args) {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        long limit = Long.parseLong(o.getOrDefault("limit-seconds", "280"));
        Main m = new Main(o);
        long t0 = System.nanoTime();
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(limit * 1000);
            } catch (InterruptedException e) {
                return;
            }
            m.checks.check("time limit", false, "the run took longer than " + limit + " s and was stopped");
            m.checks.summary((System.nanoTime() - t0) / 1_000_000_000);
            Runtime.getRuntime().halt(exitAfterCleanup());
        }, "watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        try {
            m.run();
        } catch (Throwable t) {
            t.printStackTrace();
            m.checks.fail("the run ended early", t);
        } finally {
            watchdog.interrupt();
            Processes.endAll();
        }
        m.checks.summary((System.nanoTime() - t0) / 1_000_000_000);
        System.exit(m.checks.passed() ? 0 : 1);
    }

    private static int exitAfterCleanup() {
        Processes.endAll();
        return 1;
    }

    private int port(int offset) {
        return portBase + offset;
    }

    /** What every instance shares: production mode, the secret, the proxy trust, the first admin. */
    private Map<String, String> common(String dbUrl, String dbUser) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("LAUREL_DB_URL", dbUrl);
        env.put("LAUREL_DB_USER", dbUser);
        env.put("LAUREL_DB_PASSWORD", "");
        env.put("LAUREL_DB_POOL", "8");
        env.put("LAUREL_JWT_SECRET", jwtSecret);
        env.put("LAUREL_TRUSTED_PROXIES", "127.0.0.1");
        env.put("LAUREL_ADMIN_EMAIL", ADMIN_EMAIL);
        env.put("LAUREL_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("LAUREL_DEMO", "false");
        return env;
    }

    private Map<String, String> storage(String bucket, Path uploads, int instances) {
        Map<String, String> env = new LinkedHashMap<>();
        if (s3Storage) {
            env.put("LAUREL_STORAGE", "s3");
            env.put("LAUREL_S3_ENDPOINT", s3.endpoint);
            env.put("LAUREL_S3_REGION", "us-east-1");
            env.put("LAUREL_S3_BUCKET", bucket);
            env.put("LAUREL_S3_ACCESS_KEY", S3.ACCESS_KEY);
            env.put("LAUREL_S3_SECRET_KEY", S3.SECRET_KEY);
            env.put("LAUREL_S3_PATH_STYLE", "true");
            env.put("LAUREL_INSTANCES", String.valueOf(instances));
        } else {
            // Until the server has S3 storage: both processes share one directory (production refuses that with 2 instances).
            env.put("LAUREL_STORAGE", "local");
            env.put("LAUREL_UPLOAD_DIR", uploads.toString());
            env.put("LAUREL_INSTANCES", "1");
        }
        return env;
    }

    private void run() throws Exception {
        Files.createDirectories(work);
        System.out.printf("== multi-process test: jar %s, work %s, storage %s, ports %d-%d%n", jar, work, s3Storage ? "s3" : "local",
                portBase, port(30));
        if (s3Storage) {
            s3 = new S3(work.resolve("s3"), port(20));
            Processes.onExit(() -> {
                try {
                    s3.close();
                } catch (Exception ignored) {
                    // at exit
                }
            });
            s3.createBucket("laurel-multi");
        }
        Map<String, String> twoTables = twoInstances();
        Map<String, String> oneTables = oneInstance();
        List<String> differ = new ArrayList<>();
        for (String table : twoTables.keySet()) {
            if (!twoTables.get(table).equals(oneTables.get(table))) {
                differ.add(table + ":\n-- two instances:\n" + twoTables.get(table) + "\n-- one instance:\n" + oneTables.get(table));
            }
        }
        checks.check("results equal on two instances and on one", differ.isEmpty() && twoTables.size() == 4,
                "tables compared: " + twoTables.keySet() + (differ.isEmpty() ? "" : "; different: " + differ));
    }

    // ---- two instances behind nginx on PostgreSQL ----

    private Map<String, String> twoInstances() throws Exception {
        System.out.println("\n== two instances behind nginx, PostgreSQL, " + (s3Storage ? "S3 (S3Proxy)" : "a shared local store"));
        String db = "laurel_mp_" + runId + "_multi";
        Processes.createDatabase(db);
        Map<String, String> env = common("jdbc:postgresql://127.0.0.1:5432/" + db, "postgres");
        env.put("LAUREL_PRODUCTION", "true");
        env.putAll(storage("laurel-multi", work.resolve("uploads-multi"), 2));
        Path logs = work.resolve("logs");
        Files.createDirectories(logs);
        Instance a = new Instance("instance-a", jar, port(1), port(11), env, logs);
        Instance b = new Instance("instance-b", jar, port(2), port(12), env, logs);
        long t = System.nanoTime();
        a.start(Duration.ofSeconds(90)); // first: it migrates the fresh database and creates the admin
        b.start(Duration.ofSeconds(90));
        System.out.printf("instances a (pid %d) and b (pid %d) ready in %.1f s%n", a.pid(), b.pid(), (System.nanoTime() - t) / 1e9);
        Process nginx = Processes.start(new ProcessBuilder("bash", root.resolve("deploy/multiprocess/nginx.sh").toString(),
                work.resolve("nginx").toString(), String.valueOf(port(0)), String.valueOf(port(1)), String.valueOf(port(2)))
                .redirectErrorStream(true).redirectOutput(logs.resolve("nginx.out").toFile()));
        String front = "http://127.0.0.1:" + port(0);
        for (int i = 0; i < 100 && Processes.status(front + "/health") != 200; i++) {
            if (!nginx.isAlive()) {
                throw new IllegalStateException("nginx exited: " + Processes.tail(logs.resolve("nginx.out"), 20));
            }
            Thread.sleep(100);
        }
        Api apiFront = new Api(front);
        Api apiA = new Api(a.base());
        Api apiB = new Api(b.base());
        Cluster cluster = Cluster.pair(apiFront, apiA, apiB, b);
        Season season = new Season(checks, cluster, ADMIN_EMAIL, ADMIN_PASSWORD);
        season.run();
        Map<String, String> expected = State.capture(apiFront, season);
        checks.check("audit chain (two instances)", expected.get("audit chain").startsWith("valid true"), expected.get("audit chain"));
        postgresBackup(db, env, season, expected);
        Processes.stop(nginx, Duration.ofSeconds(10));
        a.stop();
        b.stop();
        return season.tables;
    }

    /** deploy/backup.sh while both instances run, deploy/restore.sh into a fresh database (and bucket), a third instance on it. */
    private void postgresBackup(String db, Map<String, String> env, Season season, Map<String, String> expected) throws Exception {
        System.out.println("\n== PostgreSQL backup (pg_dump -Fc" + (s3Storage ? " + the bucket's objects" : " + the store") + ") and restore");
        Path dir = work.resolve("backup-pg");
        Map<String, String> backupEnv = new HashMap<>(env);
        String out = Processes.run(List.of("bash", root.resolve("deploy/backup.sh").toString(), dir.toString()), backupEnv,
                Duration.ofSeconds(60));
        System.out.print(out.indent(2));
        if (s3Storage) {
            int n = s3.copyToDirectory("laurel-multi", dir.resolve("bucket"));
            System.out.println("  bucket laurel-multi: " + n + " objects copied to " + dir.resolve("bucket"));
        }
        String restoredDb = "laurel_mp_" + runId + "_restored";
        Processes.adoptDatabase(restoredDb);
        Map<String, String> restoredEnv = common("jdbc:postgresql://127.0.0.1:5432/" + restoredDb, "postgres");
        restoredEnv.put("LAUREL_PRODUCTION", "true");
        restoredEnv.putAll(storage("laurel-restored", work.resolve("uploads-restored"), 1));
        out = Processes.run(List.of("bash", root.resolve("deploy/restore.sh").toString(), dir.toString()), restoredEnv,
                Duration.ofSeconds(60));
        System.out.print(out.indent(2));
        if (s3Storage) {
            s3.createBucket("laurel-restored");
            System.out.println("  bucket laurel-restored: " + s3.copyFromDirectory(dir.resolve("bucket"), "laurel-restored")
                    + " objects put back");
        }
        Instance r = new Instance("instance-restored-pg", jar, port(3), port(13), restoredEnv, work.resolve("logs"));
        r.start(Duration.ofSeconds(90));
        compare("PostgreSQL backup restored", expected, State.capture(new Api(r.base()), season));
        r.stop();
    }

    private void compare(String name, Map<String, String> expected, Map<String, String> actual) {
        List<String> differ = new ArrayList<>();
        for (String key : expected.keySet()) {
            if (!expected.get(key).equals(actual.get(key))) {
                differ.add(key + ": expected [" + expected.get(key) + "] got [" + actual.get(key) + "]");
            }
        }
        long entries = expected.keySet().stream().filter(k -> k.startsWith("entry ")).count();
        long decks = expected.values().stream().filter(v -> v.contains(" bytes ok")).count();
        checks.check(name, differ.isEmpty() && actual.keySet().equals(expected.keySet())
                        && expected.get("audit chain").startsWith("valid true") && !expected.values().stream().anyMatch(v -> v.contains("BYTES")),
                entries + " entries, " + decks + " with their decks' bytes by SHA-256, scorecard exports and snapshot hashes of 2 rounds, "
                        + "the winners, and the audit chain (" + actual.get("audit chain") + ") all as before the backup"
                        + (differ.isEmpty() ? "" : "; different: " + differ));
    }

    // ---- one instance on H2 ----

    private Map<String, String> oneInstance() throws Exception {
        System.out.println("\n== the same season on one instance (embedded H2, local store)");
        Path dir = work.resolve("single");
        Map<String, String> env = common("jdbc:h2:file:" + dir.resolve("db/laurel") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH", "sa");
        env.put("LAUREL_STORAGE", "local");
        env.put("LAUREL_UPLOAD_DIR", dir.resolve("uploads").toString());
        env.put("LAUREL_BACKUP_DIR", dir.resolve("backups").toString());
        Instance one = new Instance("instance-single-h2", jar, port(4), port(14), env, work.resolve("logs"));
        one.start(Duration.ofSeconds(90));
        Api api = new Api(one.base());
        Cluster cluster = Cluster.single(api);
        Season season = new Season(checks, cluster, ADMIN_EMAIL, ADMIN_PASSWORD);
        season.run();
        Map<String, String> expected = State.capture(api, season);

        System.out.println("\n== H2 online backup (POST /api/admin/backups + the store) and restore");
        Path backup = work.resolve("backup-h2");
        Map<String, String> backupEnv = new HashMap<>(env);
        backupEnv.put("LAUREL_URL", one.base());
        String out = Processes.run(List.of("bash", root.resolve("deploy/backup.sh").toString(), backup.toString()), backupEnv,
                Duration.ofSeconds(60));
        System.out.print(out.indent(2));
        one.stop();
        Path restored = work.resolve("single-restored");
        Map<String, String> restoredEnv = common("jdbc:h2:file:" + restored.resolve("db/laurel") + ";MODE=PostgreSQL;"
                + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa");
        restoredEnv.put("LAUREL_STORAGE", "local");
        restoredEnv.put("LAUREL_UPLOAD_DIR", restored.resolve("uploads").toString());
        out = Processes.run(List.of("bash", root.resolve("deploy/restore.sh").toString(), backup.toString()), restoredEnv,
                Duration.ofSeconds(60));
        System.out.print(out.indent(2));
        Instance r = new Instance("instance-restored-h2", jar, port(3), port(13), restoredEnv, work.resolve("logs"));
        r.start(Duration.ofSeconds(90));
        compare("H2 backup restored", expected, State.capture(new Api(r.base()), season));
        r.stop();
        return season.tables;
    }
}
