package org.laurel.identity;

/**
 * A password-reset or invitation link was made for an account; the notifications module emails it.
 * The token is only in this event and in the email, never stored in clear.
 */
public record PasswordResetIssued(long userId, String token, Purpose purpose) {

    public enum Purpose {
        /** The person (or an admin for them) asked to reset a forgotten password. */
        RESET,
        /** A new judge account was created for them: the link sets their first password. */
        INVITATION
    }

    /** The path in the app where the link's page lives. */
    public String link() {
        return "/reset-password?token=" + token;
    }
}
