package org.journeystudio.render.scene;

import org.journeystudio.render.Canvas;
import org.journeystudio.render.Rect;
import org.journeystudio.render.RgbColor;
import org.journeystudio.render.icons.Glyph;

/** A vector glyph fitted into a square {@code box}, drawn in one colour. */
public record IconFigure(Glyph glyph, Rect box, RgbColor colour) implements Figure {

    public IconFigure {
        if (glyph == null || box == null || colour == null) {
            throw new IllegalArgumentException("icon needs a glyph, a box and a colour");
        }
    }

    @Override
    public Rect bounds() {
        return box;
    }

    @Override
    public void draw(Canvas canvas, Rect viewport) {
        glyph.paint(canvas, box, colour);
    }
}
