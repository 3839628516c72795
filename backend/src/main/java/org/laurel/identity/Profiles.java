package org.laurel.identity;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;

/** A person edits their own profile: name, organization and the language Laurel speaks to them in. */
@Singleton
class Profiles {

    private final UserRepository users;
    private final IdentityService identity;
    private final ApplicationEventPublisher<AccountAudited> audited;
    private final ApplicationEventPublisher<IdentityService.AccountChanged> changes;

    Profiles(
            UserRepository users,
            IdentityService identity,
            ApplicationEventPublisher<AccountAudited> audited,
            ApplicationEventPublisher<IdentityService.AccountChanged> changes) {
        this.users = users;
        this.identity = identity;
        this.audited = audited;
        this.changes = changes;
    }

    /** Absent fields stay, a blank organization clears it; a change is audited with before and after. */
    @Transactional
    UserView update(long id, AccountRequests.ProfileUpdate update) {
        User user = users.findById(id).orElseThrow(() -> new IdentityProblems.UserNotFound(id));
        Map<String, Object> before = profileOf(user);
        if (update.displayName() != null && !update.displayName().isBlank()) {
            user.setDisplayName(update.displayName().strip());
        }
        if (update.organization() != null) {
            user.setOrganization(
                    update.organization().isBlank()
                            ? null
                            : update.organization().strip());
        }
        if (update.language() != null) {
            user.setLocale(update.language());
        }
        Map<String, Object> after = profileOf(user);
        if (!before.equals(after)) {
            users.update(user);
            audited.publishEvent(new AccountAudited(id, "PROFILE_UPDATED", before, after, null));
            changes.publishEvent(new IdentityService.AccountChanged(id));
        }
        return identity.get(id);
    }

    private static Map<String, Object> profileOf(User user) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("userId", user.getId());
        m.put("displayName", user.getDisplayName());
        m.put("organization", user.getOrganization() == null ? "" : user.getOrganization());
        m.put("language", user.getLocale() == null ? "" : user.getLocale());
        return m;
    }
}
