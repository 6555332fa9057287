package org.journeystudio.render.scene;

import org.journeystudio.render.RgbColor;
import org.journeystudio.render.StrokeSpec;

/**
 * How a shape is painted: fill and border (either may be null for none), border width,
 * corner radius (for {@link ShapeKind#ROUNDED}), whether it casts a soft drop shadow, and the
 * border's dash pattern.
 */
public record ShapeStyle(RgbColor fill, RgbColor border, double borderWidth, double cornerRadius, boolean shadow,
        StrokeSpec.Dash borderDash) {

    public ShapeStyle {
        if (borderWidth < 0 || cornerRadius < 0) {
            throw new IllegalArgumentException("negative border width or corner radius");
        }
        if (borderDash == null) {
            throw new IllegalArgumentException("no border dash pattern");
        }
    }

    /** A shape with a solid border. */
    public ShapeStyle(RgbColor fill, RgbColor border, double borderWidth, double cornerRadius, boolean shadow) {
        this(fill, border, borderWidth, cornerRadius, shadow, StrokeSpec.Dash.SOLID);
    }

    /** A filled shape with a one-unit border, 8-unit corners and no shadow. */
    public static ShapeStyle filled(RgbColor fill, RgbColor border) {
        return new ShapeStyle(fill, border, border == null ? 0 : 1, 8, false);
    }

    public ShapeStyle withShadow() {
        return new ShapeStyle(fill, border, borderWidth, cornerRadius, true, borderDash);
    }

    public ShapeStyle withCornerRadius(double radius) {
        return new ShapeStyle(fill, border, borderWidth, radius, shadow, borderDash);
    }

    public ShapeStyle withBorderWidth(double width) {
        return new ShapeStyle(fill, border, width, cornerRadius, shadow, borderDash);
    }

    /** The same style with a dashed or dotted border (a skipped step, a planned one). */
    public ShapeStyle withBorderDash(StrokeSpec.Dash dash) {
        return new ShapeStyle(fill, border, borderWidth, cornerRadius, shadow, dash);
    }

    boolean hasBorder() {
        return border != null && borderWidth > 0;
    }
}
