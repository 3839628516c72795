package org.laurel.entries;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

final class EntryParts {

    private EntryParts() {}

    /** One step of an entry's timeline, as its applicant sees it (the table keeps its first name). */
    @MappedEntity("entry_event")
    record TimelineStep(
            @Id @GeneratedValue @Nullable Long id,
            long entryId,
            Instant at,
            String type,
            @Nullable Long actorId,
            @Nullable String note) {}

    /** A stored file. {@code storageName} is generated; {@code fileName} is display text only. */
    @MappedEntity("attachment")
    record Attachment(
            @Id @GeneratedValue @Nullable Long id,
            long entryId,
            @Nullable String fieldKey,
            String fileName,
            String contentType,
            long sizeBytes,
            String sha256,
            String storageName,
            Instant createdAt) {}
}
