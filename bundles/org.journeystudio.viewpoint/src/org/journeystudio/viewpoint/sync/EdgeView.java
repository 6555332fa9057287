package org.journeystudio.viewpoint.sync;

import org.journeystudio.viewpoint.representation.Edge;

/** The label and style of one edge. */
final class EdgeView extends Unit {

    final EdgeUnit owner;
    final Edge edge;

    EdgeView(EdgeUnit owner, Edge edge) {
        super(owner.builder.context.index);
        this.owner = owner;
        this.edge = edge;
    }

    @Override
    protected void compute() {
        owner.builder.computeView(this);
    }

    @Override
    int depth() {
        return Integer.MAX_VALUE;
    }
}
