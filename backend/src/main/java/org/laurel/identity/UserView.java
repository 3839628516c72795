package org.laurel.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/** A person as the API shows them. */
@Serdeable
public record UserView(
        long id,
        String email,
        String displayName,
        @Nullable String organization,
        @Nullable String locale,
        /* The language the person reads: the saved one, English when none was chosen. */
        String language,
        List<Role> roles,
        boolean active,
        Instant createdAt) {

    static UserView of(User user, java.util.Set<Role> granted) {
        return new UserView(
                user.getId(),
                user.getEmail(),
                user.getDisplayName(),
                user.getOrganization(),
                user.getLocale(),
                "zh-CN".equals(user.getLocale()) ? "zh-CN" : "en",
                granted.stream().sorted().toList(),
                user.isActive(),
                user.getCreatedAt());
    }
}
