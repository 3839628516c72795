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
        return new CertificatePdf.Facts(
                "Expo Innovation Award",
                "Gold",
                "Tidal battery",
                "Ocean Lab",
                "2026年12月3日",
                "3 December 2026",
                "ABCD-EFGH",
                false,
                logo);
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
        BufferedImage page;
        try (PDDocument doc = Loader.loadPDF(pdf.render(facts(null)))) {
            page = new PDFRenderer(doc).renderImageWithDPI(0, 150);
        }
        // The code sits in the bottom-right corner: read only that quarter, as a phone would frame it.
        BufferedImage corner =
                page.getSubimage(page.getWidth() / 2, page.getHeight() / 2, page.getWidth() / 2, page.getHeight() / 2);
        int[] pixels = corner.getRGB(0, 0, corner.getWidth(), corner.getHeight(), null, 0, corner.getWidth());
        Result scanned = new QRCodeReader()
                .decode(new BinaryBitmap(
                        new HybridBinarizer(new RGBLuminanceSource(corner.getWidth(), corner.getHeight(), pixels))));

        assertThat(scanned.getText()).isEqualTo("https://awards.example.org/certificates/ABCD-EFGH");
    }
}
