package org.journeystudio.viewpoint.sync;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.journeystudio.viewpoint.LineMapping;
import org.journeystudio.viewpoint.ViewpointPackage.Literals;
import org.journeystudio.viewpoint.expression.Bindings;
import org.journeystudio.viewpoint.representation.Line;
import org.journeystudio.viewpoint.representation.RepresentationFactory;

/**
 * Builds and refreshes the lines of a table: one {@link LineSegment} per (parent, line mapping)
 * decides which elements get a line; one {@link LineUnit} per line computes its header, style and
 * cells. Lines of elements that stay candidates are kept (and keep their identity). Where the
 * lines stand among their siblings is left to {@link LineOrder}, which sorts them.
 */
final class LineBuilder {

    final TableContext context;
    private final CellBuilder cells;
    private final List<LineSegment> roots = new ArrayList<>();
    private final Map<Line, LineUnit> units = new IdentityHashMap<>();

    LineBuilder(TableContext context, CellBuilder cells) {
        this.context = context;
        this.cells = cells;
    }

    void buildAll() {
        EObject target = context.table.getTarget();
        for (LineMapping mapping : context.description.getLineMappings()) {
            LineSegment segment = new LineSegment(this, null, target, mapping, 0, roots.size());
            roots.add(segment);
            segment.evaluate();
        }
    }

    /** Re-selects the elements of a segment: keeps, adds and removes lines. */
    void refresh(LineSegment segment) {
        LinkedHashMap<EObject, Line> next = new LinkedHashMap<>();
        List<Line> created = new ArrayList<>();
        for (EObject candidate : Candidates.select(context.evaluator, context::bindings, segment.mapping,
                segment.parentSemantic, segment)) {
            if (!next.containsKey(candidate)) {
                Line line = segment.views.remove(candidate);
                if (line == null) {
                    line = create(segment, candidate);
                    created.add(line);
                }
                next.put(candidate, line);
            }
        }
        segment.views.values().forEach(this::remove);
        segment.views = next;
        int ordinal = 0;
        for (Line line : next.values()) {
            units.get(line).ordinal = ordinal++;
        }
        context.order.mark(parentOf(segment));
        created.forEach(this::populate);
    }

    private Line create(LineSegment segment, EObject semantic) {
        Line line = RepresentationFactory.eINSTANCE.createLine();
        line.setMapping(segment.mapping.getName());
        line.setSemantic(semantic);
        units.put(line, new LineUnit(segment, line));
        return line;
    }

    /** Computes a new line and builds its sub-lines. */
    private void populate(Line line) {
        LineUnit unit = units.get(line);
        unit.evaluate();
        for (LineMapping sub : unit.owner.mapping.getSubLines()) {
            unit.children.add(new LineSegment(this, line, line.getSemantic(), sub, unit.owner.level + 1,
                    unit.children.size()));
        }
        unit.children.forEach(LineSegment::evaluate);
    }

    private void remove(Line line) {
        LineUnit unit = units.remove(line);
        if (unit == null) {
            return;
        }
        unit.dispose();
        for (LineSegment segment : unit.children) {
            segment.dispose();
            segment.views.values().forEach(this::remove);
        }
    }

    /** Header, style and cells of one line. */
    void computeLine(LineUnit unit) {
        Line line = unit.line;
        LineMapping mapping = unit.owner.mapping;
        Bindings bindings = context.bindings(line.getSemantic());
        bindings.with("container", unit.owner.parentSemantic);
        String header;
        if (context.evaluator.has(mapping, Literals.LINE_MAPPING__HEADER_LABEL_EXPRESSION)) {
            header = CellText.of(context.evaluator.value(mapping, Literals.LINE_MAPPING__HEADER_LABEL_EXPRESSION,
                    bindings, unit), unit);
        } else {
            header = CellText.name(line.getSemantic(), unit);
        }
        if (!Objects.equals(header, line.getLabel())) {
            line.setLabel(header);
        }
        CellStyles.apply(context.styles.evaluate(mapping.getStyle(), mapping.getConditionalStyles(), bindings, unit),
                line);
        cells.compute(unit, bindings);
        if (context.sorted()) {
            context.order.moved(parentOf(unit.owner), line);
        }
    }

    private EObject parentOf(LineSegment segment) {
        return segment.parent == null ? context.table : segment.parent;
    }

    /**
     * The lines under a parent (the table or a line) in document order: segment by segment in
     * mapping order, each in candidate order. Null for a line that no longer exists.
     */
    List<Line> documentOrder(EObject parent) {
        List<LineSegment> segments;
        if (parent == context.table) {
            segments = roots;
        } else {
            LineUnit unit = units.get(parent);
            if (unit == null) {
                return null;
            }
            segments = unit.children;
        }
        List<Line> lines = new ArrayList<>();
        for (LineSegment segment : segments) {
            lines.addAll(segment.views.values());
        }
        return lines;
    }

    /** Where a live line stands in document order among its siblings: segment, then candidate order. */
    long documentPosition(Line line) {
        LineUnit unit = units.get(line);
        return (long) unit.owner.index << Integer.SIZE | unit.ordinal;
    }

    /** Whether the parent (the table or a line) still exists. */
    boolean isLive(EObject parent) {
        return parent == context.table || units.containsKey(parent);
    }

    /** Every live line, in no particular order. */
    Collection<Line> lines() {
        return units.keySet();
    }

    /** Marks every line's unit dirty, after the columns of a cross table changed. */
    void invalidateCells() {
        units.values().forEach(context::markDirty);
    }

    void clear() {
        for (LineUnit unit : units.values()) {
            unit.dispose();
            unit.children.forEach(Unit::dispose);
        }
        roots.forEach(Unit::dispose);
        units.clear();
        roots.clear();
        context.table.getLines().clear();
    }
}
