package org.journeystudio.render.internal;

import org.journeystudio.render.Canvas;
import org.journeystudio.render.Rect;
import org.journeystudio.render.RgbColor;
import org.journeystudio.render.StrokeSpec;
import org.journeystudio.render.scene.ShapeKind;

/** Fills, strokes and shadows the outline of a {@link ShapeKind} fitted to a box. */
public final class ShapeOutline {

    /** The shadow's tint: a cool dark slate reads softer on white than black does. */
    private static final RgbColor SHADOW = RgbColor.rgb(15, 23, 42);
    private static final int SHADOW_LAYERS = 4;
    private static final int SHADOW_LAYER_ALPHA = 11;

    private final ShapeKind kind;
    private final double cornerRadius;

    public ShapeOutline(ShapeKind kind, double cornerRadius) {
        this.kind = kind;
        this.cornerRadius = cornerRadius;
    }

    public void fill(Canvas canvas, Rect box, RgbColor colour) {
        switch (kind) {
            case RECTANGLE -> canvas.fillRect(box, colour);
            case ROUNDED -> canvas.fillRoundRect(box, radius(box), colour);
            case ELLIPSE -> canvas.fillEllipse(box, colour);
            case DIAMOND -> canvas.fillPolygon(diamond(box), colour);
            default -> {
                canvas.fillPolygon(note(box), colour);
                canvas.fillPolygon(fold(box), colour.darker(0.12));
            }
        }
    }

    public void stroke(Canvas canvas, Rect box, RgbColor colour, StrokeSpec pen) {
        switch (kind) {
            case RECTANGLE -> canvas.strokeRect(box, colour, pen);
            case ROUNDED -> canvas.strokeRoundRect(box, radius(box), colour, pen);
            case ELLIPSE -> canvas.strokeEllipse(box, colour, pen);
            case DIAMOND -> canvas.strokePolygon(diamond(box), colour, pen);
            default -> {
                canvas.strokePolygon(note(box), colour, pen);
                canvas.strokePolyline(fold(box), colour, pen);
            }
        }
    }

    /**
     * A soft drop shadow: a few translucent copies of the outline, each a little smaller, so the
     * edge fades out over {@code blur} units. Plain fills keep it vector in SVG and PDF.
     */
    public void shadow(Canvas canvas, Rect box, double blur) {
        RgbColor layer = SHADOW.withAlpha(SHADOW_LAYER_ALPHA);
        ShapeOutline plain = kind == ShapeKind.NOTE ? new ShapeOutline(ShapeKind.RECTANGLE, 0) : this;
        for (int i = 0; i < SHADOW_LAYERS; i++) {
            double grow = blur * (SHADOW_LAYERS - i) / SHADOW_LAYERS - blur / 2;
            ShapeOutline grown = plain.kind == ShapeKind.ROUNDED
                    ? new ShapeOutline(ShapeKind.ROUNDED, Math.max(0, cornerRadius + grow)) : plain;
            grown.fill(canvas, box.expand(grow), layer);
        }
    }

    private double radius(Rect box) {
        return Math.min(cornerRadius, Math.min(box.w(), box.h()) / 2);
    }

    private static double[] diamond(Rect b) {
        return new double[] {b.centerX(), b.y(), b.maxX(), b.centerY(), b.centerX(), b.maxY(), b.x(), b.centerY()};
    }

    private static double foldSize(Rect b) {
        return Math.min(14, Math.min(b.w(), b.h()) / 4);
    }

    private static double[] note(Rect b) {
        double f = foldSize(b);
        return new double[] {b.x(), b.y(), b.maxX() - f, b.y(), b.maxX(), b.y() + f, b.maxX(), b.maxY(), b.x(), b.maxY()};
    }

    private static double[] fold(Rect b) {
        double f = foldSize(b);
        return new double[] {b.maxX() - f, b.y(), b.maxX() - f, b.y() + f, b.maxX(), b.y() + f};
    }
}
