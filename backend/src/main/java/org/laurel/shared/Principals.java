package org.laurel.shared;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;

/** Tokens name the account by its id; this reads it back. */
public final class Principals {

    private Principals() {}

    public static long id(Authentication authentication) {
        return Long.parseLong(authentication.getName());
    }

    @Nullable
    public static Long idOrNull(@Nullable Authentication authentication) {
        return authentication == null ? null : id(authentication);
    }
}
