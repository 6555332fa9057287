package org.journeystudio.viewpoint.sync;

import java.util.LinkedHashMap;

import org.eclipse.emf.ecore.EObject;
import org.journeystudio.viewpoint.LineMapping;
import org.journeystudio.viewpoint.representation.Line;

/**
 * The lines one line mapping produces under one parent (the table or a line): which elements its
 * candidates and precondition select, in their order.
 */
final class LineSegment extends Unit {

    final LineBuilder builder;
    /** The parent line, or null at the top of the table. */
    final Line parent;
    final EObject parentSemantic;
    final LineMapping mapping;
    final int level;
    /** Where the segment stands among its parent's segments (mapping order). */
    final int index;
    LinkedHashMap<EObject, Line> views = new LinkedHashMap<>();

    LineSegment(LineBuilder builder, Line parent, EObject parentSemantic, LineMapping mapping, int level, int index) {
        super(builder.context.index);
        this.builder = builder;
        this.parent = parent;
        this.parentSemantic = parentSemantic;
        this.mapping = mapping;
        this.level = level;
        this.index = index;
    }

    @Override
    protected void compute() {
        builder.refresh(this);
    }

    /** After the columns (depth 0): a segment before its lines, and those before their sub-segments. */
    @Override
    int depth() {
        return level * 2 + 1;
    }
}
