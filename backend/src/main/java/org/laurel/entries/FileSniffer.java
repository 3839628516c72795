package org.laurel.entries;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Identifies an upload by its bytes, never by its name or the browser's claimed type, and
 * accepts only the allow-list: PDF, PNG, JPEG, PPTX, DOCX, MP4. Office files are ZIP archives,
 * so those are opened and recognised by their main part.
 */
final class FileSniffer {

    private FileSniffer() {
    }

    record Kind(String contentType, String extension) {
    }

    static final Kind PDF = new Kind("application/pdf", "pdf");
    static final Kind PNG = new Kind("image/png", "png");
    static final Kind JPEG = new Kind("image/jpeg", "jpg");
    static final Kind MP4 = new Kind("video/mp4", "mp4");
    static final Kind DOCX = new Kind("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");
    static final Kind PPTX = new Kind("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx");

    static Optional<Kind> detect(Path file) throws IOException {
        byte[] head = new byte[16];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (startsWith(head, n, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        if (startsWith(head, n, new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})) {
            return Optional.of(PNG);
        }
        if (startsWith(head, n, new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of(JPEG);
        }
        if (n >= 12 && Arrays.equals(Arrays.copyOfRange(head, 4, 8), "ftyp".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(MP4);
        }
        if (startsWith(head, n, new byte[]{'P', 'K', 3, 4})) {
            return office(file);
        }
        return Optional.empty();
    }

    private static Optional<Kind> office(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            boolean types = false;
            Kind kind = null;
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                String name = e.nextElement().getName();
                if (name.equals("[Content_Types].xml")) {
                    types = true;
                } else if (name.equals("word/document.xml")) {
                    kind = DOCX;
                } else if (name.equals("ppt/presentation.xml")) {
                    kind = PPTX;
                }
            }
            return types ? Optional.ofNullable(kind) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // not a readable archive: not an accepted type
        }
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
     * bidi-override characters, at most 200 characters. It is never used to build a path.
     */
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
