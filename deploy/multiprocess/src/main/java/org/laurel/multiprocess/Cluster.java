package org.laurel.multiprocess;

import java.time.Duration;
import java.util.List;
import org.laurel.bench.Api;

/**
 * Where the season's requests go. Two instances behind nginx: requests rotate over nginx and
 * each instance's own port, so both instances serve writes and reads, and the cross-instance
 * proofs name an instance (a, b); b is the one killed mid-season. One instance: every address is
 * that instance, and the season skips what needs two ({@link #multi()}).
 */
final class Cluster {

    private final Api front;
    private final Api a;
    private final Api b;
    /** The process behind {@link #b()}, or null with one instance. */
    private final Instance bProcess;

    private Cluster(Api front, Api a, Api b, Instance bProcess) {
        this.front = front;
        this.a = a;
        this.b = b;
        this.bProcess = bProcess;
    }

    static Cluster single(Api only) {
        return new Cluster(only, only, only, null);
    }

    static Cluster pair(Api nginx, Api a, Api b, Instance bProcess) {
        return new Cluster(nginx, a, b, bProcess);
    }

    /** The front door (nginx, or the single instance). */
    Api front() {
        return front;
    }

    Api a() {
        return a;
    }

    Api b() {
        return b;
    }

    boolean multi() {
        return bProcess != null;
    }

    /** The addresses requests rotate over: every one whose process is up. */
    List<Api> rotation() {
        if (!multi()) {
            return List.of(front);
        }
        return bAlive() ? List.of(front, a, b) : List.of(front, a);
    }

    /** kill -9 of instance b. */
    void killB() throws Exception {
        requireTwo().kill();
    }

    /** Starts b again on the same ports and data. */
    void restartB() throws Exception {
        requireTwo().start(Duration.ofSeconds(90));
    }

    boolean bAlive() {
        return multi() && bProcess.alive();
    }

    private Instance requireTwo() {
        if (bProcess == null) {
            throw new IllegalStateException("one instance: there is no instance b to kill or restart");
        }
        return bProcess;
    }
}
