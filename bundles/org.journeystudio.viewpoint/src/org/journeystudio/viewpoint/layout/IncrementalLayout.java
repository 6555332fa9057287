package org.journeystudio.viewpoint.layout;

import org.journeystudio.viewpoint.DiagramDescription;
import org.journeystudio.viewpoint.representation.Diagram;
import org.journeystudio.viewpoint.representation.Node;

/**
 * The layout of an open diagram, kept from one refresh to the next. After an edit that only changed
 * the texts or looks of some cards (a rename, a new colour), and each of those cards still needs just
 * the height it has, nothing moves: the last layout is kept, with a renamed column's title changed.
 * Any other change (a view added, removed, moved, resized, shown or hidden; a text that needs another
 * line) lays the whole diagram out again, as {@link Layouts#layout} does.
 */
public final class IncrementalLayout {

    private final Diagram diagram;
    private final DiagramDescription description;
    private final TextSizer sizer;
    private final CardSizes sizes;
    private DiagramLayout last;
    private boolean reused;

    public IncrementalLayout(Diagram diagram, DiagramDescription description, TextSizer sizer) {
        this.diagram = diagram;
        this.description = description;
        this.sizer = sizer;
        this.sizes = new CardSizes(sizer);
    }

    /** The layout after the recorded changes (which the caller clears once it has drawn them). */
    public DiagramLayout layout(ViewChanges changes) {
        reused = last != null && !changes.moved() && stillFits(changes);
        if (!reused) {
            last = Layouts.layout(diagram, description, sizer);
        }
        return last;
    }

    /** Whether the last {@link #layout} kept the layout before it. */
    public boolean reused() {
        return reused;
    }

    /** Whether a node is a lane of the last layout (whose title is the lane's label). */
    private boolean isLane(Node node) {
        return node.eContainer() == diagram && last.lanes().stream().anyMatch(lane -> lane.view() == node);
    }

    /**
     * Whether every changed card is a card without views inside it and still needs the height it has
     * at its width; renamed columns get their new titles on the way.
     */
    private boolean stillFits(ViewChanges changes) {
        for (Node node : changes.nodes()) {
            if (!node.getChildren().isEmpty() || !node.getBorderedNodes().isEmpty() || isLane(node)) {
                return false;
            }
            Box box = last.box(node);
            if (box == null) {
                continue;
            }
            if (sizes.height(node, box.width()) != box.height()) {
                return false;
            }
        }
        for (Node node : changes.nodes()) {
            if (node.getColumn() != null && node.getSemantic() == node.getColumn() && last.box(node) != null) {
                last.relabelColumn(node.getColumn(), LaneGridLayout.labelOf(node.getColumn(), diagram));
            }
        }
        return true;
    }
}
