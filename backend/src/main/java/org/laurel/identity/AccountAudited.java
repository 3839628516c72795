package org.laurel.identity;

import io.micronaut.core.annotation.Nullable;
import org.laurel.audit.AuditTrail;
import org.laurel.audit.AuditedChange;

/**
 * A change to an account (roles, status, sessions) announced to the audit trail. Accounts
 * belong to no program, so the subject is empty; the account is named in {@code after}.
 */
record AccountAudited(
        @Nullable Long actorId,
        String action,
        @Nullable Object before,
        @Nullable Object after,
        @Nullable String reason) implements AuditedChange {

    @Override
    public AuditTrail.Subject subject() {
        return new AuditTrail.Subject(null, null, null);
    }
}
