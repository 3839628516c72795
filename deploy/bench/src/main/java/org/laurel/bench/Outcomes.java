package org.laurel.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What happened to the requests of a measured window, counted by outcome: only a 200 whose body
 * confirms what was sent is a success. Everything else is counted apart, by kind, so a failure
 * can never pass for throughput. Latencies are kept for every request that got an answer;
 * timeouts and socket errors have none and are reported beside them.
 */
public final class Outcomes {

    long confirmed;
    long unconfirmed;
    long timeouts;
    long socketErrors;
    /** Requests sent while another one for the same key (scorecard) was still in flight: must stay 0. */
    long overlaps;
    final Map<Integer, Long> byStatus = new TreeMap<>();
    final List<String> samples = new ArrayList<>();
    double seconds;
    private long[] latencies = new long[1 << 14];
    private int answered;

    void answered(long nanos) {
        if (answered == latencies.length) {
            latencies = Arrays.copyOf(latencies, answered * 2);
        }
        latencies[answered++] = nanos;
    }

    void status(int status, String body) {
        byStatus.merge(status, 1L, Long::sum);
        sample(status + " " + body);
    }

    void sample(String what) {
        if (samples.size() < 3) {
            samples.add(Json.abbreviate(what));
        }
    }

    public long confirmed() {
        return confirmed;
    }

    public long unconfirmed() {
        return unconfirmed;
    }

    public long timeouts() {
        return timeouts;
    }

    public long socketErrors() {
        return socketErrors;
    }

    public long overlaps() {
        return overlaps;
    }

    /** Answers by status code, for every status other than 200. */
    public Map<Integer, Long> byStatus() {
        return byStatus;
    }

    public long answered() {
        return answered;
    }

    public double seconds() {
        return seconds;
    }

    public double perSecond() {
        return seconds > 0 ? confirmed / seconds : 0;
    }

    /** The p-th percentile latency in milliseconds over every answered request (nearest rank). */
    public double percentileMs(double p) {
        if (answered == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(latencies, answered);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * answered);
        return sorted[Math.max(0, Math.min(answered - 1, rank - 1))] / 1e6;
    }

    public long failures() {
        return unconfirmed + timeouts + socketErrors + byStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    /** One line per kind, as the runner prints them (and the summary collects the figures). */
    public String describe(String what) {
        StringBuilder b = new StringBuilder();
        b.append(String.format("%s: %d confirmed in %.2f s = %.0f/s; latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, "
                        + "max %.1f ms (%d answered)%n", what, confirmed, seconds, perSecond(), percentileMs(50),
                percentileMs(95), percentileMs(99), percentileMs(100), answered));
        b.append(String.format("  failures: %d; not confirmed by the body: %d; timeouts: %d; socket errors: %d; "
                + "same card twice in flight: %d%n", failures(), unconfirmed, timeouts, socketErrors, overlaps));
        byStatus.forEach((status, n) -> b.append(String.format("  status %d: %d%n", status, n)));
        samples.forEach(s -> b.append("  e.g. ").append(s).append('\n'));
        return b.toString();
    }
}
