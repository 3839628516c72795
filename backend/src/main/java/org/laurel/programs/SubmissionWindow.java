package org.laurel.programs;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** When applicants may submit. Closed means {@code at} is at or after {@code closesAt}. */
@Serdeable
public record SubmissionWindow(Instant opensAt, Instant closesAt) {

    public enum State {
        UPCOMING,
        OPEN,
        CLOSED
    }

    public State stateAt(Instant at) {
        if (at.isBefore(opensAt)) {
            return State.UPCOMING;
        }
        return at.isBefore(closesAt) ? State.OPEN : State.CLOSED;
    }

    public boolean isOpenAt(Instant at) {
        return stateAt(at) == State.OPEN;
    }
}
