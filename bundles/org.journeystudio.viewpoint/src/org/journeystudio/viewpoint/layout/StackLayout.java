package org.journeystudio.viewpoint.layout;

import java.util.List;

import org.journeystudio.viewpoint.representation.Diagram;
import org.journeystudio.viewpoint.representation.Node;
import org.journeystudio.viewpoint.representation.ViewState;

/**
 * Free diagrams: top-level views one below the other unless the user placed them, containers
 * stacking their children under their own label (the persona card). A view whose mapping computes
 * a position (x and y expressions, e.g. a matrix of ratings) goes there instead, relative to its
 * parent's content, and its parent grows to hold it.
 */
public final class StackLayout {

    static final double WIDTH = 420;
    static final double GAP = 16;
    static final double HEADER = 10;
    /** The width of a positioned view whose style gives none. */
    static final double POSITIONED_WIDTH = 160;

    private final CardSizes sizes;

    public StackLayout(TextSizer sizer) {
        this.sizes = new CardSizes(sizer);
    }

    public DiagramLayout layout(Diagram diagram) {
        DiagramLayout layout = new DiagramLayout();
        double y = 0;
        for (Node node : diagram.getNodes()) {
            if (!node.isVisible()) {
                continue;
            }
            ViewState state = node.getState();
            boolean placed = state != null && state.isSetX() && state.isSetY() && !diagram.isLayoutStale();
            boolean computed = !placed && isPositioned(node);
            double x = placed ? state.getX() : computed ? node.getX() : 0;
            double top = placed ? state.getY() : computed ? node.getY() : y;
            double width = CardSizes.width(node, computed ? POSITIONED_WIDTH : WIDTH);
            Box box = place(node, x, top, width, layout);
            y = Math.max(y, box.bottom() + GAP);
        }
        layout.routeStraight(diagram.getEdges());
        return layout;
    }

    private Box place(Node node, double x, double y, double width, DiagramLayout layout) {
        List<Node> children = node.getChildren().stream().filter(Node::isVisible).toList();
        double height = sizes.height(node, width);
        double right = x + width;
        if (!children.isEmpty()) {
            double contentTop = y + height + HEADER - CardSizes.PADDING;
            double childY = contentTop;
            double bottom = contentTop;
            for (Node child : children) {
                Box box;
                if (isPositioned(child)) {
                    box = place(child, x + GAP + child.getX(), contentTop + child.getY(),
                            CardSizes.width(child, POSITIONED_WIDTH), layout);
                } else {
                    box = place(child, x + GAP, childY, width - 2 * GAP, layout);
                    childY = box.bottom() + GAP / 2;
                }
                bottom = Math.max(bottom, box.bottom() + GAP / 2);
                right = Math.max(right, box.right() + GAP);
            }
            height = bottom - y + GAP / 2;
        }
        Box box = new Box(x, y, right - x, height);
        layout.place(node, box);
        return box;
    }

    private static boolean isPositioned(Node node) {
        return node.isSetX() && node.isSetY();
    }
}
