package org.journeystudio.diagram.ui.canvas;

import java.util.List;
import java.util.Map;

import org.journeystudio.render.Rect;
import org.journeystudio.render.diagram.DiagramScene;
import org.journeystudio.viewpoint.representation.Node;

/**
 * Resizing a selected card by one of its corner handles: the dragged corner follows the pointer,
 * snapped to the grid in diagram coordinates, the opposite corner stays; never below a minimum.
 */
final class CornerResize {

    private static final double MIN_SIZE = 24;

    private Node node;
    private Rect start;
    private int corner;

    /** Whether a scene point hits a handle of a selected card; if so, remembers which. */
    boolean start(DiagramCanvas canvas, double x, double y) {
        double pixel = 1 / canvas.viewport().zoom();
        for (Node selected : canvas.selection()) {
            Rect r = canvas.picture().bounds(selected);
            if (r == null || canvas.picture().isLane(selected)) {
                continue;
            }
            List<Rect> handles = DiagramCanvas.handles(r, pixel);
            for (int i = 0; i < handles.size(); i++) {
                if (handles.get(i).expand(2 * pixel).contains(x, y)) {
                    node = selected;
                    start = r;
                    corner = i;
                    return true;
                }
            }
        }
        return false;
    }

    /** The card's new rectangle after the pointer moved by a scene distance. */
    Map<Node, Rect> preview(DiagramPicture picture, double dx, double dy) {
        if (node == null || picture.bounds(node) == null) {
            return Map.of();
        }
        boolean left = corner == 0 || corner == 2;
        boolean top = corner == 0 || corner == 1;
        double minX = left ? Math.min(edge(start.x() + dx, DiagramScene.ORIGIN_X), start.maxX() - MIN_SIZE) : start.x();
        double maxX = left ? start.maxX() : Math.max(edge(start.maxX() + dx, DiagramScene.ORIGIN_X), start.x() + MIN_SIZE);
        double minY = top ? Math.min(edge(start.y() + dy, DiagramScene.ORIGIN_Y), start.maxY() - MIN_SIZE) : start.y();
        double maxY = top ? start.maxY() : Math.max(edge(start.maxY() + dy, DiagramScene.ORIGIN_Y), start.y() + MIN_SIZE);
        return Map.of(node, Rect.spanning(minX, minY, maxX, maxY));
    }

    /** A scene coordinate snapped to the grid of the diagram, whose origin sits at {@code origin} in the scene. */
    private static double edge(double scene, double origin) {
        return CanvasInput.snap(scene - origin) + origin;
    }
}
