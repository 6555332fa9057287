package org.journeystudio.viewpoint.layout;

import java.util.List;
import java.util.Map;

import org.journeystudio.viewpoint.representation.Edge;
import org.journeystudio.viewpoint.representation.Node;

/**
 * Moves the ends of edge routes from the bounding box of a diamond (a decision) onto its outline,
 * so that an arrow head touches the drawn shape instead of stopping short in its corner's empty space.
 * Other shapes fill their box (rounded corners are too small to matter) and keep their ends.
 */
final class ShapeEnds {

    static final String DIAMOND = "DIAMOND";

    private ShapeEnds() {
    }

    static void fit(Map<Edge, List<double[]>> routes, Map<Node, Box> boxes) {
        for (Map.Entry<Edge, List<double[]>> entry : routes.entrySet()) {
            List<double[]> points = entry.getValue();
            if (points.size() < 2) {
                continue;
            }
            Edge edge = entry.getKey();
            Box target = boxes.get(edge.getTarget());
            if (target != null && isDiamond(edge.getTarget())) {
                int last = points.size() - 1;
                points.set(last, onDiamond(target, points.get(last - 1), points.get(last)));
            }
            Box source = boxes.get(edge.getSource());
            if (source != null && isDiamond(edge.getSource())) {
                points.set(0, onDiamond(source, points.get(1), points.get(0)));
            }
        }
    }

    private static boolean isDiamond(Node node) {
        return node.getStyle() != null && DIAMOND.equals(node.getStyle().getShape());
    }

    /**
     * Where the segment coming from {@code from} and reaching the box at {@code end} meets the diamond:
     * carried on in its own direction when that enters the diamond, else turned towards the centre.
     */
    static double[] onDiamond(Box box, double[] from, double[] end) {
        double[] along = firstHit(box, end, end[0] - from[0], end[1] - from[1]);
        if (along != null) {
            return along;
        }
        double[] toCentre = firstHit(box, from, box.centerX() - from[0], box.centerY() - from[1]);
        return toCentre != null ? toCentre : end;
    }

    /** The first point of the diamond's outline on the ray from {@code start} in direction (dx, dy), or null. */
    private static double[] firstHit(Box box, double[] start, double dx, double dy) {
        if (dx == 0 && dy == 0) {
            return null;
        }
        double[] corners = {box.centerX(), box.y(), box.right(), box.centerY(), box.centerX(), box.bottom(), box.x(),
            box.centerY()};
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < 4; i++) {
            double ax = corners[2 * i];
            double ay = corners[2 * i + 1];
            double bx = corners[(2 * i + 2) % 8];
            double by = corners[(2 * i + 3) % 8];
            double t = rayHitsSide(start, dx, dy, ax, ay, bx, by);
            best = Math.min(best, t);
        }
        return best == Double.POSITIVE_INFINITY ? null : new double[] {start[0] + dx * best, start[1] + dy * best};
    }

    /** The ray parameter t >= 0 where it crosses the side from a to b, or infinity when it does not. */
    private static double rayHitsSide(double[] start, double dx, double dy, double ax, double ay, double bx, double by) {
        double sx = bx - ax;
        double sy = by - ay;
        double denominator = dx * sy - dy * sx;
        if (Math.abs(denominator) < 1e-12) {
            return Double.POSITIVE_INFINITY;
        }
        double qx = ax - start[0];
        double qy = ay - start[1];
        double t = (qx * sy - qy * sx) / denominator;
        double u = (qx * dy - qy * dx) / denominator;
        return t >= -1e-9 && u >= -1e-9 && u <= 1 + 1e-9 ? Math.max(0, t) : Double.POSITIVE_INFINITY;
    }
}
