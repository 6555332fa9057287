package org.journeystudio.viewpoint.sync;

import java.util.LinkedHashMap;

import org.eclipse.emf.ecore.EObject;
import org.journeystudio.viewpoint.ElementColumnMapping;
import org.journeystudio.viewpoint.representation.Column;

/**
 * The columns one element column mapping of a cross table produces: which elements its
 * candidates and precondition select, in their order, and their header labels.
 */
final class ColumnUnit extends Unit {

    final ColumnBuilder builder;
    final ElementColumnMapping mapping;
    LinkedHashMap<EObject, Column> columns = new LinkedHashMap<>();

    ColumnUnit(ColumnBuilder builder, ElementColumnMapping mapping) {
        super(builder.context.index);
        this.builder = builder;
        this.mapping = mapping;
    }

    @Override
    protected void compute() {
        builder.refresh(this);
    }

    /** Columns come first: every cell depends on them. */
    @Override
    int depth() {
        return 0;
    }
}
