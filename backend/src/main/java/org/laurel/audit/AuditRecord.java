package org.laurel.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity("audit_record")
record AuditRecord(
        @Id @GeneratedValue @Nullable Long id,
        Instant at,
        @Nullable Long actorId,
        @Nullable Long programId,
        @Nullable Long roundId,
        @Nullable Long entryId,
        String action,
        @Nullable String beforeJson,
        @Nullable String afterJson,
        @Nullable String reason) {}
