package org.laurel.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.laurel.identity.PasswordResetIssued.Purpose;
import org.laurel.shared.FieldError;
import org.laurel.shared.ProblemException;

/**
 * Brings a judge (or an investor) in by email: an organizer's panel invitation, an admin's CSV
 * import and an organizer's investor invitation all come here. A new address gets an account with
 * the role and no password, plus an emailed invitation link that sets one; an existing active
 * account gains the role if it lacks it.
 */
@Singleton
public class JudgeInvitations {

    private final UserRepository users;
    private final IdentityService identity;
    private final PasswordResets links;
    private final Clock clock;

    JudgeInvitations(UserRepository users, IdentityService identity, PasswordResets links, Clock clock) {
        this.users = users;
        this.identity = identity;
        this.links = links;
        this.clock = clock;
    }

    /** What happened to one invited address. */
    public enum Outcome {
        /** A new account was made and its invitation link emailed. */
        CREATED,
        /** The account existed and now also holds the JUDGE role. */
        ROLE_ADDED,
        /** The account existed and already held the role (a judge, for a judge's invitation). */
        ALREADY_JUDGE
    }

    public record Invited(long userId, String email, String displayName, Outcome outcome) {}

    /**
     * Runs in the caller's transaction when there is one (a panel invitation adds the judge to the
     * panel in the same transaction), so an invitation is never half made.
     */
    @Transactional
    public Invited invite(
            long actorId,
            String email,
            @Nullable String displayName,
            @Nullable String organization,
            @Nullable String language) {
        return invite(actorId, email, displayName, organization, language, Role.JUDGE);
    }

    /** The same for another role (JUDGE or INVESTOR: roles an organizer may hand out by invitation). */
    @Transactional
    public Invited invite(
            long actorId,
            String email,
            @Nullable String displayName,
            @Nullable String organization,
            @Nullable String language,
            Role role) {
        if (role != Role.JUDGE && role != Role.INVESTOR) {
            throw new IllegalArgumentException("invitations give JUDGE or INVESTOR, not " + role);
        }
        String normalized = User.normalizeEmail(email);
        Optional<User> existing = users.findByEmail(normalized);
        if (existing.isEmpty()) {
            if (displayName == null || displayName.isBlank()) {
                String detail = "No account uses " + normalized + " yet: give the new "
                        + (role == Role.JUDGE ? "judge" : "investor") + "'s name.";
                throw new ProblemException.Invalid(detail, List.of(new FieldError("displayName", detail)));
            }
            User fresh = User.create(
                    normalized, displayName, organization, language, PasswordHasher.NO_PASSWORD, clock.instant());
            Optional<UserView> created = identity.insertIfAbsent(fresh, Set.of(role));
            if (created.isPresent()) {
                UserView view = created.get();
                // Audited there as INVITATION_SENT with the inviter as actor: the account's creation record.
                links.issue(actorId, view.id(), Purpose.INVITATION);
                return new Invited(view.id(), normalized, view.displayName(), Outcome.CREATED);
            }
            // A parallel invitation (or registration) of the same address made the account first and has
            // committed (the insert waited for it): carry on with that account, as if it had existed.
            existing = users.findByEmail(normalized);
        }
        User user = existing.orElseThrow();
        if (!user.isActive()) {
            throw new IdentityProblems.AccountInactive(normalized);
        }
        Outcome outcome = identity.grantRole(actorId, user.getId(), role) ? Outcome.ROLE_ADDED : Outcome.ALREADY_JUDGE;
        return new Invited(user.getId(), normalized, user.getDisplayName(), outcome);
    }
}
