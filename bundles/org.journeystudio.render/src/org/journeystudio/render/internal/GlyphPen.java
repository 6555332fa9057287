package org.journeystudio.render.internal;

import java.util.function.Consumer;

import org.journeystudio.render.Canvas;
import org.journeystudio.render.PathSpec;
import org.journeystudio.render.Rect;
import org.journeystudio.render.RgbColor;
import org.journeystudio.render.StrokeSpec;

/**
 * Draws icon glyphs designed on a 24 x 24 grid with a 2-unit round pen (the proportions of
 * common outline icon sets, legible from 14 to 24 pixels), scaled into any square box.
 */
public final class GlyphPen {

    /** The design grid of every glyph. */
    public static final double GRID = 24;
    private static final StrokeSpec PEN = StrokeSpec.solid(2);

    private final Canvas canvas;
    private final RgbColor colour;

    private GlyphPen(Canvas canvas, RgbColor colour) {
        this.canvas = canvas;
        this.colour = colour;
    }

    /** Runs {@code drawing} with a pen whose grid is fitted, centred, into {@code box}. */
    public static void draw(Canvas canvas, Rect box, RgbColor colour, Consumer<GlyphPen> drawing) {
        double scale = Math.min(box.w(), box.h()) / GRID;
        canvas.pushTransform(box.centerX() - scale * GRID / 2, box.centerY() - scale * GRID / 2, scale);
        try {
            drawing.accept(new GlyphPen(canvas, colour));
        } finally {
            canvas.popTransform();
        }
    }

    public GlyphPen circle(double cx, double cy, double r) {
        canvas.strokeEllipse(Rect.of(cx - r, cy - r, 2 * r, 2 * r), colour, PEN);
        return this;
    }

    public GlyphPen ellipse(double x, double y, double w, double h) {
        canvas.strokeEllipse(Rect.of(x, y, w, h), colour, PEN);
        return this;
    }

    public GlyphPen dot(double cx, double cy, double r) {
        canvas.fillEllipse(Rect.of(cx - r, cy - r, 2 * r, 2 * r), colour);
        return this;
    }

    public GlyphPen line(double... xy) {
        canvas.strokePolyline(xy, colour, PEN);
        return this;
    }

    public GlyphPen polygon(double... xy) {
        canvas.strokePolygon(xy, colour, PEN);
        return this;
    }

    public GlyphPen solidPolygon(double... xy) {
        canvas.fillPolygon(xy, colour);
        canvas.strokePolygon(xy, colour, PEN);
        return this;
    }

    public GlyphPen roundRect(double x, double y, double w, double h, double r) {
        canvas.strokeRoundRect(Rect.of(x, y, w, h), r, colour, PEN);
        return this;
    }

    public GlyphPen path(PathSpec path) {
        canvas.strokePath(path, colour, PEN);
        return this;
    }

    /** A head-and-shoulders bust: head of radius {@code r} centred at {@code (cx, cy)}, shoulders below to {@code bottom}. */
    public GlyphPen bust(double cx, double cy, double r, double bottom) {
        circle(cx, cy, r);
        double half = r * 2;
        double top = cy + r * 1.75;
        return path(PathSpec.builder().moveTo(cx - half, bottom)
                .curveTo(cx - half, top + 1, cx - half * 0.55, top, cx, top)
                .curveTo(cx + half * 0.55, top, cx + half, top + 1, cx + half, bottom).build());
    }
}
