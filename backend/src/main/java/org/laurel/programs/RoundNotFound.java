package org.laurel.programs;

import org.laurel.shared.ProblemException;

/** No round by that id (or none the caller may know of). */
final class RoundNotFound extends ProblemException.NotFound {
    RoundNotFound(long id) {
        super("round-not-found", "No round " + id + ".");
    }
}
