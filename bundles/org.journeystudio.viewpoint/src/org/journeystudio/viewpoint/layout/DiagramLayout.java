package org.journeystudio.viewpoint.layout;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.journeystudio.viewpoint.representation.Edge;
import org.journeystudio.viewpoint.representation.Node;

/**
 * Where everything of a diagram goes: a box per visible node, a route per visible edge, and for
 * lane grids the lanes (rows) and columns with their titles.
 */
public final class DiagramLayout {

    /** A lane or a column: its title, its view (lanes), where it starts and how long it is. */
    public record Band(String label, Node view, double start, double size, boolean separator) {
    }

    private final Map<Node, Box> boxes = new IdentityHashMap<>();
    private final Map<Edge, List<double[]>> routes = new IdentityHashMap<>();
    private final List<Band> lanes = new ArrayList<>();
    private final List<Band> columns = new ArrayList<>();
    /** Where each column's band is in {@link #columns}, by the column's element. */
    private final Map<EObject, Integer> columnIndex = new IdentityHashMap<>();
    private double width;
    private double height;

    public void place(Node node, Box box) {
        boxes.put(node, box);
        width = Math.max(width, box.right());
        height = Math.max(height, box.bottom());
    }

    public void route(Edge edge, List<double[]> points) {
        routes.put(edge, points);
    }

    void addLane(Band lane) {
        lanes.add(lane);
    }

    void addColumn(EObject element, Band column) {
        columnIndex.put(element, columns.size());
        columns.add(column);
    }

    /** Gives the band of a column a new title (its element's card was renamed); nothing when there is no such column. */
    void relabelColumn(EObject element, String label) {
        Integer index = columnIndex.get(element);
        if (index != null) {
            Band band = columns.get(index);
            columns.set(index, new Band(label, band.view(), band.start(), band.size(), band.separator()));
        }
    }

    /** The box of a node, or null when it is not shown. */
    public Box box(Node node) {
        return boxes.get(node);
    }

    /** The points an edge passes through, its ends included; null when it is not shown. */
    public List<double[]> route(Edge edge) {
        return routes.get(edge);
    }

    public List<Band> lanes() {
        return lanes;
    }

    public List<Band> columns() {
        return columns;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    /**
     * Straight routes for every edge whose two ends are placed and that has no route yet: along the
     * line from centre to centre, from the border of the source to the border of the target, so that
     * an arrow head at the end is not hidden under the target.
     */
    void routeStraight(List<Edge> edges) {
        for (Edge edge : edges) {
            Box source = boxes.get(edge.getSource());
            Box target = boxes.get(edge.getTarget());
            if (edge.isVisible() && source != null && target != null && !routes.containsKey(edge)) {
                List<double[]> points = new ArrayList<>();
                points.add(border(source, target.centerX(), target.centerY()));
                points.add(border(target, source.centerX(), source.centerY()));
                routes.put(edge, points);
            }
        }
    }

    /** Edge ends on a diamond's bounding box moved onto the diamond (see {@link ShapeEnds}). */
    void fitEndsToShapes() {
        ShapeEnds.fit(routes, boxes);
    }

    /** Where the line from the box's centre towards a point leaves the box (the centre when the point is the centre). */
    static double[] border(Box box, double towardX, double towardY) {
        double dx = towardX - box.centerX();
        double dy = towardY - box.centerY();
        if (dx == 0 && dy == 0) {
            return new double[] {box.centerX(), box.centerY()};
        }
        double scaleX = dx == 0 ? Double.POSITIVE_INFINITY : box.width() / 2 / Math.abs(dx);
        double scaleY = dy == 0 ? Double.POSITIVE_INFINITY : box.height() / 2 / Math.abs(dy);
        double scale = Math.min(1, Math.min(scaleX, scaleY));
        return new double[] {box.centerX() + dx * scale, box.centerY() + dy * scale};
    }
}
