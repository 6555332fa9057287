package org.journeystudio.diagram.ui.canvas;

import java.util.List;
import java.util.Map;

import org.journeystudio.viewpoint.representation.Edge;
import org.journeystudio.viewpoint.representation.Node;
import org.journeystudio.viewpoint.representation.View;
import org.journeystudio.viewpoint.tools.Position;
import org.journeystudio.viewpoint.tools.ToolCommands;

/** What the canvas asks its page to do in the model: every change goes through the page's command stack. */
public interface CanvasActions {

    /**
     * A primary click before selection handling, for an armed palette tool.
     *
     * @param node the node under the pointer (lanes included), or null for the diagram
     * @param position the click in diagram coordinates
     * @return whether the click was used (then the canvas does not select)
     */
    boolean click(Node node, Position position);

    /** Nodes were dragged: their new top-left corners in diagram coordinates, snapped to the grid. */
    void move(Map<Node, Position> positions);

    /** A node was resized by a corner handle: its new top-left corner and size in diagram coordinates. */
    void resize(Node node, Position position, int width, int height);

    /**
     * A card of a diagram that places its cards itself (a lane grid) was dragged and let go: the
     * page drops it with the diagram's drop tools (to reorder, or to set a value by where it lands).
     *
     * @param target the node under the pointer (lanes included, maybe the dragged one), or null
     * @param position the pointer in diagram coordinates
     */
    void drop(Node dragged, Node target, Position position);

    /** Del: delete the selected views (nodes, or an edge) with their mappings' delete tools. */
    void delete(List<? extends View> views);

    /**
     * An end handle of a selected edge was dragged and dropped.
     *
     * @param newEnd the node under the drop (lanes included), or null for the bare diagram
     */
    void reconnect(Edge edge, Node newEnd, ToolCommands.End end);

    /** F2: edit the node's label in place. */
    void directEdit(Node node);

    /** A double-click or Enter on a node. */
    void doubleClick(Node node);

    /** Escape: drop an armed tool. */
    void cancel();
}
