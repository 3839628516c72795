package org.laurel.shared;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Views that hot paths read on every request (a program on each entry save, a round on each
 * scorecard save), reused while the row's {@code updatedAt} is unchanged. The caller reads
 * {@code updatedAt} fresh from the database each time, so an edit made on any server instance
 * is seen at once; only the assembling of the view is saved.
 */
public final class VersionedCache<V> {

    private record Entry<V>(Instant version, V value) {}

    private final Map<Long, Entry<V>> entries = new ConcurrentHashMap<>();

    /** The cached value for {@code id} at {@code version}, or a fresh one from {@code load}. */
    public V get(long id, Instant version, Supplier<Versioned<V>> load) {
        Entry<V> entry = entries.get(id);
        if (entry == null || !entry.version().equals(version)) {
            Versioned<V> loaded = load.get();
            entry = new Entry<>(loaded.version(), loaded.value());
            entries.put(id, entry);
        }
        return entry.value();
    }

    /** A value with the {@code updatedAt} it was built from. */
    public record Versioned<V>(Instant version, V value) {}
}
