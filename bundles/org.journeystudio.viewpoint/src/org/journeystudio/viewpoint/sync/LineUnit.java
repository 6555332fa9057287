package org.journeystudio.viewpoint.sync;

import java.util.ArrayList;
import java.util.List;

import org.journeystudio.viewpoint.representation.Line;

/** One line: its header, its style and all its cells, computed together; plus its sub-line segments. */
final class LineUnit extends Unit {

    final LineSegment owner;
    final Line line;
    final List<LineSegment> children = new ArrayList<>();
    /** Where the line stands in its segment's candidate order. */
    int ordinal;

    LineUnit(LineSegment owner, Line line) {
        super(owner.builder.context.index);
        this.owner = owner;
        this.line = line;
    }

    @Override
    protected void compute() {
        owner.builder.computeLine(this);
    }

    @Override
    int depth() {
        return owner.depth() + 1;
    }
}
