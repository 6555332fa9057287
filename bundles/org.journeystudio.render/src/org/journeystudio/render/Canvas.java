package org.journeystudio.render;

/**
 * The one small drawing interface of Journey Studio (DESIGN.md §5). Scenes, figures and icons
 * draw only through it; the Java2D back end (PNG, SVG, PDF) and the SWT back end of the editor
 * implement it. Coordinates are in the current user space: scene units transformed by the
 * {@link #pushTransform(double, double, double) transforms} in force.
 *
 * <p>Polygons and polylines take their points as {@code x0, y0, x1, y1, ...}. Outlines are
 * stroked with round ends and joins. Push and pop calls must nest.
 */
public interface Canvas {

    void fillRect(Rect r, RgbColor fill);

    void strokeRect(Rect r, RgbColor colour, StrokeSpec stroke);

    /** A rectangle whose corners are quarter circles of the given radius. */
    void fillRoundRect(Rect r, double radius, RgbColor fill);

    void strokeRoundRect(Rect r, double radius, RgbColor colour, StrokeSpec stroke);

    /** The ellipse inscribed in {@code r}. */
    void fillEllipse(Rect r, RgbColor fill);

    void strokeEllipse(Rect r, RgbColor colour, StrokeSpec stroke);

    void fillPolygon(double[] xy, RgbColor fill);

    void strokePolygon(double[] xy, RgbColor colour, StrokeSpec stroke);

    /** An open line through the points. */
    void strokePolyline(double[] xy, RgbColor colour, StrokeSpec stroke);

    void fillPath(PathSpec path, RgbColor fill);

    void strokePath(PathSpec path, RgbColor colour, StrokeSpec stroke);

    /** One line of text starting at {@code x} with its baseline at {@code baseline}; kept as text where the format can. */
    void drawText(String text, double x, double baseline, FontSpec font, RgbColor colour);

    /** Restricts drawing to {@code r} (intersected with any clip in force) until the matching {@link #popClip()}. */
    void pushClip(Rect r);

    void popClip();

    /** Moves the origin by {@code (dx, dy)}, then scales by {@code scale}, until the matching {@link #popTransform()}. */
    void pushTransform(double dx, double dy, double scale);

    void popTransform();

    /** Opens a named group (an SVG {@code <g id=.. class=..>}); {@code cssClass} may be null. */
    void beginGroup(String id, String cssClass);

    void endGroup();

    /** Measures text exactly as this canvas draws it. */
    TextMeasurer measurer();
}
