package org.journeystudio.render.java2d;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;
import org.journeystudio.render.Rect;
import org.journeystudio.render.TextMeasurer;
import org.journeystudio.render.internal.Headless;
import org.journeystudio.render.internal.SvgCanvas;
import org.journeystudio.render.internal.SvgNumbers;
import org.journeystudio.render.scene.Figure;
import org.journeystudio.render.scene.GroupFigure;
import org.journeystudio.render.scene.Scene;

/**
 * Writes a scene as an SVG document through JFreeSVG: shapes as SVG shapes, text as
 * {@code <text>} elements (selectable, searchable, translatable), groups as
 * {@code <g id=.. class=..>}. One scene unit is one SVG user unit.
 */
public final class SvgExporter {

    private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final int CHARS_PER_FIGURE = 1_000;

    private final TextMeasurer measurer;

    public SvgExporter() {
        Headless.ensure();
        this.measurer = Java2dCanvas.newMeasurer();
    }

    /**
     * The SVG document for the scene's bounds: the {@code <svg>} element with width, height and
     * a view box (so it scales). Neither XML declaration nor DOCTYPE: a UTF-8 SVG file needs
     * neither, parsers that refuse DTDs for safety can read it, and a large document is not
     * copied once more to put a declaration in front ({@link #write} writes one).
     */
    public String toSvg(Scene scene) {
        Rect bounds = scene.bounds();
        double width = Math.max(1, bounds.w());
        double height = Math.max(1, bounds.h());
        SVGGraphics2D g = new SVGGraphics2D(width, height, null, new StringBuilder(estimatedLength(scene)));
        g.setGeomDoubleConverter(value -> SvgNumbers.format(value, 2));
        g.setTransformDoubleConverter(value -> SvgNumbers.format(value, 5));
        g.translate(-bounds.x(), -bounds.y());
        scene.draw(new SvgCanvas(g, measurer));
        return g.getSVGElement(null, true, new ViewBox(0, 0, width, height), null, null);
    }

    /**
     * Room for the SVG text of the scene, so that the buffer of a large export is not grown and
     * copied again and again: up to a thousand characters per figure, as styled shapes take.
     */
    private static int estimatedLength(Scene scene) {
        long figures = 0;
        for (Figure figure : scene.figures()) {
            figures += leaves(figure);
        }
        return (int) Math.min(Integer.MAX_VALUE - 64, 4_096 + figures * CHARS_PER_FIGURE);
    }

    private static long leaves(Figure figure) {
        if (figure instanceof GroupFigure group) {
            long count = 0;
            for (Figure child : group.children()) {
                count += leaves(child);
            }
            return count;
        }
        return 1;
    }

    /** The SVG document, with an XML declaration, in UTF-8. */
    public void write(Scene scene, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(XML_DECLARATION);
        writer.write(toSvg(scene));
        writer.write('\n');
        writer.flush();
    }

    public void write(Scene scene, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(scene, out);
        }
    }
}
