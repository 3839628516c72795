package org.laurel.backup;

import io.micronaut.core.annotation.Nullable;
import org.laurel.audit.AuditTrail;
import org.laurel.audit.AuditedChange;

/** An administrator took an online backup; the trail names the file and its SHA-256. */
record BackupMade(@Nullable Long actorId, BackupView after) implements AuditedChange {

    @Override
    public AuditTrail.Subject subject() {
        return new AuditTrail.Subject(null, null, null);
    }

    @Override
    public String action() {
        return "BACKUP_MADE";
    }
}
