package org.laurel.identity;

import org.laurel.shared.ProblemException;

/** The identity module's refusals. */
final class IdentityProblems {

    private IdentityProblems() {
    }

    static final class EmailTaken extends ProblemException.Conflict {
        EmailTaken(String email) {
            super("email-taken", "Email already registered", "An account with " + email + " already exists.");
        }
    }

    static final class BadCredentials extends ProblemException {
        BadCredentials() {
            super(io.micronaut.http.HttpStatus.UNAUTHORIZED, "bad-credentials", "Sign-in failed",
                    "The email or password is not correct.", null);
        }
    }

    static final class UserNotFound extends ProblemException.NotFound {
        UserNotFound(long id) {
            super("user-not-found", "No user with id " + id + ".");
        }
    }

    static final class LastAdmin extends ProblemException.Conflict {
        LastAdmin() {
            super("last-admin", "Last administrator",
                    "This is the only administrator; grant ADMIN to someone else before revoking it here.");
        }
    }
}
