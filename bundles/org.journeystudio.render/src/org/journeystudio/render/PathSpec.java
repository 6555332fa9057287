package org.journeystudio.render;

import java.util.Arrays;

import org.journeystudio.render.internal.Curves;

/**
 * An immutable path of straight and cubic Bézier segments, possibly several closed or open
 * sub-paths. Built with {@link #builder()}; read back by back ends through {@link #visit(Visitor)}.
 */
public final class PathSpec {

    private static final byte MOVE = 0;
    private static final byte LINE = 1;
    private static final byte CURVE = 2;
    private static final byte CLOSE = 3;

    /** What a back end does for each segment, in order. */
    public interface Visitor {
        void moveTo(double x, double y);

        void lineTo(double x, double y);

        void curveTo(double x1, double y1, double x2, double y2, double x, double y);

        void close();
    }

    private final byte[] ops;
    private final double[] coords;

    private PathSpec(byte[] ops, double[] coords) {
        this.ops = ops;
        this.coords = coords;
    }

    public static Builder builder() {
        return new Builder();
    }

    public void visit(Visitor visitor) {
        int c = 0;
        for (byte op : ops) {
            switch (op) {
                case MOVE -> visitor.moveTo(coords[c], coords[c + 1]);
                case LINE -> visitor.lineTo(coords[c], coords[c + 1]);
                case CURVE -> visitor.curveTo(coords[c], coords[c + 1], coords[c + 2], coords[c + 3],
                        coords[c + 4], coords[c + 5]);
                default -> visitor.close();
            }
            c += op == CURVE ? 6 : op == CLOSE ? 0 : 2;
        }
    }

    /** The bounds of every point of the path, control points included (so never too small). */
    public Rect bounds() {
        if (coords.length == 0) {
            return Rect.EMPTY;
        }
        return Curves.polylineBounds(coords);
    }

    /** Collects segments; {@link #build()} may be called once the path is complete. */
    public static final class Builder {
        private byte[] ops = new byte[8];
        private double[] coords = new double[16];
        private int opCount;
        private int coordCount;

        public Builder moveTo(double x, double y) {
            return add(MOVE, x, y);
        }

        public Builder lineTo(double x, double y) {
            return add(LINE, x, y);
        }

        public Builder curveTo(double x1, double y1, double x2, double y2, double x, double y) {
            return add(CURVE, x1, y1, x2, y2, x, y);
        }

        public Builder close() {
            return add(CLOSE);
        }

        private Builder add(byte op, double... xy) {
            if (opCount == 0 && op != MOVE) {
                throw new IllegalStateException("a path starts with moveTo");
            }
            if (opCount == ops.length) {
                ops = Arrays.copyOf(ops, opCount * 2);
            }
            if (coordCount + xy.length > coords.length) {
                coords = Arrays.copyOf(coords, Math.max(coords.length * 2, coordCount + xy.length));
            }
            ops[opCount++] = op;
            System.arraycopy(xy, 0, coords, coordCount, xy.length);
            coordCount += xy.length;
            return this;
        }

        public PathSpec build() {
            return new PathSpec(Arrays.copyOf(ops, opCount), Arrays.copyOf(coords, coordCount));
        }
    }
}
