package org.journeystudio.viewpoint.sync;

import java.util.LinkedHashMap;

import org.eclipse.emf.ecore.EObject;
import org.journeystudio.viewpoint.EdgeMapping;
import org.journeystudio.viewpoint.representation.Edge;
import org.journeystudio.viewpoint.representation.Node;

/**
 * The edges of one edge mapping that start at one source node (relation-based), or all edges of
 * an element-based mapping (source null).
 */
final class EdgeUnit extends Unit {

    /** Identifies an edge within its unit. */
    record Key(EObject semantic, Node source, Node target) {
    }

    final EdgeBuilder builder;
    final EdgeMapping mapping;
    final int mappingIndex;
    final Node source;
    LinkedHashMap<Key, Edge> edges = new LinkedHashMap<>();

    EdgeUnit(EdgeBuilder builder, EdgeMapping mapping, int mappingIndex, Node source) {
        super(builder.context.index);
        this.builder = builder;
        this.mapping = mapping;
        this.mappingIndex = mappingIndex;
        this.source = source;
    }

    @Override
    protected void compute() {
        builder.refresh(this);
    }

    @Override
    int depth() {
        return Integer.MAX_VALUE - 1;
    }
}
