package org.journeystudio.render.java2d;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.journeystudio.render.Rect;
import org.journeystudio.render.internal.Headless;
import org.journeystudio.render.scene.Scene;

/**
 * Renders a scene to a PNG on white: the image covers the scene's bounds at a scale factor
 * (2 by default, crisp on high-density screens and when zoomed in a document).
 */
public final class PngExporter {

    /** 100 million pixels, 400 MB of image: past that a raster is the wrong format (use SVG or PDF). */
    public static final long MAX_PIXELS = 100_000_000L;

    private final double scale;

    public PngExporter() {
        this(2);
    }

    public PngExporter(double scale) {
        if (!(scale > 0)) {
            throw new IllegalArgumentException("scale must be positive: " + scale);
        }
        this.scale = scale;
        Headless.ensure();
    }

    /**
     * The scene as an opaque RGB image of {@code ceil(bounds * scale)} pixels (at least one).
     *
     * @throws IllegalArgumentException when that is more than {@link #MAX_PIXELS}
     */
    public BufferedImage render(Scene scene) {
        Rect bounds = scene.bounds();
        double widthPx = Math.max(1, Math.ceil(bounds.w() * scale));
        double heightPx = Math.max(1, Math.ceil(bounds.h() * scale));
        if (widthPx * heightPx > MAX_PIXELS) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "a %.0f x %.0f pixel PNG is too large (at most %,d pixels): export SVG or PDF, or lower the scale",
                    widthPx, heightPx, MAX_PIXELS));
        }
        int width = (int) widthPx;
        int height = (int) heightPx;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.scale(scale, scale);
            g.translate(-bounds.x(), -bounds.y());
            scene.draw(new Java2dCanvas(g));
        } finally {
            g.dispose();
        }
        return image;
    }

    public void write(Scene scene, OutputStream out) throws IOException {
        if (!ImageIO.write(render(scene), "png", out)) {
            throw new IOException("no PNG writer in this Java runtime");
        }
    }

    public void write(Scene scene, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(scene, out);
        }
    }
}
