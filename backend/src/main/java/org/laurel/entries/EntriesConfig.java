package org.laurel.entries;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * {@code laurel.entries.*}: how large uploads may be; Office files (ZIP archives) also by how far
 * they unpack and how many parts they hold; how long the attachment links in exports and the
 * invitations to join a team work.
 * Where files are kept is {@code laurel.storage.*}.
 */
@ConfigurationProperties("laurel.entries")
public record EntriesConfig(
        @Bindable(defaultValue = "26214400") long maxUploadBytes,
        @Bindable(defaultValue = "268435456") long maxArchiveExpandedBytes,
        @Bindable(defaultValue = "10000") int maxArchiveEntries,
        /* How long the attachment links in an export work. */
        @Bindable(defaultValue = "7d") java.time.Duration fileLinkLifetime,
        /* How long an invitation to join a team works. */
        @Bindable(defaultValue = "14d") java.time.Duration teamInvitationLifetime) {}
