package org.laurel.entries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSnifferTest {

    @TempDir
    Path dir;

    Path file(byte[] bytes) throws Exception {
        Path p = Files.createTempFile(dir, "f", ".bin");
        Files.write(p, bytes);
        return p;
    }

    @Test
    void recognisesTheAllowedTypesByTheirBytes() throws Exception {
        assertThat(FileSniffer.detect(file("%PDF-1.7 ...".getBytes()))).contains(FileSniffer.PDF);
        assertThat(FileSniffer.detect(file(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0})))
                .contains(FileSniffer.PNG);
        assertThat(FileSniffer.detect(file(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0})))
                .contains(FileSniffer.JPEG);
        assertThat(FileSniffer.detect(file(new byte[] {0, 0, 0, 0x20, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0})))
                .contains(FileSniffer.MP4);
    }

    @Test
    void refusesEverythingElse() throws Exception {
        assertThat(FileSniffer.detect(file("MZ\u0090".getBytes()))).isEmpty();
        assertThat(FileSniffer.detect(file("GIF89a".getBytes()))).isEmpty();
        assertThat(FileSniffer.detect(file(new byte[0]))).isEmpty();
        assertThat(FileSniffer.detect(file(new byte[] {'P', 'K', 3, 4, 1, 2, 3})))
                .isEmpty(); // broken zip
    }

    @Test
    void displayNamesKeepOnlyTheLastSegmentWithoutControlCharacters() {
        assertThat(FileSniffer.displayName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileSniffer.displayName("C:\\Users\\me\\deck.pdf")).isEqualTo("deck.pdf");
        assertThat(FileSniffer.displayName("a\u0000b\nc\u202Etxt.exe")).isEqualTo("abctxt.exe");
        assertThat(FileSniffer.displayName("...hidden")).isEqualTo("hidden");
        assertThat(FileSniffer.displayName("/")).isEqualTo("file");
        assertThat(FileSniffer.displayName(null)).isEqualTo("file");
        assertThat(FileSniffer.displayName("路演材料.pdf")).isEqualTo("路演材料.pdf");
        assertThat(FileSniffer.displayName("x".repeat(300) + ".pdf"))
                .hasSize(200)
                .endsWith(".pdf");
    }

    @Test
    void aNameTakesTheExtensionOfTheDetectedType() {
        assertThat(FileSniffer.displayName("x.html", FileSniffer.PDF)).isEqualTo("x.pdf");
        assertThat(FileSniffer.displayName("report", FileSniffer.PDF)).isEqualTo("report.pdf");
        assertThat(FileSniffer.displayName("photo.JPEG", FileSniffer.JPEG)).isEqualTo("photo.JPEG");
        assertThat(FileSniffer.displayName("deck.pdf.exe", FileSniffer.PPTX)).isEqualTo("deck.pdf.pptx");
        assertThat(FileSniffer.displayName("x".repeat(300) + ".html", FileSniffer.PDF))
                .hasSizeLessThanOrEqualTo(200)
                .endsWith("xxx.pdf");
    }

    @Test
    void archivesAreMeasuredByWhatTheyInflateToAndHowManyPartsTheyHold() throws Exception {
        var limits = new FileSniffer.ArchiveLimits(10_000, 5);
        byte[] small = zip(3, 100);

        assertThat(FileSniffer.detect(file(small), limits)).contains(FileSniffer.DOCX);
        assertThatThrownBy(() -> FileSniffer.detect(file(zip(3, 20_000)), limits))
                .isInstanceOf(EntryProblems.ArchiveTooLarge.class);
        assertThatThrownBy(() -> FileSniffer.detect(file(zip(6, 1)), limits))
                .isInstanceOf(EntryProblems.ArchiveTooLarge.class);
    }

    /** A DOCX skeleton plus {@code parts - 2} more parts of {@code size} zero bytes each. */
    private static byte[] zip(int parts, int size) throws Exception {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            for (int i = 2; i < parts; i++) {
                zip.putNextEntry(new java.util.zip.ZipEntry("part" + i));
                zip.write(new byte[size]);
            }
        }
        return bytes.toByteArray();
    }
}
