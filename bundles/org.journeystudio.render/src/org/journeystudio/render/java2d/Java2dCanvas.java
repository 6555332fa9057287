package org.journeystudio.render.java2d;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

import org.journeystudio.render.CachedTextMeasurer;
import org.journeystudio.render.Canvas;
import org.journeystudio.render.FontSpec;
import org.journeystudio.render.PathSpec;
import org.journeystudio.render.Rect;
import org.journeystudio.render.RgbColor;
import org.journeystudio.render.StrokeSpec;
import org.journeystudio.render.TextMeasurer;
import org.journeystudio.render.internal.AwtFonts;

/**
 * The Java2D back end of {@link Canvas}: draws on any {@link Graphics2D} (a raster image, a
 * JFreeSVG or OpenPDF graphics) with anti-aliased shapes and text, pure strokes and fractional
 * font metrics, so text lands where the {@link #measurer() measurer} says. Groups are ignored
 * here; the SVG exporter's canvas writes them.
 */
public class Java2dCanvas implements Canvas {

    /** Stands for "no clip" on the clip stack, which holds no nulls. */
    private static final Shape NO_CLIP = new Rectangle2D.Double();

    private final Graphics2D g;
    private final TextMeasurer measurer;
    private final Deque<Shape> clips = new ArrayDeque<>();
    private final Deque<AffineTransform> transforms = new ArrayDeque<>();
    private final Map<StrokeSpec, BasicStroke> strokes = new HashMap<>();

    /** A canvas with a fresh measurer of its own. */
    public Java2dCanvas(Graphics2D g) {
        this(g, newMeasurer());
    }

    /** A canvas sharing a measurer (one per thread) with others, so its cache is filled once. */
    public Java2dCanvas(Graphics2D g, TextMeasurer measurer) {
        this.g = g;
        this.measurer = measurer;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }

    /** A measurer of AWT fonts that agrees with this canvas's drawing (cached per font and code point). */
    public static TextMeasurer newMeasurer() {
        return new CachedTextMeasurer(new AwtFonts());
    }

    protected final Graphics2D graphics() {
        return g;
    }

    @Override
    public void fillRect(Rect r, RgbColor fill) {
        fill(rectangle(r), fill);
    }

    @Override
    public void strokeRect(Rect r, RgbColor colour, StrokeSpec stroke) {
        draw(rectangle(r), colour, stroke);
    }

    @Override
    public void fillRoundRect(Rect r, double radius, RgbColor fill) {
        fill(roundRectangle(r, radius), fill);
    }

    @Override
    public void strokeRoundRect(Rect r, double radius, RgbColor colour, StrokeSpec stroke) {
        draw(roundRectangle(r, radius), colour, stroke);
    }

    @Override
    public void fillEllipse(Rect r, RgbColor fill) {
        fill(new Ellipse2D.Double(r.x(), r.y(), r.w(), r.h()), fill);
    }

    @Override
    public void strokeEllipse(Rect r, RgbColor colour, StrokeSpec stroke) {
        draw(new Ellipse2D.Double(r.x(), r.y(), r.w(), r.h()), colour, stroke);
    }

    @Override
    public void fillPolygon(double[] xy, RgbColor fill) {
        fill(polyline(xy, true), fill);
    }

    @Override
    public void strokePolygon(double[] xy, RgbColor colour, StrokeSpec stroke) {
        draw(polyline(xy, true), colour, stroke);
    }

    @Override
    public void strokePolyline(double[] xy, RgbColor colour, StrokeSpec stroke) {
        draw(polyline(xy, false), colour, stroke);
    }

    @Override
    public void fillPath(PathSpec path, RgbColor fill) {
        fill(path2d(path), fill);
    }

    @Override
    public void strokePath(PathSpec path, RgbColor colour, StrokeSpec stroke) {
        draw(path2d(path), colour, stroke);
    }

    @Override
    public void drawText(String text, double x, double baseline, FontSpec font, RgbColor colour) {
        g.setFont(AwtFonts.font(font));
        g.setColor(color(colour));
        g.drawString(text, (float) x, (float) baseline);
    }

    @Override
    public void pushClip(Rect r) {
        clips.push(g.getClip() == null ? NO_CLIP : g.getClip());
        g.clip(rectangle(r));
    }

    @Override
    public void popClip() {
        Shape previous = clips.pop();
        g.setClip(previous == NO_CLIP ? null : previous);
    }

    @Override
    public void pushTransform(double dx, double dy, double scale) {
        transforms.push(g.getTransform());
        g.translate(dx, dy);
        g.scale(scale, scale);
    }

    @Override
    public void popTransform() {
        g.setTransform(transforms.pop());
    }

    @Override
    public void beginGroup(String id, String cssClass) {
        // Raster and PDF output have no groups.
    }

    @Override
    public void endGroup() {
        // Raster and PDF output have no groups.
    }

    @Override
    public TextMeasurer measurer() {
        return measurer;
    }

    private void fill(Shape shape, RgbColor colour) {
        g.setColor(color(colour));
        g.fill(shape);
    }

    private void draw(Shape shape, RgbColor colour, StrokeSpec stroke) {
        g.setColor(color(colour));
        g.setStroke(strokes.computeIfAbsent(stroke, s -> new BasicStroke((float) s.width(), BasicStroke.CAP_ROUND,
                BasicStroke.JOIN_ROUND, 10f, s.dash().pattern(s.width()), 0f)));
        g.draw(shape);
    }

    private static Color color(RgbColor c) {
        return new Color(c.r(), c.g(), c.b(), c.a());
    }

    private static Rectangle2D rectangle(Rect r) {
        return new Rectangle2D.Double(r.x(), r.y(), r.w(), r.h());
    }

    private static Shape roundRectangle(Rect r, double radius) {
        return new RoundRectangle2D.Double(r.x(), r.y(), r.w(), r.h(), 2 * radius, 2 * radius);
    }

    private static Path2D polyline(double[] xy, boolean closed) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO, xy.length / 2 + 1);
        path.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            path.lineTo(xy[i], xy[i + 1]);
        }
        if (closed) {
            path.closePath();
        }
        return path;
    }

    private static Path2D path2d(PathSpec spec) {
        Path2D.Double path = new Path2D.Double();
        spec.visit(new PathSpec.Visitor() {
            @Override
            public void moveTo(double x, double y) {
                path.moveTo(x, y);
            }

            @Override
            public void lineTo(double x, double y) {
                path.lineTo(x, y);
            }

            @Override
            public void curveTo(double x1, double y1, double x2, double y2, double x, double y) {
                path.curveTo(x1, y1, x2, y2, x, y);
            }

            @Override
            public void close() {
                path.closePath();
            }
        });
        return path;
    }
}
