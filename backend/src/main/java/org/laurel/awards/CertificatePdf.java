package org.laurel.awards;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Renders a winner's certificate: A4 landscape, Chinese and English, with a bundled font that
 * has both scripts (only the glyphs used are embedded, so a certificate is ~30 KB), and a QR code
 * of its public verification address that a phone can scan. The program's brand dresses it: its
 * logo, its accent colour on the frame and title, and its signer at the bottom.
 */
@Singleton
class CertificatePdf {

    /** What a certificate says; every field is printed as given. */
    record Facts(
            String programTitle,
            String tier,
            String entryTitle,
            String organization,
            String dateZh,
            String dateEn,
            String code,
            boolean superseded,
            @Nullable byte[] logo,
            @Nullable Accent accent,
            @Nullable Signer signer) {}

    /**
     * The program's accent ({@code #RRGGBB}) and the text colour the server chose for it
     * ({@link org.laurel.programs.ProgramBrand}): white means the accent is dark enough to read as
     * text on the white paper too, so the title takes it; on a light accent only the lines do.
     */
    record Accent(String color, String text) {
        Color lines() {
            return Color.decode(color);
        }

        Color title() {
            return org.laurel.programs.ProgramBrand.WHITE.equals(text) ? lines() : INK;
        }
    }

    /** Who signs: an optional signature image above a line, the name and the title in the certificate's language. */
    record Signer(@Nullable byte[] image, String name, String title) {}

    private static final Color GOLD = new Color(0xB0, 0x8D, 0x3C);
    private static final Color INK = new Color(0x1F, 0x29, 0x37);
    private static final Color MUTED = new Color(0x6B, 0x72, 0x80);
    private final byte[] fontBytes;
    private final String publicUrl;

    /** {@code publicUrl}: where people reach Laurel (LAUREL_PUBLIC_URL), so the printed address can be typed in. */
    CertificatePdf(
            @io.micronaut.context.annotation.Value("${laurel.mail.public-url:`http://localhost:8080`}")
                    String publicUrl) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        try (InputStream in = CertificatePdf.class.getResourceAsStream("/fonts/wqy-microhei.ttc")) {
            if (in == null) {
                throw new IllegalStateException("the certificate font is missing from the build");
            }
            fontBytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] render(Facts f) {
        try (PDDocument doc = new PDDocument();
                TrueTypeCollection collection = new TrueTypeCollection(new java.io.ByteArrayInputStream(fontBytes))) {
            TrueTypeFont ttf = collection.getFontByName("WenQuanYiMicroHei");
            if (ttf == null) {
                ttf = first(collection);
            }
            PDType0Font font = PDType0Font.load(doc, ttf, true);
            PDRectangle a4 = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            PDPage page = new PDPage(a4);
            doc.addPage(page);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("Certificate " + f.code());
            info.setCreator("Laurel");
            float w = a4.getWidth();
            float h = a4.getHeight();
            Color lines = f.accent() == null ? GOLD : f.accent().lines();
            Color heading = f.accent() == null ? GOLD : f.accent().title();
            boolean signed = f.signer() != null;
            try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
                c.setStrokingColor(lines);
                c.setLineWidth(3);
                c.addRect(24, 24, w - 48, h - 48);
                c.stroke();
                c.setLineWidth(0.8f);
                c.addRect(34, 34, w - 68, h - 68);
                c.stroke();
                if (f.logo() != null) {
                    logo(doc, c, f.logo(), h);
                }
                centered(c, font, "获 奖 证 书", 40, heading, w, h - 120);
                c.setStrokingColor(lines);
                c.setLineWidth(1.2f);
                c.moveTo(w / 2 - 90, h - 168);
                c.lineTo(w / 2 + 90, h - 168);
                c.stroke();
                centered(c, font, "CERTIFICATE OF AWARD", 16, MUTED, w, h - 148);
                centered(c, font, f.programTitle(), 20, INK, w, h - 200);
                centered(c, font, "兹授予  ·  This certifies that", 12, MUTED, w, h - 240);
                centered(c, font, f.entryTitle(), 26, INK, w, h - 282);
                if (!f.organization().isBlank()) {
                    centered(c, font, f.organization(), 14, MUTED, w, h - 308);
                }
                centered(c, font, "荣获  ·  has been awarded", 12, MUTED, w, h - 348);
                centered(c, font, f.tier(), 30, heading, w, h - 392);
                String date = f.dateZh() + "  ·  " + f.dateEn();
                if (signed) {
                    // The signer takes the bottom centre; the date moves above the verification code.
                    signer(doc, c, font, f.signer(), lines, w);
                    text(c, font, date, 12, INK, 60, 80);
                } else {
                    centered(c, font, date, 12, INK, w, 110);
                }
                if (f.superseded()) {
                    centered(
                            c,
                            font,
                            "已被更正公告撤销  ·  Withdrawn by a published correction",
                            14,
                            new Color(0xB9, 0x1C, 0x1C),
                            w,
                            signed ? 172 : 140);
                }
                text(c, font, "验证码 Verification code: " + f.code(), 10, MUTED, 60, 60);
                String verify = publicUrl + "/certificates/" + f.code();
                text(c, font, verify, 10, MUTED, w - 60 - width(font, verify, 10), 60);
                qr(c, verify, w - 60 - QR_SIZE, 76);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The QR code's side in points: big enough for a phone camera at arm's length on A4. */
    static final float QR_SIZE = 72;

    /**
     * The verification address as a QR code, drawn as filled squares (vector, sharp at any zoom)
     * with its bottom-left corner at (x, y). Medium error correction survives a fold or a stamp.
     */
    private static void qr(PDPageContentStream c, String text, float x, float y) throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            java.util.Map.of(
                                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IllegalStateException("the verification address cannot be a QR code: " + text, e);
        }
        float module = QR_SIZE / matrix.getWidth();
        c.setNonStrokingColor(INK);
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int col = 0; col < matrix.getWidth(); col++) {
                if (matrix.get(col, row)) {
                    // PDF's y axis points up; the matrix's first row is the top of the code.
                    c.addRect(x + col * module, y + QR_SIZE - (row + 1) * module, module, module);
                }
            }
        }
        c.fill();
    }

    /**
     * The signer at the bottom centre: the signature image (at most 180 x 44 points) standing on a
     * line in the accent, the name under it and the title under that.
     */
    private static void signer(
            PDDocument doc, PDPageContentStream c, PDType0Font font, Signer s, Color lines, float pageWidth)
            throws IOException {
        float centre = pageWidth / 2;
        float line = 112;
        if (s.image() != null) {
            PDImageXObject image = PDImageXObject.createFromByteArray(doc, s.image(), "signature");
            float scale = Math.min(180f / image.getWidth(), 44f / image.getHeight());
            float width = image.getWidth() * scale;
            c.drawImage(image, centre - width / 2, line + 3, width, image.getHeight() * scale);
        }
        c.setStrokingColor(lines);
        c.setLineWidth(0.8f);
        c.moveTo(centre - 110, line);
        c.lineTo(centre + 110, line);
        c.stroke();
        if (!s.name().isBlank()) {
            centered(c, font, s.name(), 12, INK, pageWidth, line - 16);
        }
        if (!s.title().isBlank()) {
            centered(c, font, s.title(), 10, MUTED, pageWidth, line - 30);
        }
    }

    /** The program's logo in the top left corner, inside the frame, at most 150 x 64 points. */
    private static void logo(PDDocument doc, PDPageContentStream c, byte[] bytes, float pageHeight) throws IOException {
        PDImageXObject image = PDImageXObject.createFromByteArray(doc, bytes, "logo");
        float scale = Math.min(150f / image.getWidth(), 64f / image.getHeight());
        float width = image.getWidth() * scale;
        float height = image.getHeight() * scale;
        c.drawImage(image, 52, pageHeight - 52 - height, width, height);
    }

    private static TrueTypeFont first(TrueTypeCollection collection) throws IOException {
        TrueTypeFont[] found = new TrueTypeFont[1];
        collection.processAllFonts(t -> {
            if (found[0] == null) {
                found[0] = t;
            }
        });
        return found[0];
    }

    private static void centered(
            PDPageContentStream c, PDType0Font font, String s, float size, Color color, float pageWidth, float y)
            throws IOException {
        String safe = printable(font, s);
        float width = width(font, safe, size);
        float x = Math.max(48, (pageWidth - width) / 2);
        text(c, font, safe, size, color, x, y);
    }

    private static void text(
            PDPageContentStream c, PDType0Font font, String s, float size, Color color, float x, float y)
            throws IOException {
        c.beginText();
        c.setFont(font, size);
        c.setNonStrokingColor(color);
        c.newLineAtOffset(x, y);
        c.showText(printable(font, s));
        c.endText();
    }

    private static float width(PDType0Font font, String s, float size) throws IOException {
        return font.getStringWidth(printable(font, s)) / 1000 * size;
    }

    /** Characters the font cannot draw (emoji, rare scripts) become "?" rather than failing the certificate. */
    static String printable(PDType0Font font, String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                b.append(Character.isISOControl(cp) ? " " : ch);
            } catch (IOException | IllegalArgumentException e) {
                b.append('?');
            }
        });
        return b.toString();
    }
}
