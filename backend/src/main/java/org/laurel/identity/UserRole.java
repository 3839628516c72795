package org.laurel.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("user_role")
record UserRole(@Id @GeneratedValue @Nullable Long id, long userId, Role role) {

    static UserRole of(long userId, Role role) {
        return new UserRole(null, userId, role);
    }
}
