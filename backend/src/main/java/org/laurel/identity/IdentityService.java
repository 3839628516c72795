package org.laurel.identity;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.laurel.shared.PageView;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The identity module's use cases and its facade for other modules. */
@Singleton
public class IdentityService {

    private final UserRepository users;
    private final UserRoleRepository roles;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final Clock clock;

    IdentityService(UserRepository users, UserRoleRepository roles, PasswordHasher hasher, LoginThrottle throttle, Clock clock) {
        this.users = users;
        this.roles = roles;
        this.hasher = hasher;
        this.throttle = throttle;
        this.clock = clock;
    }

    /** Self-registration: everyone who signs up is an applicant. */
    public UserView register(RegisterRequest request) {
        return create(request.email(), request.password(), request.displayName(), request.organization(),
                request.locale(), Set.of(Role.APPLICANT));
    }

    public UserView createUser(CreateUserRequest request) {
        return create(request.email(), request.password(), request.displayName(), request.organization(),
                request.locale(), request.roles());
    }

    UserView create(String email, String password, String displayName, String organization, String locale,
                    Set<Role> granted) {
        String normalized = User.normalizeEmail(email);
        if (users.existsByEmail(normalized)) {
            throw new IdentityProblems.EmailTaken(normalized);
        }
        // Hash outside the transaction: it is deliberately slow and needs no connection.
        String hash = hasher.hash(password);
        try {
            return insert(User.create(normalized, displayName, organization, locale, hash, clock.instant()), granted);
        } catch (DataAccessException e) {
            // Two registrations of one address raced past the check; the unique index decided.
            if (users.existsByEmail(normalized)) {
                throw new IdentityProblems.EmailTaken(normalized);
            }
            throw e;
        }
    }

    @Transactional
    UserView insert(User user, Set<Role> granted) {
        User saved = users.save(user);
        List<UserRole> saves = granted.stream().sorted().map(r -> UserRole.of(saved.getId(), r)).toList();
        roles.saveAll(saves);
        return view(saved, EnumSet.copyOf(granted));
    }

    /** Checks the password; throttled accounts are refused before the password is compared. */
    public Authentication authenticate(String username, String password) {
        String email = User.normalizeEmail(username);
        throttle.check(email);
        Optional<User> user = users.findByEmail(email);
        boolean ok = hasher.matches(password, user.map(User::getPasswordHash).orElse(null));
        if (!ok) {
            throttle.recordFailure(email);
            throw new IdentityProblems.BadCredentials();
        }
        throttle.reset(email);
        return authenticationOf(user.get(), rolesOf(user.get().getId()));
    }

    /** The current authentication of an account, read afresh (role changes apply at the next refresh). */
    public Optional<Authentication> currentAuthentication(long userId) {
        return users.findById(userId).map(u -> authenticationOf(u, rolesOf(userId)));
    }

    public UserView get(long id) {
        User user = users.findById(id).orElseThrow(() -> new IdentityProblems.UserNotFound(id));
        return view(user, rolesOf(id));
    }

    /** Views of several users with two queries, whatever their number. */
    public Map<Long, UserView> getAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Set<Role>> byUser = rolesByUser(ids);
        return users.findByIdIn(ids).stream()
                .collect(Collectors.toMap(User::getId, u -> view(u, byUser.getOrDefault(u.getId(), Set.of()))));
    }

    public PageView<UserView> list(String query, Pageable pageable) {
        String q = query == null ? "" : query.strip().toLowerCase(java.util.Locale.ROOT);
        Pageable sorted = pageable.getSort().isSorted() ? pageable
                : Pageable.from(pageable.getNumber(), pageable.getSize(), io.micronaut.data.model.Sort.of(
                io.micronaut.data.model.Sort.Order.asc("id")));
        Page<User> page = q.isEmpty() ? users.findAll(sorted)
                : users.search("%" + likeEscape(q) + "%", sorted);
        Map<Long, Set<Role>> byUser = rolesByUser(page.getContent().stream().map(User::getId).toList());
        List<UserView> items = page.getContent().stream()
                .map(u -> view(u, byUser.getOrDefault(u.getId(), Set.of()))).toList();
        return new PageView<>(items, page.getTotalSize());
    }

    /** People with a role, e.g. the judges an organizer can put on a panel. */
    public PageView<UserView> listWithRole(Role role, String query, Pageable pageable) {
        String q = query == null ? "" : query.strip().toLowerCase(java.util.Locale.ROOT);
        Pageable sorted = Pageable.from(pageable.getNumber(), pageable.getSize(),
                io.micronaut.data.model.Sort.of(io.micronaut.data.model.Sort.Order.asc("displayName"), io.micronaut.data.model.Sort.Order.asc("id")));
        Page<User> page = users.searchByRole(role.name(), "%" + likeEscape(q) + "%", sorted);
        Map<Long, Set<Role>> byUser = rolesByUser(page.getContent().stream().map(User::getId).toList());
        return new PageView<>(page.getContent().stream().map(u -> view(u, byUser.getOrDefault(u.getId(), Set.of()))).toList(),
                page.getTotalSize());
    }

    @Transactional
    public UserView setRoles(long id, Set<Role> wanted) {
        User user = users.findById(id).orElseThrow(() -> new IdentityProblems.UserNotFound(id));
        Set<Role> current = rolesOf(id);
        if (current.contains(Role.ADMIN) && !wanted.contains(Role.ADMIN) && roles.countByRole(Role.ADMIN) <= 1) {
            throw new IdentityProblems.LastAdmin();
        }
        roles.deleteByUserId(id);
        roles.saveAll(wanted.stream().sorted().map(r -> UserRole.of(id, r)).toList());
        return view(user, wanted.isEmpty() ? Set.of() : EnumSet.copyOf(wanted));
    }

    public boolean anyoneHas(Role role) {
        return roles.existsByRole(role);
    }

    public boolean emailRegistered(String email) {
        return users.existsByEmail(User.normalizeEmail(email));
    }

    private Set<Role> rolesOf(long userId) {
        Set<Role> set = EnumSet.noneOf(Role.class);
        roles.findByUserId(userId).forEach(r -> set.add(r.role()));
        return set;
    }

    private Map<Long, Set<Role>> rolesByUser(Collection<Long> ids) {
        Map<Long, Set<Role>> byUser = new HashMap<>();
        if (!ids.isEmpty()) {
            for (UserRole r : roles.findByUserIdIn(ids)) {
                byUser.computeIfAbsent(r.userId(), k -> EnumSet.noneOf(Role.class)).add(r.role());
            }
        }
        return byUser;
    }

    static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Authentication authenticationOf(User user, Set<Role> granted) {
        return Authentication.build(String.valueOf(user.getId()),
                granted.stream().map(Enum::name).sorted().toList(),
                Map.of("email", user.getEmail(), "name", user.getDisplayName()));
    }

    private static UserView view(User user, Set<Role> granted) {
        return new UserView(user.getId(), user.getEmail(), user.getDisplayName(), user.getOrganization(),
                user.getLocale(), granted.stream().sorted().toList(), user.getCreatedAt());
    }
}
