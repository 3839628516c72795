package org.laurel.multiprocess;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One Laurel process: java -jar laurel.jar with its own ports and the run's environment. */
final class Instance {

    final String name;
    final int port;
    final int managementPort;
    final Map<String, String> env;
    final Path log;
    private final Path jar;
    private Process process;
    private int starts;

    Instance(String name, Path jar, int port, int managementPort, Map<String, String> env, Path logDir) {
        this.name = name;
        this.jar = jar;
        this.port = port;
        this.managementPort = managementPort;
        this.env = new LinkedHashMap<>(env);
        this.env.put("LAUREL_PORT", String.valueOf(port));
        this.env.put("LAUREL_MANAGEMENT_PORT", String.valueOf(managementPort));
        this.log = logDir.resolve(name + ".log");
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    /** Starts the jar (appending to its log across restarts) and returns once it is ready. */
    Instance start(Duration timeout) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("java", "-XX:+UseSerialGC", "-Xms32m", "-Xmx384m", "-Xss512k"));
        cmd.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(starts++ == 0 ? ProcessBuilder.Redirect.to(log.toFile()) : ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().putAll(env);
        process = Processes.start(pb);
        awaitReady(timeout);
        return this;
    }

    /**
     * Ready when GET /health answers 200 on the main port and, when the management port
     * answers at all, GET /health/readiness there (database, migrations, storage) answers 200.
     */
    private void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " while starting; its log:\n"
                        + Processes.tail(log, 40));
            }
            if (Processes.status(base() + "/health") == 200) {
                int management = Processes.status("http://127.0.0.1:" + managementPort + "/health/readiness");
                if (management == 200 || management == -1) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(name + " not ready after " + timeout + "; its log:\n" + Processes.tail(log, 40));
    }

    /** kill -9: no shutdown hook, no flush, no goodbye to the streams it serves. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    void stop() {
        Processes.stop(process, Duration.ofSeconds(20));
    }
}
