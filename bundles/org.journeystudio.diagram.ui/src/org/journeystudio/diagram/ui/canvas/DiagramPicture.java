package org.journeystudio.diagram.ui.canvas;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.journeystudio.render.Rect;
import org.journeystudio.render.diagram.DiagramScene;
import org.journeystudio.render.diagram.StickyHeaders;
import org.journeystudio.render.scene.Scene;
import org.journeystudio.viewpoint.layout.Box;
import org.journeystudio.viewpoint.layout.DiagramLayout;
import org.journeystudio.viewpoint.representation.Diagram;
import org.journeystudio.viewpoint.representation.Edge;
import org.journeystudio.viewpoint.representation.Node;

/**
 * One laid-out state of a diagram as the canvas shows it: the views, their layout and the scene
 * drawn from both. Answers the geometric questions of editing (what is under the pointer, what a
 * marquee holds, which card is to the right) from the layout boxes, in scene coordinates.
 */
public final class DiagramPicture {

    /** Directions of keyboard navigation. */
    public enum Direction {
        LEFT, RIGHT, UP, DOWN
    }

    private final Diagram diagram;
    private final DiagramLayout layout;
    private final Scene scene;
    private final boolean movable;
    private final Set<Node> lanes = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Every placed node, parents before children: hit testing walks it backwards (innermost, topmost first). */
    private final List<Node> placed = new ArrayList<>();
    private final Supplier<StickyHeaders> headerSource;
    private StickyHeaders headers;

    /**
     * @param movable whether the layout honours stored positions and sizes (a lane grid places every card
     *     by its column and lane, so moving one there would store what nothing shows)
     */
    public DiagramPicture(Diagram diagram, DiagramLayout layout, Scene scene, boolean movable) {
        this(diagram, layout, scene, movable, () -> StickyHeaders.NONE);
    }

    /** @param headers the lane grid's headers to keep in view, made when first drawn */
    public DiagramPicture(Diagram diagram, DiagramLayout layout, Scene scene, boolean movable,
            Supplier<StickyHeaders> headers) {
        this.headerSource = headers;
        this.diagram = diagram;
        this.layout = layout;
        this.scene = scene;
        this.movable = movable;
        layout.lanes().forEach(lane -> lanes.add(lane.view()));
        collect(diagram.getNodes());
    }

    /** The same views in the same places, drawn anew (an edit that moved nothing): shares what this picture found. */
    private DiagramPicture(DiagramPicture same, Scene scene, Supplier<StickyHeaders> headers) {
        this.headerSource = headers;
        this.diagram = same.diagram;
        this.layout = same.layout;
        this.scene = scene;
        this.movable = same.movable;
        this.lanes.addAll(same.lanes);
        this.placed.addAll(same.placed);
    }

    /** This picture with another scene of the same layout (the layout object is the same: nothing moved). */
    public DiagramPicture redrawn(Scene newScene, Supplier<StickyHeaders> newHeaders) {
        return new DiagramPicture(this, newScene, newHeaders);
    }

    private void collect(List<Node> nodes) {
        for (Node node : nodes) {
            if (layout.box(node) != null) {
                placed.add(node);
            }
            collect(node.getChildren());
            collect(node.getBorderedNodes());
        }
    }

    public Diagram diagram() {
        return diagram;
    }

    public DiagramLayout layout() {
        return layout;
    }

    public Scene scene() {
        return scene;
    }

    /** The headers a canvas keeps in view while scrolling (none unless the diagram is a lane grid). */
    public StickyHeaders headers() {
        if (headers == null) {
            headers = headerSource.get();
        }
        return headers;
    }

    /** Whether cards can be moved and resized by hand. */
    public boolean movable() {
        return movable;
    }

    /** Whether a node is a lane of a lane grid: a background band, not a card. */
    public boolean isLane(Node node) {
        return lanes.contains(node);
    }

    /** A node's rectangle in scene coordinates, or null when it is not shown. */
    public Rect bounds(Node node) {
        Box box = layout.box(node);
        return box == null ? null
                : Rect.of(box.x() + DiagramScene.ORIGIN_X, box.y() + DiagramScene.ORIGIN_Y, box.width(), box.height());
    }

    /** The innermost, topmost node at a scene point (lanes included, as containers), or null. */
    public Node nodeAt(double x, double y) {
        Node best = null;
        for (int i = placed.size() - 1; i >= 0; i--) {
            Node node = placed.get(i);
            if (bounds(node).contains(x, y) && (best == null || isLane(best) && !isLane(node))) {
                best = node;
                if (!isLane(node)) {
                    return node;
                }
            }
        }
        return best;
    }

    /** An edge's route in scene coordinates ({@code x0, y0, x1, y1, ...}), or null when it is not shown. */
    public double[] route(Edge edge) {
        List<double[]> points = layout.route(edge);
        if (points == null || points.size() < 2) {
            return null;
        }
        double[] xy = new double[points.size() * 2];
        for (int i = 0; i < points.size(); i++) {
            xy[2 * i] = points.get(i)[0] + DiagramScene.ORIGIN_X;
            xy[2 * i + 1] = points.get(i)[1] + DiagramScene.ORIGIN_Y;
        }
        return xy;
    }

    /** The edge whose route passes nearest a scene point, within {@code tolerance} scene units, or null. */
    public Edge edgeAt(double x, double y, double tolerance) {
        Edge best = null;
        double bestDistance = tolerance;
        for (Edge edge : diagram.getEdges()) {
            double[] xy = edge.isVisible() ? route(edge) : null;
            for (int i = 0; xy != null && i + 3 < xy.length; i += 2) {
                double distance = segmentDistance(x, y, xy[i], xy[i + 1], xy[i + 2], xy[i + 3]);
                if (distance <= bestDistance) {
                    bestDistance = distance;
                    best = edge;
                }
            }
        }
        return best;
    }

    /** The distance from a point to the segment from (x1, y1) to (x2, y2). */
    static double segmentDistance(double x, double y, double x1, double y1, double x2, double y2) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double length = dx * dx + dy * dy;
        double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / length));
        return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy));
    }

    /** The edge of this picture with the same mapping, element and end elements as one of an earlier picture, or null. */
    public Edge sameEdge(Edge edge) {
        for (Edge candidate : diagram.getEdges()) {
            if (candidate.getMapping().equals(edge.getMapping()) && candidate.getSemantic() == edge.getSemantic()
                    && candidate.getSource().getSemantic() == edge.getSource().getSemantic()
                    && candidate.getTarget().getSemantic() == edge.getTarget().getSemantic()) {
                return candidate;
            }
        }
        return null;
    }

    /** The cards (not lanes) lying wholly inside a scene rectangle. */
    public List<Node> nodesIn(Rect area) {
        List<Node> inside = new ArrayList<>();
        for (Node node : placed) {
            Rect r = bounds(node);
            if (!isLane(node) && r.x() >= area.x() && r.y() >= area.y() && r.maxX() <= area.maxX()
                    && r.maxY() <= area.maxY()) {
                inside.add(node);
            }
        }
        return inside;
    }

    /** The first view of an element (a card before a lane), or null. */
    public Node viewOf(EObject element) {
        Node lane = null;
        for (Node node : placed) {
            if (node.getSemantic() == element) {
                if (!isLane(node)) {
                    return node;
                }
                lane = lane == null ? node : lane;
            }
        }
        return lane;
    }

    /** The first card in reading order, or null on an empty diagram. */
    public Node first() {
        return placed.stream().filter(node -> !isLane(node)).findFirst().orElse(null);
    }

    /**
     * The nearest card from {@code from} in a direction: among the cards whose centre lies that way,
     * the one with the smallest distance, sideways offsets counting double.
     */
    public Node neighbour(Node from, Direction direction) {
        Rect start = bounds(from);
        Node best = null;
        double bestScore = Double.MAX_VALUE;
        for (Node node : placed) {
            if (node == from || isLane(node)) {
                continue;
            }
            Rect r = bounds(node);
            double dx = r.centerX() - start.centerX();
            double dy = r.centerY() - start.centerY();
            double along = switch (direction) {
                case LEFT -> -dx;
                case RIGHT -> dx;
                case UP -> -dy;
                case DOWN -> dy;
            };
            double across = direction == Direction.LEFT || direction == Direction.RIGHT ? Math.abs(dy) : Math.abs(dx);
            double score = along + 2 * across;
            if (along > 1 && score < bestScore) {
                bestScore = score;
                best = node;
            }
        }
        return best;
    }
}
