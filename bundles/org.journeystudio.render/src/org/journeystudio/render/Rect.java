package org.journeystudio.render;

/**
 * An axis-aligned rectangle in scene (or canvas) units: the bounds of figures, the viewport,
 * clip areas. Width and height are never negative.
 */
public record Rect(double x, double y, double w, double h) {

    /** The rectangle of no area at the origin, neutral for {@link #union(Rect)}. */
    public static final Rect EMPTY = new Rect(0, 0, 0, 0);

    public Rect {
        if (w < 0 || h < 0 || Double.isNaN(w) || Double.isNaN(h)) {
            throw new IllegalArgumentException("negative or undefined size: " + w + " x " + h);
        }
    }

    public static Rect of(double x, double y, double w, double h) {
        return new Rect(x, y, w, h);
    }

    /** The smallest rectangle holding both corner points, in whatever order they come. */
    public static Rect spanning(double x1, double y1, double x2, double y2) {
        return new Rect(Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1));
    }

    public double maxX() {
        return x + w;
    }

    public double maxY() {
        return y + h;
    }

    public double centerX() {
        return x + w / 2;
    }

    public double centerY() {
        return y + h / 2;
    }

    public boolean isEmpty() {
        return w <= 0 || h <= 0;
    }

    /** Whether the two share any point, edges included: a figure touching the viewport is drawn. */
    public boolean intersects(Rect other) {
        return x <= other.maxX() && other.x <= maxX() && y <= other.maxY() && other.y <= maxY();
    }

    public boolean contains(double px, double py) {
        return px >= x && px <= maxX() && py >= y && py <= maxY();
    }

    /** The smallest rectangle holding both; {@link #EMPTY} counts as nothing. */
    public Rect union(Rect other) {
        if (this == EMPTY) {
            return other;
        }
        if (other == EMPTY) {
            return this;
        }
        return spanning(Math.min(x, other.x), Math.min(y, other.y),
                Math.max(maxX(), other.maxX()), Math.max(maxY(), other.maxY()));
    }

    /** This rectangle grown by {@code d} on every side (shrunk for negative {@code d}, never below zero size). */
    public Rect expand(double d) {
        return new Rect(x - d, y - d, Math.max(0, w + 2 * d), Math.max(0, h + 2 * d));
    }

    public Rect translate(double dx, double dy) {
        return new Rect(x + dx, y + dy, w, h);
    }
}
