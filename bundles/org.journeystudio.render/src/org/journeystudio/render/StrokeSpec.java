package org.journeystudio.render;

/**
 * The pen of an outline or line: width and dash pattern. Ends and joins are always round,
 * which keeps thin lines and small icons soft and lets a dotted line be a row of round dots.
 */
public record StrokeSpec(double width, Dash dash) {

    /** The dash patterns, in multiples of the stroke width so they scale with it. */
    public enum Dash {
        SOLID,
        DASH,
        DOT;

        /** On and off lengths for a stroke of the given width; {@code null} for a solid line. */
        public float[] pattern(double width) {
            float w = (float) width;
            return switch (this) {
                case SOLID -> null;
                case DASH -> new float[] {4 * w, 3 * w};
                case DOT -> new float[] {0.01f, 2.5f * w};
            };
        }
    }

    public StrokeSpec {
        if (!(width > 0) || dash == null) {
            throw new IllegalArgumentException("stroke needs a positive width and a dash pattern");
        }
    }

    public static StrokeSpec solid(double width) {
        return new StrokeSpec(width, Dash.SOLID);
    }

    public static StrokeSpec dashed(double width) {
        return new StrokeSpec(width, Dash.DASH);
    }

    public static StrokeSpec dotted(double width) {
        return new StrokeSpec(width, Dash.DOT);
    }
}
