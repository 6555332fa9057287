package org.journeystudio.render.scene;

import java.util.Arrays;

import org.journeystudio.render.Canvas;
import org.journeystudio.render.PathSpec;
import org.journeystudio.render.Rect;
import org.journeystudio.render.RgbColor;
import org.journeystudio.render.StrokeSpec;
import org.journeystudio.render.internal.Curves;

/**
 * A line through points ({@code x0, y0, x1, y1, ...}): straight segments, or a smooth curve
 * through every point (Catmull-Rom turned into cubic Béziers), optionally with an arrow head
 * at the last point and a round marker on every point. Immutable; the {@code with...} methods
 * make copies.
 */
public final class LineFigure implements Figure {

    /** A round dot drawn on every point, with a thin white ring that lifts it off the line. */
    public record Marker(double radius, RgbColor fill) {
    }

    private static final double MARKER_RING = 1.5;
    /** Lines with more points than this are drawn span by span where they meet the viewport. */
    private static final int CULL_FROM_POINTS = 32;

    private final double[] points;
    private final RgbColor colour;
    private final StrokeSpec stroke;
    private final boolean smooth;
    private final boolean arrow;
    private final Marker marker;
    private final Rect bounds;

    public LineFigure(double[] points, RgbColor colour, StrokeSpec stroke) {
        this(points.clone(), colour, stroke, false, false, null);
    }

    private LineFigure(double[] points, RgbColor colour, StrokeSpec stroke, boolean smooth, boolean arrow,
            Marker marker) {
        if (points.length < 4 || points.length % 2 != 0 || colour == null || stroke == null) {
            throw new IllegalArgumentException("a line needs at least two points, a colour and a stroke");
        }
        this.points = points;
        this.colour = colour;
        this.stroke = stroke;
        this.smooth = smooth;
        this.arrow = arrow;
        this.marker = marker;
        this.bounds = computeBounds();
    }

    /** The same line drawn as a smooth curve through its points. */
    public LineFigure smooth() {
        return new LineFigure(points, colour, stroke, true, arrow, marker);
    }

    /** The same line with an arrow head at its last point. */
    public LineFigure withArrowHead() {
        return new LineFigure(points, colour, stroke, smooth, true, marker);
    }

    public LineFigure withMarkers(Marker pointMarker) {
        return new LineFigure(points, colour, stroke, smooth, arrow, pointMarker);
    }

    private Rect computeBounds() {
        double reach = stroke.width() / 2;
        if (arrow) {
            reach = Math.max(reach, Curves.arrowLength(stroke.width()));
        }
        if (marker != null) {
            reach = Math.max(reach, marker.radius() + MARKER_RING);
        }
        Rect around = smooth ? Curves.catmullRom(points).bounds() : Curves.polylineBounds(points);
        return around.expand(reach);
    }

    @Override
    public Rect bounds() {
        return bounds;
    }

    @Override
    public void draw(Canvas canvas, Rect viewport) {
        if (!arrow && points.length / 2 > CULL_FROM_POINTS) {
            drawVisibleSpans(canvas, viewport);
        } else {
            drawWhole(canvas);
        }
        if (marker != null) {
            drawMarkers(canvas, viewport);
        }
    }

    /**
     * A long line (an emotion curve across thousands of steps) drawn from its first to its last span that
     * meets the viewport, so a frame costs what is visible, not what the map holds.
     */
    private void drawVisibleSpans(Canvas canvas, Rect viewport) {
        Rect area = viewport.expand(stroke.width());
        int first = -1;
        int last = -1;
        for (int i = 0; i < points.length / 2 - 1; i++) {
            if (Curves.spanBounds(points, i, smooth).intersects(area)) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return;
        }
        if (smooth) {
            canvas.strokePath(Curves.catmullRom(points, first, last + 1), colour, stroke);
        } else {
            canvas.strokePolyline(Arrays.copyOfRange(points, 2 * first, 2 * last + 4), colour, stroke);
        }
    }

    private void drawWhole(Canvas canvas) {
        double[] line = arrow ? Curves.shortenEnd(points, Curves.arrowLength(stroke.width()) * 0.6) : points;
        if (smooth) {
            PathSpec path = Curves.catmullRom(line);
            canvas.strokePath(path, colour, stroke);
        } else {
            canvas.strokePolyline(line, colour, stroke);
        }
        if (arrow) {
            canvas.fillPolygon(Curves.arrowHead(points, stroke.width()), colour);
        }
    }

    private void drawMarkers(Canvas canvas, Rect viewport) {
        double ring = marker.radius() + MARKER_RING;
        for (int i = 0; i < points.length; i += 2) {
            Rect outer = Rect.of(points[i] - ring, points[i + 1] - ring, 2 * ring, 2 * ring);
            if (outer.intersects(viewport)) {
                canvas.fillEllipse(outer, RgbColor.WHITE);
                canvas.fillEllipse(outer.expand(-MARKER_RING), marker.fill());
            }
        }
    }
}
