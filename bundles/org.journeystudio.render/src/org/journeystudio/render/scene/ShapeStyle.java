package org.journeystudio.render.scene;

import org.journeystudio.render.RgbColor;

/**
 * How a shape is painted: fill and border (either may be null for none), border width,
 * corner radius (for {@link ShapeKind#ROUNDED}) and whether it casts a soft drop shadow.
 */
public record ShapeStyle(RgbColor fill, RgbColor border, double borderWidth, double cornerRadius, boolean shadow) {

    public ShapeStyle {
        if (borderWidth < 0 || cornerRadius < 0) {
            throw new IllegalArgumentException("negative border width or corner radius");
        }
    }

    /** A filled shape with a one-unit border, 8-unit corners and no shadow. */
    public static ShapeStyle filled(RgbColor fill, RgbColor border) {
        return new ShapeStyle(fill, border, border == null ? 0 : 1, 8, false);
    }

    public ShapeStyle withShadow() {
        return new ShapeStyle(fill, border, borderWidth, cornerRadius, true);
    }

    public ShapeStyle withCornerRadius(double radius) {
        return new ShapeStyle(fill, border, borderWidth, radius, shadow);
    }

    public ShapeStyle withBorderWidth(double width) {
        return new ShapeStyle(fill, border, width, cornerRadius, shadow);
    }

    boolean hasBorder() {
        return border != null && borderWidth > 0;
    }
}
