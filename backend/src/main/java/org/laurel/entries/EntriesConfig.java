package org.laurel.entries;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * {@code laurel.entries.*}: how large uploads may be; Office files (ZIP archives) also by how far
 * they unpack and how many parts they hold. Where they are kept is {@code laurel.storage.*}.
 */
@ConfigurationProperties("laurel.entries")
public record EntriesConfig(
        @Bindable(defaultValue = "26214400") long maxUploadBytes,
        @Bindable(defaultValue = "268435456") long maxArchiveExpandedBytes,
        @Bindable(defaultValue = "10000") int maxArchiveEntries) {}
