package org.journeystudio.render.scene;

import org.journeystudio.render.Canvas;
import org.journeystudio.render.Rect;

/** One entry of a {@link Scene}'s display list. */
public sealed interface Figure permits ShapeFigure, TextFigure, LineFigure, IconFigure, GroupFigure {

    /** Everything the figure may paint (shadows, arrow heads and pen width included), in scene units. */
    Rect bounds();

    /** Paints the figure; parts wholly outside {@code viewport} may be skipped. */
    void draw(Canvas canvas, Rect viewport);
}
