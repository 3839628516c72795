package org.laurel.entries;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * {@code laurel.entries.*}: where uploads are stored and how large they may be; Office files
 * (ZIP archives) also by how far they unpack and how many parts they hold.
 */
@ConfigurationProperties("laurel.entries")
public record EntriesConfig(
        @Bindable(defaultValue = "./data/uploads") String uploadDir,
        @Bindable(defaultValue = "26214400") long maxUploadBytes,
        @Bindable(defaultValue = "268435456") long maxArchiveExpandedBytes,
        @Bindable(defaultValue = "10000") int maxArchiveEntries) {}
