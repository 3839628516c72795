package org.laurel.entries;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Identifies an upload by its bytes, never by its name or the browser's claimed type, and
 * accepts only the allow-list: PDF, PNG, JPEG, PPTX, DOCX, MP4. Office files are ZIP archives,
 * so those are opened and recognised by their main part.
 */
final class FileSniffer {

    private FileSniffer() {}

    record Kind(String contentType, String extension) {}

    static final Kind PDF = new Kind("application/pdf", "pdf");
    static final Kind PNG = new Kind("image/png", "png");
    static final Kind JPEG = new Kind("image/jpeg", "jpg");
    static final Kind MP4 = new Kind("video/mp4", "mp4");
    static final Kind DOCX =
            new Kind("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");
    static final Kind PPTX =
            new Kind("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx");

    /** How far an Office file (a ZIP archive) may expand when read, and how many parts it may hold. */
    record ArchiveLimits(long maxExpandedBytes, int maxEntries) {
        static final ArchiveLimits DEFAULT = new ArchiveLimits(256L * 1024 * 1024, 10_000);
    }

    static Optional<Kind> detect(Path file) throws IOException {
        return detect(file, ArchiveLimits.DEFAULT);
    }

    static Optional<Kind> detect(Path file, ArchiveLimits limits) throws IOException {
        byte[] head = new byte[16];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (startsWith(head, n, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        if (startsWith(head, n, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})) {
            return Optional.of(PNG);
        }
        if (startsWith(head, n, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of(JPEG);
        }
        if (n >= 12 && Arrays.equals(Arrays.copyOfRange(head, 4, 8), "ftyp".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(MP4);
        }
        if (startsWith(head, n, new byte[] {'P', 'K', 3, 4})) {
            return office(file, limits);
        }
        return Optional.empty();
    }

    /**
     * Reads the archive entry by entry, inflating every one and counting the bytes that actually
     * come out: the sizes an archive declares are the attacker's to choose, so they are never
     * trusted. Too many entries or too many bytes is refused as soon as the limit is passed,
     * without writing anything anywhere.
     */
    private static Optional<Kind> office(Path file, ArchiveLimits limits) throws IOException {
        boolean types = false;
        Kind kind = null;
        int entries = 0;
        long expanded = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > limits.maxEntries()) {
                    throw new EntryProblems.ArchiveTooLarge(limits.maxExpandedBytes(), limits.maxEntries());
                }
                String name = entry.getName();
                if (name.equals("[Content_Types].xml")) {
                    types = true;
                } else if (name.equals("word/document.xml")) {
                    kind = DOCX;
                } else if (name.equals("ppt/presentation.xml")) {
                    kind = PPTX;
                }
                for (int read = zip.read(buffer); read >= 0; read = zip.read(buffer)) {
                    expanded += read;
                    if (expanded > limits.maxExpandedBytes()) {
                        throw new EntryProblems.ArchiveTooLarge(limits.maxExpandedBytes(), limits.maxEntries());
                    }
                }
            }
        } catch (ZipException | EOFException e) {
            return Optional.empty(); // not a readable archive: not an accepted type
        }
        return types ? Optional.ofNullable(kind) : Optional.empty();
    }

    private static boolean startsWith(byte[] head, int n, byte[] magic) {
        if (n < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The name to show and to offer on download: the last path segment, without control or
     * bidi-override characters, at most 200 characters, ending in the extension of the type the
     * bytes showed (a PDF sent as {@code x.html} is {@code x.pdf}), so that no program that trusts
     * extensions opens it as something else. It is never used to build a path.
     */
    static String displayName(String original, Kind kind) {
        String name = displayName(original);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        boolean matches = extension.equals(kind.extension()) || (kind == JPEG && extension.equals("jpeg"));
        if (matches) {
            return name;
        }
        String stem = dot <= 0 ? name : name.substring(0, dot);
        int room = 200 - kind.extension().length() - 1;
        if (stem.length() > room) {
            stem = stem.substring(stem.length() - room);
        }
        return stem + "." + kind.extension();
    }

    /** The cleaned name as sent (see {@link #displayName(String, Kind)}). */
    static String displayName(String original) {
        String name = original == null ? "" : original;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1)
                .replaceAll("[\\p{Cntrl}\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]", "")
                .strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        return name.isBlank() ? "file" : name;
    }
}
