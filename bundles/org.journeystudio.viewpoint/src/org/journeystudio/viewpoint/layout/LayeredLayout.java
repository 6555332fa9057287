package org.journeystudio.viewpoint.layout;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.journeystudio.viewpoint.representation.Diagram;
import org.journeystudio.viewpoint.representation.Edge;
import org.journeystudio.viewpoint.representation.Node;
import org.journeystudio.viewpoint.representation.ViewState;

/**
 * Flow graphs with ELK layered, left to right with orthogonal edges. Positions a user stored
 * win over ELK's until "arrange all" marks the diagram's layout stale.
 */
public final class LayeredLayout {

    static final double CARD = 170;
    private static boolean registered;

    private final CardSizes sizes;

    public LayeredLayout(TextSizer sizer) {
        this.sizes = new CardSizes(sizer);
        register();
    }

    /** ELK finds its algorithms through a registry that only an Eclipse IDE fills; fill it ourselves. */
    private static synchronized void register() {
        if (!registered) {
            LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
            registered = true;
        }
    }

    public DiagramLayout layout(Diagram diagram) {
        ElkNode graph = ElkGraphUtil.createGraph();
        graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        graph.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        graph.setProperty(CoreOptions.SPACING_NODE_NODE, 28.0);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 48.0);
        graph.setProperty(CoreOptions.PADDING, new ElkPadding(24));
        Map<Node, ElkNode> nodes = new IdentityHashMap<>();
        for (Node node : diagram.getNodes()) {
            if (node.isVisible()) {
                ElkNode elk = ElkGraphUtil.createNode(graph);
                double width = CardSizes.width(node, CARD);
                elk.setDimensions(width, sizes.height(node, width));
                nodes.put(node, elk);
            }
        }
        Map<Edge, ElkEdge> edges = new IdentityHashMap<>();
        for (Edge edge : diagram.getEdges()) {
            ElkNode source = nodes.get(edge.getSource());
            ElkNode target = nodes.get(edge.getTarget());
            if (edge.isVisible() && source != null && target != null) {
                edges.put(edge, ElkGraphUtil.createSimpleEdge(source, target));
            }
        }
        LargeStack.run("the layered layout", () -> new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor()));
        return result(diagram, nodes, edges);
    }

    private static DiagramLayout result(Diagram diagram, Map<Node, ElkNode> nodes, Map<Edge, ElkEdge> edges) {
        DiagramLayout layout = new DiagramLayout();
        for (Map.Entry<Node, ElkNode> entry : nodes.entrySet()) {
            ElkNode elk = entry.getValue();
            ViewState state = entry.getKey().getState();
            boolean stored = state != null && state.isSetX() && state.isSetY() && !diagram.isLayoutStale();
            layout.place(entry.getKey(), new Box(stored ? state.getX() : elk.getX(), stored ? state.getY() : elk.getY(),
                    elk.getWidth(), elk.getHeight()));
        }
        for (Map.Entry<Edge, ElkEdge> entry : edges.entrySet()) {
            Edge edge = entry.getKey();
            if (!movedEnd(edge, diagram) && !entry.getValue().getSections().isEmpty()) {
                layout.route(edge, points(entry.getValue().getSections().get(0)));
            }
        }
        layout.routeStraight(diagram.getEdges());
        return layout;
    }

    private static boolean movedEnd(Edge edge, Diagram diagram) {
        return !diagram.isLayoutStale() && (hasPosition(edge.getSource()) || hasPosition(edge.getTarget()));
    }

    private static boolean hasPosition(Node node) {
        return node.getState() != null && node.getState().isSetX() && node.getState().isSetY();
    }

    private static List<double[]> points(ElkEdgeSection section) {
        List<double[]> points = new ArrayList<>();
        points.add(new double[] {section.getStartX(), section.getStartY()});
        for (ElkBendPoint bend : section.getBendPoints()) {
            points.add(new double[] {bend.getX(), bend.getY()});
        }
        points.add(new double[] {section.getEndX(), section.getEndY()});
        return points;
    }
}
