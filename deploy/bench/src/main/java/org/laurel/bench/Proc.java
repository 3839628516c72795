package org.laurel.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the kernel says about the server and the database: CPU time (utime + stime from
 * /proc/PID/stat, in clock ticks) and resident memory (VmRSS). CPU per operation is the figure
 * a busy machine disturbs least: another process can slow the server down but cannot make it
 * spend more of its own CPU per save.
 */
public final class Proc {

    /** Clock ticks per second (getconf CLK_TCK); 100 on every Linux this runs on, overridable. */
    static final long TICKS = Long.getLong("bench.clkTck", 100);

    private Proc() {}

    /** CPU seconds the process has used, or -1 when it is gone. */
    public static double cpuSeconds(long pid) {
        try {
            return ticks(Files.readString(Path.of("/proc/" + pid + "/stat"))) / (double) TICKS;
        } catch (IOException e) {
            return -1;
        }
    }

    /** utime + stime of one /proc/PID/stat line; the command name may contain spaces, so fields count from its ')'. */
    static long ticks(String stat) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]); // fields 14 and 15 of the line
    }

    /** CPU seconds used so far by every process named {@code postgres} (the postmaster and its backends). */
    public static double cpuSecondsOf(String comm) {
        long total = 0;
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(Path.of("/proc"), p -> p.getFileName().toString().matches("\\d+"))) {
            for (Path dir : dirs) {
                try {
                    String stat = Files.readString(dir.resolve("stat"));
                    if (stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).equals(comm)) {
                        total += ticks(stat);
                    }
                } catch (IOException | RuntimeException gone) {
                    // the process ended while the directory was read
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return total / (double) TICKS;
    }

    /** Resident memory in MB, or -1. */
    public static long rssMb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException e) {
            // gone
        }
        return -1;
    }

    public static String loadavg() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }

    /** Samples RSS every 250 ms (and the load average once, at the middle of the window) while a load runs. */
    public static final class Sampler implements AutoCloseable {
        private final long pid;
        private final Thread thread;
        private final List<Long> rss = new ArrayList<>();
        private volatile boolean running = true;
        private volatile String middleLoad = "?";

        public Sampler(long pid, long middleAfterMillis) {
            this.pid = pid;
            long start = System.currentTimeMillis();
            thread = new Thread(() -> {
                boolean middle = false;
                while (running) {
                    long r = rssMb(pid);
                    synchronized (rss) {
                        rss.add(r);
                    }
                    if (!middle && System.currentTimeMillis() - start >= middleAfterMillis) {
                        middleLoad = loadavg();
                        middle = true;
                    }
                    try {
                        Thread.sleep(250);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "rss-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        public long maxRssMb() {
            synchronized (rss) {
                return rss.stream().mapToLong(Long::longValue).max().orElse(-1);
            }
        }

        public String middleLoad() {
            return middleLoad;
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            thread.interrupt();
            thread.join();
        }

        long pid() {
            return pid;
        }
    }
}
