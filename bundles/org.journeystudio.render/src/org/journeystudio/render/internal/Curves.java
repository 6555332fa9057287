package org.journeystudio.render.internal;

import java.util.Arrays;

import org.journeystudio.render.PathSpec;
import org.journeystudio.render.Rect;

/** Geometry of lines: smooth curves through points, bounds, arrow heads. Points come as {@code x0, y0, x1, ...}. */
public final class Curves {

    private Curves() {
    }

    /**
     * A smooth curve through every point: the uniform Catmull-Rom spline, each span written as
     * the cubic Bézier with the same ends and end tangents (control points one sixth of the
     * neighbours' chord away). The end points are repeated, so the curve starts and ends
     * heading straight at its neighbour.
     */
    public static PathSpec catmullRom(double[] xy) {
        return catmullRom(xy, 0, xy.length / 2 - 1);
    }

    /**
     * The spans {@code from} (inclusive) to {@code to} (exclusive) of {@link #catmullRom(double[])}, exactly as
     * they are in the whole curve (their neighbours outside the range still shape them): the part of a long
     * curve that a viewport shows.
     */
    public static PathSpec catmullRom(double[] xy, int from, int to) {
        PathSpec.Builder path = PathSpec.builder().moveTo(xy[2 * from], xy[2 * from + 1]);
        double[] span = new double[8];
        for (int i = from; i < to; i++) {
            span(xy, i, span);
            path.curveTo(span[2], span[3], span[4], span[5], span[6], span[7]);
        }
        return path.build();
    }

    /** The bounds of span {@code i} (the Bézier's four control points, which hold the curve), for culling. */
    public static Rect spanBounds(double[] xy, int i, boolean smooth) {
        if (!smooth) {
            return Rect.spanning(xy[2 * i], xy[2 * i + 1], xy[2 * i + 2], xy[2 * i + 3]);
        }
        double[] span = new double[8];
        span(xy, i, span);
        return polylineBounds(span);
    }

    /** The four control points of Catmull-Rom span {@code i} as a Bézier, end points repeated at the ends. */
    private static void span(double[] xy, int i, double[] out) {
        int n = xy.length / 2;
        int p0 = Math.max(0, i - 1) * 2;
        int p1 = i * 2;
        int p2 = (i + 1) * 2;
        int p3 = Math.min(n - 1, i + 2) * 2;
        out[0] = xy[p1];
        out[1] = xy[p1 + 1];
        out[2] = xy[p1] + (xy[p2] - xy[p0]) / 6;
        out[3] = xy[p1 + 1] + (xy[p2 + 1] - xy[p0 + 1]) / 6;
        out[4] = xy[p2] - (xy[p3] - xy[p1]) / 6;
        out[5] = xy[p2 + 1] - (xy[p3 + 1] - xy[p1 + 1]) / 6;
        out[6] = xy[p2];
        out[7] = xy[p2 + 1];
    }

    public static Rect polylineBounds(double[] xy) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < xy.length; i += 2) {
            minX = Math.min(minX, xy[i]);
            maxX = Math.max(maxX, xy[i]);
            minY = Math.min(minY, xy[i + 1]);
            maxY = Math.max(maxY, xy[i + 1]);
        }
        return Rect.spanning(minX, minY, maxX, maxY);
    }

    /** The length of the arrow head for a line of the given width: readable on thin lines, in proportion on thick ones. */
    public static double arrowLength(double lineWidth) {
        return Math.max(9, 4.5 * lineWidth);
    }

    /** The points with the last one moved back towards the one before by {@code by} (when the last segment is longer). */
    public static double[] shortenEnd(double[] xy, double by) {
        int last = xy.length - 2;
        double dx = xy[last] - xy[last - 2];
        double dy = xy[last + 1] - xy[last - 1];
        double length = Math.hypot(dx, dy);
        if (length <= by) {
            return xy;
        }
        double[] shortened = Arrays.copyOf(xy, xy.length);
        shortened[last] -= dx / length * by;
        shortened[last + 1] -= dy / length * by;
        return shortened;
    }

    /** A swept arrow head (tip, wing, notch, wing) at the last point, pointing along the last segment. */
    public static double[] arrowHead(double[] xy, double lineWidth) {
        int last = xy.length - 2;
        double dx = xy[last] - xy[last - 2];
        double dy = xy[last + 1] - xy[last - 1];
        double length = Math.hypot(dx, dy);
        double ux = length == 0 ? 1 : dx / length;
        double uy = length == 0 ? 0 : dy / length;
        double size = arrowLength(lineWidth);
        double tipX = xy[last];
        double tipY = xy[last + 1];
        double baseX = tipX - ux * size;
        double baseY = tipY - uy * size;
        double half = size * 0.42;
        return new double[] {tipX, tipY, baseX - uy * half, baseY + ux * half,
            baseX + ux * size * 0.22, baseY + uy * size * 0.22, baseX + uy * half, baseY - ux * half};
    }
}
