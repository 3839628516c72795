package org.laurel.identity;

import org.laurel.shared.ProblemException;

/** The identity module's refusals. */
final class IdentityProblems {

    private IdentityProblems() {}

    static final class EmailTaken extends ProblemException.Conflict {
        EmailTaken(String email) {
            super("email-taken", "Email already registered", "An account with " + email + " already exists.");
        }
    }

    static final class BadCredentials extends ProblemException {
        BadCredentials() {
            super(
                    io.micronaut.http.HttpStatus.UNAUTHORIZED,
                    "bad-credentials",
                    "Sign-in failed",
                    "The email or password is not correct.",
                    null);
        }
    }

    static final class UserNotFound extends ProblemException.NotFound {
        UserNotFound(long id) {
            super("user-not-found", "No user with id " + id + ".");
        }
    }

    static final class LastAdmin extends ProblemException.Conflict {
        LastAdmin() {
            super(
                    "last-admin",
                    "Last administrator",
                    "This is the only active administrator; grant ADMIN to someone else before revoking it "
                            + "or deactivating this account.");
        }
    }

    /** Someone acts for an account an admin has deactivated (invites it to judge, sends it a password link). */
    static final class AccountInactive extends ProblemException.Conflict {
        AccountInactive(String email) {
            super(
                    "account-inactive",
                    "Account deactivated",
                    "The account of " + email + " has been deactivated. An administrator must reactivate it first.");
        }
    }

    /** Told only to someone who proved the password (or holds a valid refresh token). */
    static final class AccountDeactivated extends ProblemException {
        AccountDeactivated() {
            super(
                    io.micronaut.http.HttpStatus.FORBIDDEN,
                    "account-deactivated",
                    "Account deactivated",
                    "This account has been deactivated. Ask an administrator to reactivate it.",
                    null);
        }
    }

    /** A refresh token that is unknown, expired, revoked or already used (OAuth's invalid_grant). */
    static final class InvalidGrant extends ProblemException {
        InvalidGrant(String detail) {
            super(io.micronaut.http.HttpStatus.BAD_REQUEST, "invalid-grant", "Session ended", detail, null);
        }
    }

    static final class UnsupportedGrantType extends ProblemException {
        UnsupportedGrantType() {
            super(
                    io.micronaut.http.HttpStatus.BAD_REQUEST,
                    "unsupported-grant-type",
                    "Unsupported grant type",
                    "Only grant_type=refresh_token is supported here; sign in at /api/auth/login.",
                    null);
        }
    }

    static final class NotSignedIn extends ProblemException {
        NotSignedIn() {
            super(
                    io.micronaut.http.HttpStatus.UNAUTHORIZED,
                    "not-signed-in",
                    "Not signed in",
                    "Send the session's refresh token, or sign in, to sign out.",
                    null);
        }
    }

    static final class MalformedRequest extends ProblemException {
        MalformedRequest() {
            super(
                    io.micronaut.http.HttpStatus.BAD_REQUEST,
                    "malformed-request",
                    "Malformed request",
                    "The request body could not be read as a form or JSON.",
                    null);
        }
    }

    /** A reset link that was never issued, or whose token was mistyped. */
    static final class ResetTokenInvalid extends ProblemException {
        ResetTokenInvalid() {
            super(
                    io.micronaut.http.HttpStatus.BAD_REQUEST,
                    "reset-token-invalid",
                    "Link not valid",
                    "This password link is not valid. Check that you opened the whole link, or ask for a new one.",
                    null);
        }
    }

    /** A reset link that was already used or has expired. */
    static final class ResetTokenGone extends ProblemException {
        ResetTokenGone(String detail) {
            super(io.micronaut.http.HttpStatus.GONE, "reset-token-gone", "Link no longer valid", detail, null);
        }
    }

    static final class WrongPassword extends ProblemException {
        WrongPassword() {
            super(
                    io.micronaut.http.HttpStatus.BAD_REQUEST,
                    "wrong-password",
                    "Wrong password",
                    "The current password is not correct.",
                    null);
        }
    }
}
