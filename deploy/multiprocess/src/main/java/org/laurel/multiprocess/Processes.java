package org.laurel.multiprocess;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * Every process the driver starts (Laurel instances, nginx) is registered here, and a shutdown
 * hook ends whatever is still running, so a failed check, an exception or the watchdog's exit
 * leaves no process behind. Databases made for the run are dropped the same way.
 */
final class Processes {

    private static final List<Process> RUNNING = new CopyOnWriteArrayList<>();
    private static final List<String> DATABASES = new CopyOnWriteArrayList<>();
    private static final List<Runnable> CLOSERS = new CopyOnWriteArrayList<>();
    static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Processes::endAll, "multiprocess-cleanup"));
    }

    private Processes() {}

    static Process start(ProcessBuilder pb) throws IOException {
        Process p = pb.start();
        RUNNING.add(p);
        return p;
    }

    /** SIGTERM, then SIGKILL after the grace period. */
    static void stop(Process p, Duration grace) {
        if (p == null) {
            return;
        }
        p.destroy();
        try {
            if (!p.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        RUNNING.remove(p);
    }

    static void onExit(Runnable closer) {
        CLOSERS.add(closer);
    }

    static synchronized void endAll() {
        for (Process p : new ArrayList<>(RUNNING)) {
            p.destroyForcibly();
        }
        for (Process p : new ArrayList<>(RUNNING)) {
            try {
                p.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        RUNNING.clear();
        for (Runnable c : new ArrayList<>(CLOSERS)) {
            try {
                c.run();
            } catch (RuntimeException ignored) {
                // best effort at exit
            }
        }
        CLOSERS.clear();
        for (String db : new ArrayList<>(DATABASES)) {
            try {
                psql("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
            } catch (RuntimeException ignored) {
                // run.sh drops the run's databases by name too
            }
        }
        DATABASES.clear();
    }

    // ---- PostgreSQL (127.0.0.1:5432, user postgres, trust auth) ----

    static void createDatabase(String name) {
        psql("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        psql("CREATE DATABASE " + name);
        DATABASES.add(name);
    }

    /** A database made by another tool (pg_restore into createdb): dropped at the end like ours. */
    static void adoptDatabase(String name) {
        DATABASES.add(name);
    }

    static String psql(String sql) {
        return run(List.of("psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "postgres", "-v", "ON_ERROR_STOP=1", "-qtAc", sql),
                Map.of(), Duration.ofSeconds(60));
    }

    /** Runs a command to the end; its output, or an exception naming it with its output when it fails. */
    static String run(List<String> command, Map<String, String> env, Duration timeout) {
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
            pb.environment().putAll(env);
            Process p = start(pb);
            byte[] out;
            try {
                out = p.getInputStream().readAllBytes();
                if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    p.destroyForcibly();
                    throw new IllegalStateException(String.join(" ", command) + " did not finish in " + timeout);
                }
            } finally {
                RUNNING.remove(p);
            }
            String text = new String(out, StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " exited " + p.exitValue() + ": " + text.strip());
            }
            return text;
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GET url's status, or -1 when nothing answers. */
    static int status(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    static String tail(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
