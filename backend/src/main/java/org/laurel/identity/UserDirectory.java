package org.laurel.identity;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.laurel.shared.PageView;

/**
 * Searching accounts, a page at a time: the administrators' user list and the judge directory an
 * organizer picks panels from. Two queries a page (accounts, then their roles), whatever its size.
 */
@Singleton
public class UserDirectory {

    private final UserRepository users;
    private final UserRoleRepository roles;

    UserDirectory(UserRepository users, UserRoleRepository roles) {
        this.users = users;
        this.roles = roles;
    }

    /** Every account whose email or name contains {@code query} (case-insensitive), oldest first unless sorted. */
    public PageView<UserView> list(String query, Pageable pageable) {
        String q = normalized(query);
        Pageable sorted = pageable.getSort().isSorted()
                ? pageable
                : Pageable.from(pageable.getNumber(), pageable.getSize(), Sort.of(Sort.Order.asc("id")));
        Page<User> page = q.isEmpty() ? users.findAll(sorted) : users.search("%" + likeEscape(q) + "%", sorted);
        return views(page);
    }

    /** People with a role, e.g. the judges an organizer can put on a panel, by name. */
    public PageView<UserView> listWithRole(Role role, String query, Pageable pageable) {
        Pageable sorted = Pageable.from(
                pageable.getNumber(), pageable.getSize(), Sort.of(Sort.Order.asc("displayName"), Sort.Order.asc("id")));
        return views(users.searchByRole(role.name(), "%" + likeEscape(normalized(query)) + "%", sorted));
    }

    private PageView<UserView> views(Page<User> page) {
        Map<Long, Set<Role>> byUser =
                roles.rolesByUser(page.getContent().stream().map(User::getId).toList());
        List<UserView> items = page.getContent().stream()
                .map(u -> UserView.of(u, byUser.getOrDefault(u.getId(), Set.of())))
                .toList();
        return new PageView<>(items, page.getTotalSize());
    }

    private static String normalized(String query) {
        return query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
    }

    /** The query is matched literally: LIKE's own wildcards in it are escaped. */
    static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
