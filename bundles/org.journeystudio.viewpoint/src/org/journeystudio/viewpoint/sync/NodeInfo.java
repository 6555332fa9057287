package org.journeystudio.viewpoint.sync;

import java.util.ArrayList;
import java.util.List;

import org.journeystudio.viewpoint.representation.Node;

/** What the synchronizer keeps about one node besides the node itself. */
final class NodeInfo extends Unit {

    final Segment owner;
    final Node node;
    final List<Segment> children = new ArrayList<>();
    final List<Segment> bordered = new ArrayList<>();
    boolean filtered;

    NodeInfo(Segment owner, Node node) {
        super(owner.builder.context.index);
        this.owner = owner;
        this.node = node;
    }

    /** The label, style and visibility of the node. */
    @Override
    protected void compute() {
        owner.builder.computeView(this);
    }

    @Override
    int depth() {
        return owner.depth() + 1;
    }
}
