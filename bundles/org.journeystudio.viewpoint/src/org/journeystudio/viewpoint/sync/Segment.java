package org.journeystudio.viewpoint.sync;

import java.util.LinkedHashMap;

import org.eclipse.emf.ecore.EObject;
import org.journeystudio.viewpoint.AbstractNodeMapping;
import org.journeystudio.viewpoint.representation.Node;

/**
 * The views one node mapping produces under one parent (the diagram or a node): which elements
 * its candidates and precondition select, in their order.
 */
final class Segment extends Unit {

    final NodeBuilder builder;
    /** The parent node, or null at the top of the diagram. */
    final Node parent;
    final EObject parentSemantic;
    final AbstractNodeMapping mapping;
    final boolean bordered;
    private final int depth;
    LinkedHashMap<EObject, Node> views = new LinkedHashMap<>();

    Segment(NodeBuilder builder, Node parent, EObject parentSemantic, AbstractNodeMapping mapping, boolean bordered,
            int depth) {
        super(builder.context.index);
        this.builder = builder;
        this.parent = parent;
        this.parentSemantic = parentSemantic;
        this.mapping = mapping;
        this.bordered = bordered;
        this.depth = depth;
    }

    @Override
    protected void compute() {
        builder.refresh(this);
    }

    @Override
    int depth() {
        return depth * 2;
    }
}
