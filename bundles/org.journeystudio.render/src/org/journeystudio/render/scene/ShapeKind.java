package org.journeystudio.render.scene;

/** The outlines a {@link ShapeFigure} can have (the node shapes of DESIGN.md §5). */
public enum ShapeKind {
    RECTANGLE,
    /** A card: rectangle with rounded corners. */
    ROUNDED,
    ELLIPSE,
    DIAMOND,
    /** A sheet with its top right corner folded over (dog-ear). */
    NOTE
}
