package org.journeystudio.viewpoint.layout;

import java.util.List;

import org.journeystudio.viewpoint.representation.Diagram;
import org.journeystudio.viewpoint.representation.Node;
import org.journeystudio.viewpoint.representation.ViewState;

/**
 * Free diagrams: top-level views one below the other unless the user placed them, containers
 * stacking their children under their own label (the persona card).
 */
public final class StackLayout {

    static final double WIDTH = 420;
    static final double GAP = 16;
    static final double HEADER = 10;

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
            double x = placed ? state.getX() : 0;
            double top = placed ? state.getY() : y;
            double height = place(node, x, top, CardSizes.width(node, WIDTH), layout);
            y = Math.max(y, top + height + GAP);
        }
        layout.routeStraight(diagram.getEdges());
        return layout;
    }

    private double place(Node node, double x, double y, double width, DiagramLayout layout) {
        List<Node> children = node.getChildren().stream().filter(Node::isVisible).toList();
        double height = sizes.height(node, width);
        if (!children.isEmpty()) {
            double childY = y + height + HEADER - CardSizes.PADDING;
            for (Node child : children) {
                childY += place(child, x + GAP, childY, width - 2 * GAP, layout) + GAP / 2;
            }
            height = childY - y + GAP / 2;
        }
        layout.place(node, new Box(x, y, width, height));
        return height;
    }
}
