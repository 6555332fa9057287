package org.journeystudio.render.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

import org.journeystudio.render.Rect;
import org.journeystudio.render.RgbColor;
import org.journeystudio.render.StrokeSpec;
import org.journeystudio.render.java2d.Java2dCanvas;
import org.journeystudio.render.scene.LineFigure;
import org.junit.jupiter.api.Test;

/** A long line (an emotion curve over thousands of steps) drawn only where it meets the viewport, and the same there. */
class LongLineCullingTest {

    private static final int WIDTH = 1280;
    private static final int HEIGHT = 300;

    @Test
    void visibleSpansOfALongCurveLookExactlyLikeTheWholeCurve() {
        double[] points = new double[2 * 400];
        for (int i = 0; i < 400; i++) {
            points[2 * i] = i * 50.0;
            points[2 * i + 1] = 150 + 100 * Math.sin(i * 0.7);
        }
        for (LineFigure line : new LineFigure[] {new LineFigure(points, RgbColor.BLACK, StrokeSpec.solid(2)).smooth(),
            new LineFigure(points, RgbColor.BLACK, StrokeSpec.solid(2))}) {
            BufferedImage whole = draw(line, line.bounds());
            BufferedImage window = draw(line, Rect.of(0, 0, WIDTH, HEIGHT));
            int differ = 0;
            int inked = 0;
            for (int y = 0; y < HEIGHT; y++) {
                for (int x = 0; x < WIDTH; x++) {
                    differ += whole.getRGB(x, y) == window.getRGB(x, y) ? 0 : 1;
                    inked += window.getRGB(x, y) == 0 ? 0 : 1;
                }
            }
            assertEquals(0, differ, "the culled line draws the same pixels in the window");
            assertTrue(inked > 1000, "and draws something: " + inked);
        }
    }

    private static BufferedImage draw(LineFigure line, Rect viewport) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        line.draw(new Java2dCanvas(g), viewport);
        g.dispose();
        return image;
    }
}
