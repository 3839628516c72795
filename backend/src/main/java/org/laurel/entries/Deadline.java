package org.laurel.entries;

import java.time.Instant;
import org.laurel.programs.ProgramView;
import org.laurel.programs.SubmissionWindow;

/**
 * A program's submission window as seen by one request: {@code at} is when the request
 * arrived, not when it reaches the database, so a submit that arrives before the deadline is
 * accepted even if it commits a little after it.
 */
record Deadline(SubmissionWindow window, String zone, Instant at) {

    static Deadline of(ProgramView program, Instant at) {
        return new Deadline(program.window(), program.timeZone(), at);
    }

    boolean isOpen() {
        return window.isOpenAt(at);
    }

    void requireOpen() {
        switch (window.stateAt(at)) {
            case UPCOMING -> throw new EntryProblems.WindowNotOpen(window.opensAt(), zone);
            case CLOSED -> throw new EntryProblems.WindowClosed(window.closesAt(), zone);
            default -> {}
        }
    }
}
