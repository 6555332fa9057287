package org.journeystudio.render.scene;

import org.journeystudio.render.Canvas;
import org.journeystudio.render.Rect;
import org.journeystudio.render.StrokeSpec;
import org.journeystudio.render.internal.ShapeOutline;

/** A node shape: its outline fitted to {@code box}, painted with a {@link ShapeStyle}. */
public record ShapeFigure(ShapeKind kind, Rect box, ShapeStyle style) implements Figure {

    /** How far below the shape its shadow falls, and how far the shadow's blur reaches beyond it. */
    static final double SHADOW_OFFSET = 2;
    static final double SHADOW_BLUR = 4;

    public ShapeFigure {
        if (kind == null || box == null || style == null) {
            throw new IllegalArgumentException("shape needs a kind, a box and a style");
        }
    }

    @Override
    public Rect bounds() {
        Rect painted = box.expand(style.hasBorder() ? style.borderWidth() / 2 : 0);
        return style.shadow() ? painted.union(box.translate(0, SHADOW_OFFSET).expand(SHADOW_BLUR)) : painted;
    }

    @Override
    public void draw(Canvas canvas, Rect viewport) {
        ShapeOutline outline = new ShapeOutline(kind, style.cornerRadius());
        if (style.shadow()) {
            outline.shadow(canvas, box.translate(0, SHADOW_OFFSET), SHADOW_BLUR);
        }
        if (style.fill() != null) {
            outline.fill(canvas, box, style.fill());
        }
        if (style.hasBorder()) {
            outline.stroke(canvas, box, style.border(), new StrokeSpec(style.borderWidth(), style.borderDash()));
        }
    }
}
