package org.laurel.audience;

import io.micronaut.http.HttpStatus;
import org.laurel.shared.ProblemException;

/** The audience's refusals. */
public final class AudienceProblems {

    private AudienceProblems() {}

    /** A wrong, used-up or expired one-time code. */
    static final class CodeInvalid extends ProblemException {
        CodeInvalid() {
            super(
                    HttpStatus.BAD_REQUEST,
                    "audience-code-invalid",
                    "Code not accepted",
                    "The code is wrong, used or expired; check it or ask for a new one.",
                    null);
        }
    }

    /** An unknown ticket code for this program. */
    public static final class TicketInvalid extends ProblemException {
        public TicketInvalid() {
            super(
                    HttpStatus.BAD_REQUEST,
                    "audience-ticket-invalid",
                    "Ticket not accepted",
                    "This ticket code is not one of this event's tickets.",
                    null);
        }
    }

    /** No audience token, or one that has expired. */
    public static final class TokenRequired extends ProblemException {
        public TokenRequired() {
            super(
                    HttpStatus.UNAUTHORIZED,
                    "audience-token-required",
                    "Sign in to vote",
                    "Voting needs an audience token (X-Audience-Token): sign in with an emailed code or a ticket.",
                    null);
        }
    }
}
