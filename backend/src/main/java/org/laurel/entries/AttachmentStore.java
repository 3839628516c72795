package org.laurel.entries;

import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.laurel.storage.ObjectStore;
import org.laurel.storage.StorageUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Attachments in the {@link ObjectStore}, under random names. An upload is staged in a local file
 * while it is hashed, counted and identified, and handed to the store only once accepted, so a
 * refused or interrupted upload leaves nothing behind.
 */
@Singleton
class AttachmentStore {

    private static final Logger LOG = LoggerFactory.getLogger(AttachmentStore.class);

    record Stored(String storageName, long size, String sha256, FileSniffer.Kind kind) {}

    /** An attachment's row was removed; its object goes once that is committed. */
    record Released(String storageName) {}

    private final ObjectStore objects;
    private final long maxBytes;
    private final FileSniffer.ArchiveLimits archiveLimits;

    AttachmentStore(ObjectStore objects, EntriesConfig config) {
        this.objects = objects;
        this.maxBytes = config.maxUploadBytes();
        this.archiveLimits =
                new FileSniffer.ArchiveLimits(config.maxArchiveExpandedBytes(), config.maxArchiveEntries());
    }

    long maxBytes() {
        return maxBytes;
    }

    Stored store(InputStream content) {
        Path staged = null;
        try {
            staged = objects.newStagingFile();
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size;
            try (InputStream in = content;
                    OutputStream out = new DigestOutputStream(Files.newOutputStream(staged), sha)) {
                size = copyAtMost(in, out, maxBytes);
            }
            if (size > maxBytes) {
                throw new EntryProblems.TooLarge(maxBytes);
            }
            FileSniffer.Kind kind =
                    FileSniffer.detect(staged, archiveLimits).orElseThrow(EntryProblems.UnsupportedType::new);
            String name = UUID.randomUUID().toString();
            try {
                objects.put(name, staged);
            } catch (IOException e) {
                LOG.error("Could not keep an upload in {}", objects.describe(), e);
                throw new StorageUnavailable("The file could not be stored; nothing was saved, try again.");
            }
            staged = null;
            return new Stored(name, size, HexFormat.of().formatHex(sha.digest()), kind);
        } catch (IOException e) {
            LOG.error("Could not stage an upload for {}", objects.describe(), e);
            throw new StorageUnavailable("The file could not be received; nothing was saved, try again.");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            deleteQuietly(staged);
        }
    }

    /** The stored bytes, streamed; {@link ObjectStore.Missing} when the object is gone. */
    InputStream open(String storageName) throws ObjectStore.Missing {
        try {
            return objects.open(storageName);
        } catch (ObjectStore.Missing e) {
            throw e;
        } catch (IOException e) {
            LOG.error("Could not read {} from {}", storageName, objects.describe(), e);
            throw new StorageUnavailable("The file could not be read from storage; try again.");
        }
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void onReleased(Released released) {
        delete(released.storageName());
    }

    /** Removes a file; a failure is logged, not raised: an orphaned object is harmless, a lost row is not. */
    void delete(String storageName) {
        try {
            objects.delete(storageName);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not delete {} from {}; it is orphaned: {}", storageName, objects.describe(), e.toString());
        }
    }

    /** Copies up to max+1 bytes, so an oversized upload is detected without storing all of it. */
    private static long copyAtMost(InputStream in, OutputStream out, long max) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > max) {
                return total;
            }
            out.write(buffer, 0, n);
        }
        return total;
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a leftover staging file is harmless; it is never referenced
            }
        }
    }
}
