package org.laurel.entries;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Upload files on disk, outside anything the web server serves, under random names. A file is
 * written to a temporary name while it is hashed, counted and identified, and only moved to its
 * final name once accepted, so a refused or interrupted upload leaves nothing behind.
 */
@Singleton
class AttachmentStore {

    record Stored(String storageName, long size, String sha256, FileSniffer.Kind kind) {}

    private final Path root;
    private final long maxBytes;
    private final FileSniffer.ArchiveLimits archiveLimits;

    AttachmentStore(EntriesConfig config) {
        this.root = Path.of(config.uploadDir()).toAbsolutePath().normalize();
        this.maxBytes = config.maxUploadBytes();
        this.archiveLimits =
                new FileSniffer.ArchiveLimits(config.maxArchiveExpandedBytes(), config.maxArchiveEntries());
    }

    long maxBytes() {
        return maxBytes;
    }

    Stored store(InputStream content) {
        Path temp = null;
        try {
            Files.createDirectories(root);
            temp = Files.createTempFile(root, "upload-", ".part");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size;
            try (InputStream in = content;
                    OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha)) {
                size = copyAtMost(in, out, maxBytes);
            }
            if (size > maxBytes) {
                throw new EntryProblems.TooLarge(maxBytes);
            }
            FileSniffer.Kind kind =
                    FileSniffer.detect(temp, archiveLimits).orElseThrow(EntryProblems.UnsupportedType::new);
            String name = UUID.randomUUID().toString();
            Files.move(temp, root.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            temp = null;
            return new Stored(name, size, HexFormat.of().formatHex(sha.digest()), kind);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            deleteQuietly(temp);
        }
    }

    Path path(String storageName) {
        Path file = root.resolve(storageName).normalize();
        if (!file.getParent().equals(root)) {
            throw new IllegalArgumentException("bad storage name");
        }
        return file;
    }

    void delete(String storageName) {
        deleteQuietly(path(storageName));
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
                // a leftover temporary file is harmless; it is never referenced
            }
        }
    }
}
