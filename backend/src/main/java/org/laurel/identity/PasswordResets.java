package org.laurel.identity;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.laurel.identity.PasswordResetIssued.Purpose;
import org.laurel.shared.Sha256;

/**
 * Password links: a forgotten-password reset, an admin's reset, a judge's invitation. Each link
 * carries a random token stored only as a SHA-256 digest, expires, and works once. Setting a
 * password through one ends every session of the account (someone else may hold them).
 */
@Singleton
public class PasswordResets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserRepository users;
    private final PasswordResetTokenRepository links;
    private final RefreshTokenRepository refreshTokens;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final ApplicationEventPublisher<PasswordResetIssued> issued;
    private final ApplicationEventPublisher<AccountAudited> audited;
    private final ApplicationEventPublisher<IdentityService.AccountChanged> changes;
    private final Clock clock;
    private final IdentityConfig config;

    PasswordResets(
            UserRepository users,
            PasswordResetTokenRepository links,
            RefreshTokenRepository refreshTokens,
            PasswordHasher hasher,
            LoginThrottle throttle,
            ApplicationEventPublisher<PasswordResetIssued> issued,
            ApplicationEventPublisher<AccountAudited> audited,
            ApplicationEventPublisher<IdentityService.AccountChanged> changes,
            Clock clock,
            IdentityConfig config) {
        this.users = users;
        this.links = links;
        this.refreshTokens = refreshTokens;
        this.hasher = hasher;
        this.throttle = throttle;
        this.issued = issued;
        this.audited = audited;
        this.changes = changes;
        this.clock = clock;
        this.config = config;
    }

    /**
     * Someone forgot their password. Whether the email is registered is never revealed: the caller
     * always gets the same answer, and only an active account receives a link.
     */
    public void request(String email, String clientAddress) {
        String normalized = User.normalizeEmail(email);
        throttle.reservePasswordReset(normalized, clientAddress);
        Optional<User> user = users.findByEmail(normalized);
        if (user.isPresent() && user.get().isActive()) {
            issue(null, user.get().getId(), Purpose.RESET);
        }
    }

    /** Makes a link for the account and has it emailed; {@code actorId} is the admin or organizer, or null. */
    @Transactional
    public void issue(@Nullable Long actorId, long userId, Purpose purpose) {
        User user = users.findById(userId).orElseThrow(() -> new IdentityProblems.UserNotFound(userId));
        if (!user.isActive()) {
            throw new IdentityProblems.AccountInactive(user.getEmail());
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Duration lifetime =
                purpose == Purpose.INVITATION ? config.invitationLifetime() : config.passwordResetLifetime();
        Instant now = clock.instant();
        links.save(
                new PasswordResetToken(null, Sha256.hex(token), userId, purpose.name(), now, now.plus(lifetime), null));
        audited.publishEvent(new AccountAudited(
                actorId,
                purpose == Purpose.INVITATION ? "INVITATION_SENT" : "PASSWORD_RESET_SENT",
                null,
                Map.of("userId", userId),
                null));
        issued.publishEvent(new PasswordResetIssued(userId, token, purpose));
    }

    /** Sets the password through a link: unknown links are 400, used or expired ones 410. */
    public void confirm(String token, String newPassword) {
        PasswordResetToken link = find(token);
        check(link);
        String hash = hasher.hash(newPassword); // slow: outside the transaction
        complete(link, hash);
    }

    @Transactional
    void complete(PasswordResetToken link, String hash) {
        if (links.markUsed(link.id(), clock.instant()) == 0) {
            throw new IdentityProblems.ResetTokenGone(
                    "This password link has already been used. Ask for a new one if you need to reset it again.");
        }
        User user = users.findById(link.userId()).orElseThrow(IdentityProblems.ResetTokenInvalid::new);
        if (!user.isActive()) {
            throw new IdentityProblems.AccountInactive(user.getEmail());
        }
        links.useUpAllOf(user.getId(), clock.instant());
        user.setPasswordHash(hash);
        user.setTokensValidAfter(clock.instant().truncatedTo(ChronoUnit.SECONDS));
        users.update(user);
        users.nextSessionGeneration(user.getId());
        long revoked = refreshTokens.revokeAllOf(user.getId());
        audited.publishEvent(new AccountAudited(
                user.getId(),
                "PASSWORD_RESET",
                null,
                Map.of("userId", user.getId(), "revokedSessions", revoked),
                null));
        changes.publishEvent(new IdentityService.AccountChanged(user.getId()));
    }

    /**
     * The signed-in person changes their password; every other session ends. {@code keepRefreshToken}
     * is the caller's own refresh token, whose session survives (without it, all sessions end).
     */
    public void change(long userId, String currentPassword, String newPassword, @Nullable String keepRefreshToken) {
        User user = users.findById(userId).orElseThrow(() -> new IdentityProblems.UserNotFound(userId));
        // Counted before the comparison, so a stolen access token cannot try passwords in parallel either.
        throttle.reservePasswordChange(userId);
        if (!hasher.matches(currentPassword, user.getPasswordHash())) {
            throw new IdentityProblems.WrongPassword();
        }
        throttle.passwordChangeSucceeded(userId);
        String hash = hasher.hash(newPassword);
        changed(userId, hash, keepRefreshToken);
    }

    @Transactional
    void changed(long userId, String hash, @Nullable String keepRefreshToken) {
        User user = users.findById(userId).orElseThrow(() -> new IdentityProblems.UserNotFound(userId));
        user.setPasswordHash(hash);
        users.update(user);
        users.nextSessionGeneration(userId);
        // A reset link asked for before the change (perhaps by someone else) must not undo it.
        links.useUpAllOf(userId, clock.instant());
        Optional<RefreshToken> kept = keepRefreshToken == null || keepRefreshToken.isBlank()
                ? Optional.empty()
                : refreshTokens.findByTokenHash(Sha256.hex(keepRefreshToken)).filter(t -> t.userId() == userId);
        long revoked = kept.isPresent()
                ? refreshTokens.revokeAllOfExcept(userId, kept.get().family())
                : refreshTokens.revokeAllOf(userId);
        audited.publishEvent(new AccountAudited(
                userId, "PASSWORD_CHANGED", null, Map.of("userId", userId, "revokedSessions", revoked), null));
        changes.publishEvent(new IdentityService.AccountChanged(userId));
    }

    private PasswordResetToken find(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            throw new IdentityProblems.ResetTokenInvalid();
        }
        return links.findByTokenHash(Sha256.hex(token.strip())).orElseThrow(IdentityProblems.ResetTokenInvalid::new);
    }

    private void check(PasswordResetToken link) {
        if (link.usedAt() != null) {
            throw new IdentityProblems.ResetTokenGone(
                    "This password link has already been used. Ask for a new one if you need to reset it again.");
        }
        if (!link.expiresAt().isAfter(clock.instant())) {
            throw new IdentityProblems.ResetTokenGone("This password link has expired. Ask for a new one.");
        }
    }
}
