package org.laurel.awards;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
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
}
