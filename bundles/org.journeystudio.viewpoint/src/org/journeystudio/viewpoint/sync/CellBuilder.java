package org.journeystudio.viewpoint.sync;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.journeystudio.viewpoint.CrossTableDescription;
import org.journeystudio.viewpoint.ElementColumnMapping;
import org.journeystudio.viewpoint.FeatureColumnMapping;
import org.journeystudio.viewpoint.IntersectionMapping;
import org.journeystudio.viewpoint.LineMapping;
import org.journeystudio.viewpoint.ViewpointPackage.Literals;
import org.journeystudio.viewpoint.expression.Bindings;
import org.journeystudio.viewpoint.representation.Cell;
import org.journeystudio.viewpoint.representation.Column;
import org.journeystudio.viewpoint.representation.Line;
import org.journeystudio.viewpoint.representation.RepresentationFactory;

/**
 * Computes the cells of one line, in column order. In an edition table every column has a cell
 * showing a feature of the line element (or its label expression). In a cross table a cell
 * exists where an intersection mapping joins the line's mapping and the column's mapping and its
 * precondition holds for {@code self} (the line element) and {@code column} (the column element).
 * Cells of columns that stay keep their identity.
 */
final class CellBuilder {

    private final TableContext context;
    private final ColumnBuilder columns;

    CellBuilder(TableContext context, ColumnBuilder columns) {
        this.context = context;
        this.columns = columns;
    }

    void compute(LineUnit unit, Bindings bindings) {
        Line line = unit.line;
        Map<Column, Cell> previous = new IdentityHashMap<>();
        for (Cell cell : line.getCells()) {
            previous.put(cell.getColumn(), cell);
        }
        List<Cell> cells = new ArrayList<>(context.table.getColumns().size());
        for (Column column : context.table.getColumns()) {
            FeatureColumnMapping feature = columns.featureMapping(column);
            if (feature != null) {
                Cell cell = obtain(previous, column, line);
                featureCell(unit, feature, bindings, cell);
                cells.add(cell);
            } else {
                IntersectionMapping intersection = intersection(unit.owner.mapping, columns.elementMapping(column));
                Bindings crossing = bindings.child().with("column", column.getSemantic());
                if (intersection != null && exists(unit, intersection, crossing)) {
                    Cell cell = obtain(previous, column, line);
                    intersectionCell(unit, intersection, crossing, cell);
                    cells.add(cell);
                }
            }
        }
        if (!cells.equals(line.getCells())) {
            ECollections.setEList(line.getCells(), cells);
        }
    }

    private static Cell obtain(Map<Column, Cell> previous, Column column, Line line) {
        Cell cell = previous.get(column);
        if (cell == null) {
            cell = RepresentationFactory.eINSTANCE.createCell();
            cell.setColumn(column);
            cell.setSemantic(line.getSemantic());
        }
        return cell;
    }

    private void featureCell(LineUnit unit, FeatureColumnMapping mapping, Bindings bindings, Cell cell) {
        EObject element = unit.line.getSemantic();
        EStructuralFeature feature = element.eClass().getEStructuralFeature(mapping.getFeatureName());
        Evaluator evaluator = context.evaluator;
        String label;
        if (evaluator.has(mapping, Literals.FEATURE_COLUMN_MAPPING__LABEL_EXPRESSION)) {
            label = CellText.of(evaluator.value(mapping, Literals.FEATURE_COLUMN_MAPPING__LABEL_EXPRESSION, bindings,
                    unit), unit);
        } else {
            label = feature == null ? "" : CellText.feature(element, feature, unit);
        }
        boolean changeable = feature != null && feature.isChangeable();
        fill(cell, label, evaluator.bool(mapping, Literals.FEATURE_COLUMN_MAPPING__CAN_EDIT, bindings, unit,
                changeable));
        CellStyles.apply(context.styles.evaluate(mapping.getStyle(), mapping.getConditionalStyles(), bindings, unit),
                cell);
    }

    private boolean exists(LineUnit unit, IntersectionMapping intersection, Bindings bindings) {
        return context.evaluator.bool(intersection, Literals.INTERSECTION_MAPPING__PRECONDITION, bindings, unit, true);
    }

    private void intersectionCell(LineUnit unit, IntersectionMapping intersection, Bindings bindings, Cell cell) {
        String label = CellText.of(context.evaluator.value(intersection, Literals.INTERSECTION_MAPPING__LABEL_EXPRESSION,
                bindings, unit), unit);
        // without a cell editor, a cross-table cell only shows how line and column relate
        fill(cell, label, intersection.getCellEditor() != null);
        CellStyles.apply(context.styles.evaluate(intersection.getStyle(), intersection.getConditionalStyles(), bindings,
                unit), cell);
    }

    private static void fill(Cell cell, String label, boolean editable) {
        if (!Objects.equals(label, cell.getLabel())) {
            cell.setLabel(label);
        }
        if (editable != cell.isEditable()) {
            cell.setEditable(editable);
        }
    }

    /** The first intersection mapping joining the two mappings, or null. */
    private IntersectionMapping intersection(LineMapping line, ElementColumnMapping column) {
        if (column == null || !(context.description instanceof CrossTableDescription cross)) {
            return null;
        }
        for (IntersectionMapping intersection : cross.getIntersections()) {
            if (intersection.getLineMapping() == line && intersection.getColumnMapping() == column) {
                return intersection;
            }
        }
        return null;
    }
}
