package org.laurel.awards;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

class CertificatePdfTest {

    private final CertificatePdf pdf = new CertificatePdf("https://awards.example.org/");

    private static CertificatePdf.Facts facts(byte[] logo) {
        return facts(logo, null, null);
    }

    private static CertificatePdf.Facts facts(byte[] logo, CertificatePdf.Accent accent, CertificatePdf.Signer signer) {
        return new CertificatePdf.Facts(
                "Expo Innovation Award",
                "Gold",
                "Tidal battery",
                "Ocean Lab",
                "2026年12月3日",
                "3 December 2026",
                "ABCD-EFGH",
                false,
                logo,
                accent,
                signer);
    }

    private static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }

    private static BufferedImage page(byte[] document) throws IOException {
        try (PDDocument doc = Loader.loadPDF(document)) {
            return new PDFRenderer(doc).renderImageWithDPI(0, 72);
        }
    }

    /** How many pixels of the rendered page are (almost) exactly {@code rgb}. */
    private static long pixelsOf(BufferedImage page, int rgb) {
        long n = 0;
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                int p = page.getRGB(x, y);
                if (Math.abs(((p >> 16) & 0xFF) - ((rgb >> 16) & 0xFF)) < 6
                        && Math.abs(((p >> 8) & 0xFF) - ((rgb >> 8) & 0xFF)) < 6
                        && Math.abs((p & 0xFF) - (rgb & 0xFF)) < 6) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void theAccentColoursTheFrameAndTitleInsteadOfGold() throws IOException {
        BufferedImage plain = page(pdf.render(facts(null)));
        BufferedImage branded = page(pdf.render(facts(null, new CertificatePdf.Accent("#1E6FD9", "#FFFFFF"), null)));

        assertThat(pixelsOf(plain, 0x1E6FD9)).isZero();
        assertThat(pixelsOf(branded, 0x1E6FD9)).isGreaterThan(2000);
        assertThat(pixelsOf(branded, 0xB08D3C)).as("no gold is left").isZero();
    }

    @Test
    void aLightAccentDrawsTheLinesButLeavesTheTitleInInk() throws IOException {
        BufferedImage dark = page(pdf.render(facts(null, new CertificatePdf.Accent("#1E6FD9", "#FFFFFF"), null)));
        BufferedImage light = page(pdf.render(facts(null, new CertificatePdf.Accent("#FFD400", "#111111"), null)));

        assertThat(pixelsOf(light, 0xFFD400)).isGreaterThan(500);
        assertThat(pixelsOf(light, 0xFFD400))
                .as("only the lines, not the title and the tier")
                .isLessThan(pixelsOf(dark, 0x1E6FD9));
    }

    @Test
    void theSignerIsPrintedWithTheSignatureImageAboveTheirNameAndTitle() throws IOException {
        byte[] document = pdf.render(facts(
                png(300, 100),
                new CertificatePdf.Accent("#0B4F4A", "#FFFFFF"),
                new CertificatePdf.Signer(png(400, 120), "王芳", "Jury chair")));

        assertThat(images(document)).as("the logo and the signature").isEqualTo(2);
        try (PDDocument doc = Loader.loadPDF(document)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(text).contains("王芳").contains("Jury chair").contains("3 December 2026");
        }
    }

    @Test
    void aSignerWithoutAnImageStillGetsTheirLineAndTheQrCodeStaysReadable() throws Exception {
        byte[] document = pdf.render(facts(null, null, new CertificatePdf.Signer(null, "Wang Fang", "")));

        assertThat(images(document)).isZero();
        try (PDDocument doc = Loader.loadPDF(document)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc))
                    .contains("Wang Fang");
        }
        assertThat(scan(document)).isEqualTo("https://awards.example.org/certificates/ABCD-EFGH");
    }

    private static int images(byte[] document) throws IOException {
        try (PDDocument doc = Loader.loadPDF(document)) {
            PDResources resources = doc.getPage(0).getResources();
            int n = 0;
            for (COSName name : resources.getXObjectNames()) {
                if (resources.isImageXObject(name)) {
                    n++;
                }
            }
            return n;
        }
    }

    @Test
    void theProgramsLogoIsPrintedWhenItHasOne() throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(300, 100, BufferedImage.TYPE_INT_RGB), "png", png);

        assertThat(images(pdf.render(facts(png.toByteArray())))).isEqualTo(1);
        assertThat(images(pdf.render(facts(null)))).isZero();
    }

    @Test
    void itsQrCodeScansToTheVerificationAddress() throws Exception {
        assertThat(scan(pdf.render(facts(null)))).isEqualTo("https://awards.example.org/certificates/ABCD-EFGH");
    }

    private static String scan(byte[] document) throws Exception {
        BufferedImage page;
        try (PDDocument doc = Loader.loadPDF(document)) {
            page = new PDFRenderer(doc).renderImageWithDPI(0, 150);
        }
        // The code sits in the bottom-right corner: read only that quarter, as a phone would frame it.
        BufferedImage corner =
                page.getSubimage(page.getWidth() / 2, page.getHeight() / 2, page.getWidth() / 2, page.getHeight() / 2);
        int[] pixels = corner.getRGB(0, 0, corner.getWidth(), corner.getHeight(), null, 0, corner.getWidth());
        Result scanned = new QRCodeReader()
                .decode(new BinaryBitmap(
                        new HybridBinarizer(new RGBLuminanceSource(corner.getWidth(), corner.getHeight(), pixels))));

        return scanned.getText();
    }
}
