package org.laurel.identity;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The identity module's use cases and its facade for other modules. */
@Singleton
public class IdentityService implements org.laurel.audit.ActorNames {

    private final UserRepository users;
    private final UserRoleRepository roles;
    private final RefreshTokenRepository refreshTokens;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final ApplicationEventPublisher<AccountAudited> audited;
    private final ApplicationEventPublisher<AccountChanged> changes;
    private final ApplicationEventPublisher<SignInFailed> failures;
    private final Clock clock;

    IdentityService(
            UserRepository users,
            UserRoleRepository roles,
            RefreshTokenRepository refreshTokens,
            PasswordHasher hasher,
            LoginThrottle throttle,
            ApplicationEventPublisher<AccountAudited> audited,
            ApplicationEventPublisher<AccountChanged> changes,
            ApplicationEventPublisher<SignInFailed> failures,
            Clock clock) {
        this.users = users;
        this.roles = roles;
        this.refreshTokens = refreshTokens;
        this.hasher = hasher;
        this.throttle = throttle;
        this.audited = audited;
        this.changes = changes;
        this.failures = failures;
        this.clock = clock;
    }

    /** What the per-request check needs to know about an account. */
    public record AccountState(
            boolean active, Set<Role> roles, @Nullable Instant tokensValidAfter) {}

    /** Published inside the transaction that changed an account's status, roles or sessions. */
    public record AccountChanged(long userId) {}

    /** Self-registration: everyone who signs up is an applicant. Throttled per client address. */
    public UserView register(RegisterRequest request, String clientAddress) {
        throttle.reserveRegistration(clientAddress);
        return create(
                request.email(),
                request.password(),
                request.displayName(),
                request.organization(),
                request.locale(),
                Set.of(Role.APPLICANT));
    }

    public UserView createUser(CreateUserRequest request) {
        return create(
                request.email(),
                request.password(),
                request.displayName(),
                request.organization(),
                request.locale(),
                request.roles());
    }

    UserView create(
            String email, String password, String displayName, String organization, String locale, Set<Role> granted) {
        String normalized = User.normalizeEmail(email);
        if (users.existsByEmail(normalized)) {
            throw new IdentityProblems.EmailTaken(normalized);
        }
        // Hash outside the transaction: it is deliberately slow and needs no connection.
        String hash = hasher.hash(password);
        // Two registrations of one address can race past the check: the unique index decides, and the loser gets 409.
        return insertIfAbsent(
                        User.create(normalized, displayName, organization, locale, hash, clock.instant()), granted)
                .orElseThrow(() -> new IdentityProblems.EmailTaken(normalized));
    }

    /** Creates the account with its roles, or nothing when its email is taken (even by a transaction still running). */
    @Transactional
    Optional<UserView> insertIfAbsent(User user, Set<Role> granted) {
        int inserted = users.insertIfAbsent(
                user.getEmail(),
                user.getDisplayName(),
                user.getOrganization(),
                user.getLocale(),
                user.getPasswordHash(),
                user.getCreatedAt());
        if (inserted == 0) {
            return Optional.empty();
        }
        User saved = users.findByEmail(user.getEmail()).orElseThrow();
        roles.saveAll(granted.stream()
                .sorted()
                .map(r -> UserRole.of(saved.getId(), r))
                .toList());
        return Optional.of(UserView.of(saved, EnumSet.copyOf(granted)));
    }

    /**
     * Adds one role to an account, race-free: false when the account already held it (two
     * parallel grants do not collide on the unique role row, as replacing all roles would).
     */
    @Transactional
    public boolean grantRole(long actorId, long id, Role role) {
        users.lockById(id).orElseThrow(() -> new IdentityProblems.UserNotFound(id));
        Set<Role> before = roles.rolesOf(id);
        if (before.contains(role) || roles.grant(id, role.name()) == 0) {
            return false;
        }
        Set<Role> after = EnumSet.copyOf(before.isEmpty() ? EnumSet.of(role) : before);
        after.add(role);
        record(
                actorId,
                "ROLES_CHANGED",
                Map.of("userId", id, "roles", before.stream().sorted().toList()),
                Map.of("userId", id, "roles", after.stream().sorted().toList()));
        changes.publishEvent(new AccountChanged(id));
        return true;
    }

    /**
     * Checks the password. The attempt is counted by {@link LoginThrottle} before the password is
     * compared (429 while throttled). A deactivated account is named as such only to someone who
     * gave its right password; everyone else gets the same answer as for an unknown account.
     */
    public Authentication authenticate(String username, String password, String clientAddress) {
        String email = User.normalizeEmail(username);
        throttle.reserveLogin(email, clientAddress);
        Optional<User> user = users.findByEmail(email);
        boolean ok = hasher.matches(password, user.map(User::getPasswordHash).orElse(null));
        if (!ok) {
            failures.publishEvent(new SignInFailed());
            throw new IdentityProblems.BadCredentials();
        }
        throttle.loginSucceeded(email, clientAddress);
        if (!user.get().isActive()) {
            throw new IdentityProblems.AccountDeactivated();
        }
        return authenticationOf(user.get(), roles.rolesOf(user.get().getId()));
    }

    /** The authentication of an active account, read afresh (for refreshing a session). */
    Optional<Authentication> activeAuthentication(long userId) {
        Optional<User> user = users.findById(userId);
        if (user.isPresent() && !user.get().isActive()) {
            throw new IdentityProblems.AccountDeactivated();
        }
        return user.map(u -> authenticationOf(u, roles.rolesOf(userId)));
    }

    /** The account's status and current roles; empty if it no longer exists. */
    public Optional<AccountState> accountState(long userId) {
        return users.findById(userId)
                .map(u -> new AccountState(u.isActive(), roles.rolesOf(userId), u.getTokensValidAfter()));
    }

    /** An admin deactivates or reactivates an account. Deactivating also ends all its sessions. */
    @Transactional
    public UserView setActive(long actorId, long id, boolean active) {
        users.lockById(id).orElseThrow(() -> new IdentityProblems.UserNotFound(id));
        User user = users.findById(id).orElseThrow(() -> new IdentityProblems.UserNotFound(id));
        Set<Role> current = roles.rolesOf(id);
        if (user.isActive() == active) {
            return UserView.of(user, current);
        }
        if (!active && current.contains(Role.ADMIN) && lastActiveAdmin()) {
            throw new IdentityProblems.LastAdmin();
        }
        user.setActive(active);
        users.update(user);
        if (!active) {
            refreshTokens.revokeAllOf(id);
            users.nextSessionGeneration(id);
        }
        record(
                actorId,
                active ? "ACCOUNT_REACTIVATED" : "ACCOUNT_DEACTIVATED",
                Map.of("userId", id, "active", !active),
                Map.of("userId", id, "active", active));
        changes.publishEvent(new AccountChanged(id));
        return UserView.of(user, current);
    }

    /** Ends every session of the account: refresh tokens revoked, access tokens issued until now refused. */
    @Transactional
    public void signOutEverywhere(long userId) {
        User user = users.findById(userId).orElseThrow(() -> new IdentityProblems.UserNotFound(userId));
        // Whole seconds, as a token's issue time is: a token issued in the same second stays valid.
        user.setTokensValidAfter(clock.instant().truncatedTo(ChronoUnit.SECONDS));
        users.update(user);
        refreshTokens.revokeAllOf(userId);
        users.nextSessionGeneration(userId);
        record(userId, "SIGNED_OUT_EVERYWHERE", null, Map.of("userId", userId), null);
        changes.publishEvent(new AccountChanged(userId));
    }

    /** A used refresh token came back: someone holds a copy, so the whole sign-in it belongs to ends. */
    @Transactional
    public void endReusedSession(long userId, String family) {
        long revoked = refreshTokens.revokeFamily(family);
        record(
                userId,
                "SESSION_REVOKED_ON_REUSE",
                null,
                Map.of("userId", userId, "revokedTokens", revoked),
                "a refresh token was presented after it had been used");
    }

    private void record(long actorId, String action, Object before, Object after) {
        record(actorId, action, before, after, null);
    }

    private void record(long actorId, String action, @Nullable Object before, Object after, @Nullable String reason) {
        audited.publishEvent(new AccountAudited(actorId, action, before, after, reason));
    }

    public UserView get(long id) {
        User user = users.findById(id).orElseThrow(() -> new IdentityProblems.UserNotFound(id));
        return UserView.of(user, roles.rolesOf(id));
    }

    /** Views of several users with two queries, whatever their number. */
    @Override
    public Map<Long, String> namesOf(Collection<Long> ids) {
        return getAll(ids).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().displayName()));
    }

    public Map<Long, UserView> getAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Set<Role>> byUser = roles.rolesByUser(ids);
        return users.findByIdIn(ids).stream()
                .collect(Collectors.toMap(User::getId, u -> UserView.of(u, byUser.getOrDefault(u.getId(), Set.of()))));
    }

    /** Replaces an account's roles; they apply from the account's next request. */
    @Transactional
    public UserView setRoles(long actorId, long id, Set<Role> wanted) {
        users.lockById(id).orElseThrow(() -> new IdentityProblems.UserNotFound(id));
        User user = users.findById(id).orElseThrow(() -> new IdentityProblems.UserNotFound(id));
        Set<Role> current = roles.rolesOf(id);
        if (user.isActive() && current.contains(Role.ADMIN) && !wanted.contains(Role.ADMIN) && lastActiveAdmin()) {
            throw new IdentityProblems.LastAdmin();
        }
        roles.deleteByUserId(id);
        roles.saveAll(wanted.stream().sorted().map(r -> UserRole.of(id, r)).toList());
        if (!current.equals(wanted)) {
            record(
                    actorId,
                    "ROLES_CHANGED",
                    Map.of("userId", id, "roles", current.stream().sorted().toList()),
                    Map.of("userId", id, "roles", wanted.stream().sorted().toList()));
            changes.publishEvent(new AccountChanged(id));
        }
        return UserView.of(user, wanted.isEmpty() ? Set.of() : EnumSet.copyOf(wanted));
    }

    /** Whether at most one active admin is left, counted under a lock on every admin (see {@link UserRoleRepository#lockHolders}). */
    private boolean lastActiveAdmin() {
        roles.lockHolders(Role.ADMIN.name());
        return roles.countActiveWithRole(Role.ADMIN.name()) <= 1;
    }

    public boolean anyoneHas(Role role) {
        return roles.existsByRole(role);
    }

    public boolean emailRegistered(String email) {
        return users.existsByEmail(User.normalizeEmail(email));
    }

    private static Authentication authenticationOf(User user, Set<Role> granted) {
        return Authentication.build(
                String.valueOf(user.getId()),
                granted.stream().map(Enum::name).sorted().toList(),
                Map.of("email", user.getEmail(), "name", user.getDisplayName()));
    }
}
