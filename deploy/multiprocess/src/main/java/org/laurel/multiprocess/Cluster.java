package org.laurel.multiprocess;

import java.util.List;
import org.laurel.bench.Api;

/**
 * Where the season's requests go. Two instances behind nginx: requests rotate over nginx and
 * each instance's own port, so both instances serve writes and reads, and the cross-instance
 * proofs name an instance (a, b). One instance: every address is that instance.
 */
interface Cluster {

    /** The front door (nginx, or the single instance). */
    Api front();

    Api a();

    Api b();

    /** The addresses requests rotate over while every process is up. */
    List<Api> rotation();

    boolean multi();

    /** kill -9 of instance b (multi only). */
    void killB() throws Exception;

    /** Starts b again on the same ports and data (multi only). */
    void restartB() throws Exception;

    boolean bAlive();
}
