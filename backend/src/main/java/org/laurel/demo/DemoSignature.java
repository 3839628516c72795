package org.laurel.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * A made-up handwritten flourish for the demo contest's certificates, drawn at seeding time so the
 * demo shows a signed certificate without shipping anyone's real signature.
 */
final class DemoSignature {

    private DemoSignature() {}

    /** A transparent PNG, 480 x 160: ink strokes only, as a scanned signature with its background removed. */
    static byte[] png() {
        BufferedImage image = new BufferedImage(480, 160, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(0x1B, 0x2A, 0x4A));
            g.setStroke(new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            Path2D ink = new Path2D.Double();
            ink.moveTo(30, 110);
            ink.curveTo(60, 20, 110, 20, 95, 95);
            ink.curveTo(85, 140, 140, 60, 165, 80);
            ink.curveTo(185, 100, 200, 70, 225, 75);
            ink.curveTo(250, 80, 245, 115, 275, 95);
            ink.curveTo(300, 75, 320, 60, 345, 90);
            ink.curveTo(365, 115, 400, 70, 445, 60);
            g.draw(ink);
            g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new java.awt.geom.CubicCurve2D.Double(60, 130, 160, 118, 300, 122, 420, 112));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
