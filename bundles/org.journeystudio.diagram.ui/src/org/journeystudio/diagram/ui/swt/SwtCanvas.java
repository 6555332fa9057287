package org.journeystudio.diagram.ui.swt;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.LineAttributes;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.journeystudio.render.Canvas;
import org.journeystudio.render.FontSpec;
import org.journeystudio.render.PathSpec;
import org.journeystudio.render.Rect;
import org.journeystudio.render.RgbColor;
import org.journeystudio.render.StrokeSpec;
import org.journeystudio.render.TextMeasurer;

/**
 * The SWT back end of {@link Canvas}: draws on a {@link GC} with anti-aliasing, shapes as
 * {@link Path}s (so fractional coordinates and Bézier curves come out as the Java2D back end draws
 * them), transforms as GC {@link Transform}s, clips intersected in device space. Fonts, colours and
 * text metrics come from the page's {@link SwtResources}; this canvas owns none of them.
 */
public final class SwtCanvas implements Canvas {

    /** Circle approximation by cubic Béziers: control point distance for a quarter arc of radius 1. */
    private static final double KAPPA = 0.5522847498;

    /*
     * Far zoomed out (the whole of a map of thousands of steps), cards are a pixel or less: what cannot
     * be seen is left out, so that such a picture draws about as fast as a close one. A shape under
     * THIN pixels across one way loses its rounded corners, one under DOT pixels both ways its outline,
     * and text under LEGIBLE pixels high is not drawn.
     */
    private static final double THIN = 3;
    private static final double DOT = 1.5;
    private static final double LEGIBLE = 2.5;

    private final GC gc;
    private final SwtResources resources;
    private final Deque<float[]> transforms = new ArrayDeque<>();
    private final Deque<Rectangle> clips = new ArrayDeque<>();
    private final Map<StrokeSpec, LineAttributes> strokes = new HashMap<>();
    /** The current transform: scale and translation (only those two are ever composed). */
    private float[] current = {1, 0, 0, 1, 0, 0};
    private Rectangle clip;

    public SwtCanvas(GC gc, SwtResources resources) {
        this.gc = gc;
        this.resources = resources;
        gc.setAdvanced(true);
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        gc.setInterpolation(SWT.HIGH);
        Transform transform = new Transform(gc.getDevice());
        gc.getTransform(transform);
        transform.getElements(current);
        transform.dispose();
    }

    @Override
    public void fillRect(Rect r, RgbColor fill) {
        fill(path -> path.addRectangle((float) r.x(), (float) r.y(), (float) r.w(), (float) r.h()), fill);
    }

    @Override
    public void strokeRect(Rect r, RgbColor colour, StrokeSpec stroke) {
        if (dot(r)) {
            return;
        }
        stroke(path -> path.addRectangle((float) r.x(), (float) r.y(), (float) r.w(), (float) r.h()), colour, stroke);
    }

    @Override
    public void fillRoundRect(Rect r, double radius, RgbColor fill) {
        if (thin(r)) {
            fillRect(r, fill);
        } else {
            fill(path -> roundRect(path, r, radius), fill);
        }
    }

    @Override
    public void strokeRoundRect(Rect r, double radius, RgbColor colour, StrokeSpec stroke) {
        if (thin(r)) {
            strokeRect(r, colour, stroke);
        } else {
            stroke(path -> roundRect(path, r, radius), colour, stroke);
        }
    }

    @Override
    public void fillEllipse(Rect r, RgbColor fill) {
        if (thin(r)) {
            fillRect(r, fill);
        } else {
            fill(path -> ellipse(path, r), fill);
        }
    }

    @Override
    public void strokeEllipse(Rect r, RgbColor colour, StrokeSpec stroke) {
        if (thin(r)) {
            strokeRect(r, colour, stroke);
        } else {
            stroke(path -> ellipse(path, r), colour, stroke);
        }
    }

    private boolean thin(Rect r) {
        return Math.min(r.w(), r.h()) * current[0] < THIN;
    }

    private boolean dot(Rect r) {
        return Math.max(r.w(), r.h()) * current[0] < DOT;
    }

    @Override
    public void fillPolygon(double[] xy, RgbColor fill) {
        fill(path -> polyline(path, xy, true), fill);
    }

    @Override
    public void strokePolygon(double[] xy, RgbColor colour, StrokeSpec stroke) {
        stroke(path -> polyline(path, xy, true), colour, stroke);
    }

    @Override
    public void strokePolyline(double[] xy, RgbColor colour, StrokeSpec stroke) {
        stroke(path -> polyline(path, xy, false), colour, stroke);
    }

    @Override
    public void fillPath(PathSpec spec, RgbColor fill) {
        fill(path -> spec.visit(new PathBuilder(path)), fill);
    }

    @Override
    public void strokePath(PathSpec spec, RgbColor colour, StrokeSpec stroke) {
        stroke(path -> spec.visit(new PathBuilder(path)), colour, stroke);
    }

    @Override
    public void drawText(String text, double x, double baseline, FontSpec font, RgbColor colour) {
        if (font.size() * current[0] < LEGIBLE) {
            return;
        }
        gc.setFont(resources.font(font));
        gc.setForeground(resources.colour(colour));
        gc.setAlpha(colour.a());
        double top = baseline - resources.measurer().ascent(font);
        gc.drawString(text, (int) Math.round(x), (int) Math.round(top), true);
    }

    @Override
    public void pushClip(Rect r) {
        Rectangle device = toDevice(r);
        clips.push(clip == null ? new Rectangle(0, 0, -1, -1) : clip);
        clip = clip == null ? device : clip.intersection(device);
        applyClip();
    }

    @Override
    public void popClip() {
        Rectangle previous = clips.pop();
        clip = previous.width < 0 ? null : previous;
        applyClip();
    }

    @Override
    public void pushTransform(double dx, double dy, double scale) {
        transforms.push(current.clone());
        float s = current[0];
        current = new float[] {(float) (s * scale), 0, 0, (float) (s * scale),
            (float) (current[4] + s * dx), (float) (current[5] + s * dy)};
        applyTransform();
    }

    @Override
    public void popTransform() {
        current = transforms.pop();
        applyTransform();
    }

    @Override
    public void beginGroup(String id, String cssClass) {
        // A screen has no groups; selection is drawn by the editor on top.
    }

    @Override
    public void endGroup() {
        // A screen has no groups.
    }

    @Override
    public TextMeasurer measurer() {
        return resources.measurer();
    }

    private void fill(Consumer<Path> shape, RgbColor colour) {
        Path path = new Path(gc.getDevice());
        try {
            shape.accept(path);
            gc.setBackground(resources.colour(colour));
            gc.setAlpha(colour.a());
            gc.fillPath(path);
        } finally {
            path.dispose();
        }
    }

    private void stroke(Consumer<Path> shape, RgbColor colour, StrokeSpec stroke) {
        Path path = new Path(gc.getDevice());
        try {
            shape.accept(path);
            gc.setForeground(resources.colour(colour));
            gc.setAlpha(colour.a());
            gc.setLineAttributes(strokes.computeIfAbsent(stroke, SwtCanvas::lineAttributes));
            gc.drawPath(path);
        } finally {
            path.dispose();
        }
    }

    private static LineAttributes lineAttributes(StrokeSpec stroke) {
        float[] dash = stroke.dash().pattern(stroke.width());
        return new LineAttributes((float) stroke.width(), SWT.CAP_ROUND, SWT.JOIN_ROUND,
                dash == null ? SWT.LINE_SOLID : SWT.LINE_CUSTOM, dash, 0, 10);
    }

    private void applyTransform() {
        Transform transform = new Transform(gc.getDevice(), current);
        gc.setTransform(transform);
        transform.dispose();
    }

    /** Clips are set in device space: without a transform in force, so none applies to them twice. */
    private void applyClip() {
        gc.setTransform(null);
        if (clip == null) {
            gc.setClipping((Rectangle) null);
        } else {
            gc.setClipping(clip);
        }
        applyTransform();
    }

    private Rectangle toDevice(Rect r) {
        double s = current[0];
        int x = (int) Math.floor(current[4] + s * r.x());
        int y = (int) Math.floor(current[5] + s * r.y());
        int maxX = (int) Math.ceil(current[4] + s * r.maxX());
        int maxY = (int) Math.ceil(current[5] + s * r.maxY());
        return new Rectangle(x, y, maxX - x, maxY - y);
    }

    private static void roundRect(Path path, Rect r, double radius) {
        double rad = Math.min(radius, Math.min(r.w(), r.h()) / 2);
        double k = rad * (1 - KAPPA);
        float x = (float) r.x();
        float y = (float) r.y();
        float maxX = (float) r.maxX();
        float maxY = (float) r.maxY();
        float rr = (float) rad;
        float kk = (float) k;
        path.moveTo(x + rr, y);
        path.lineTo(maxX - rr, y);
        path.cubicTo(maxX - kk, y, maxX, y + kk, maxX, y + rr);
        path.lineTo(maxX, maxY - rr);
        path.cubicTo(maxX, maxY - kk, maxX - kk, maxY, maxX - rr, maxY);
        path.lineTo(x + rr, maxY);
        path.cubicTo(x + kk, maxY, x, maxY - kk, x, maxY - rr);
        path.lineTo(x, y + rr);
        path.cubicTo(x, y + kk, x + kk, y, x + rr, y);
        path.close();
    }

    private static void ellipse(Path path, Rect r) {
        path.addArc((float) r.x(), (float) r.y(), (float) r.w(), (float) r.h(), 0, 360);
        path.close();
    }

    private static void polyline(Path path, double[] xy, boolean closed) {
        path.moveTo((float) xy[0], (float) xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            path.lineTo((float) xy[i], (float) xy[i + 1]);
        }
        if (closed) {
            path.close();
        }
    }

    /** Replays a {@link PathSpec} into an SWT path. */
    private record PathBuilder(Path path) implements PathSpec.Visitor {
        @Override
        public void moveTo(double x, double y) {
            path.moveTo((float) x, (float) y);
        }

        @Override
        public void lineTo(double x, double y) {
            path.lineTo((float) x, (float) y);
        }

        @Override
        public void curveTo(double x1, double y1, double x2, double y2, double x, double y) {
            path.cubicTo((float) x1, (float) y1, (float) x2, (float) y2, (float) x, (float) y);
        }

        @Override
        public void close() {
            path.close();
        }
    }
}
