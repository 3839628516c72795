package org.laurel.entries;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import org.laurel.programs.ProgramView;
import org.laurel.programs.SubmissionWindow;
import org.laurel.shared.UnavailableAction;

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

    /** Why {@code action} is refused by the window now ({@link #requireOpen}'s answer, said in advance), or null while it is open. */
    @Nullable
    UnavailableAction whyNot(String action) {
        return switch (window.stateAt(at)) {
            case UPCOMING ->
                new UnavailableAction(
                        action,
                        "WINDOW_NOT_OPEN",
                        EntryProblems.WindowNotOpen.detail(window.opensAt(), zone),
                        window.opensAt());
            case CLOSED ->
                new UnavailableAction(
                        action,
                        "WINDOW_CLOSED",
                        EntryProblems.WindowClosed.detail(window.closesAt(), zone),
                        window.closesAt());
            default -> null;
        };
    }
}
