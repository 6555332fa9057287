package org.journeystudio.viewpoint.sync;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.ecore.EObject;
import org.journeystudio.viewpoint.CrossTableDescription;
import org.journeystudio.viewpoint.EditionTableDescription;
import org.journeystudio.viewpoint.ElementColumnMapping;
import org.journeystudio.viewpoint.FeatureColumnMapping;
import org.journeystudio.viewpoint.ViewpointPackage.Literals;
import org.journeystudio.viewpoint.representation.Column;
import org.journeystudio.viewpoint.representation.ColumnState;
import org.journeystudio.viewpoint.representation.RepresentationFactory;

/**
 * Builds the columns of a table. An edition table has one column per feature column mapping,
 * fixed by the specification. A cross table has one column per element its column mappings
 * select, kept up to date by one {@link ColumnUnit} per mapping; when the columns themselves
 * change (not just a header), every line's cells are recomputed.
 */
final class ColumnBuilder {

    final TableContext context;
    private final Runnable columnsChanged;
    private final List<ColumnUnit> units = new ArrayList<>();
    private final Map<Column, FeatureColumnMapping> features = new IdentityHashMap<>();
    private final Map<Column, ElementColumnMapping> elements = new IdentityHashMap<>();

    ColumnBuilder(TableContext context, Runnable columnsChanged) {
        this.context = context;
        this.columnsChanged = columnsChanged;
    }

    void buildAll() {
        if (context.description instanceof EditionTableDescription edition) {
            List<Column> columns = new ArrayList<>();
            for (FeatureColumnMapping mapping : edition.getColumns()) {
                Column column = RepresentationFactory.eINSTANCE.createColumn();
                column.setMapping(mapping.getName());
                column.setFeatureName(mapping.getFeatureName());
                column.setLabel(blank(mapping.getLabel()) ? mapping.getName() : mapping.getLabel());
                features.put(column, mapping);
                columns.add(column);
            }
            ECollections.setEList(context.table.getColumns(), columns);
        } else if (context.description instanceof CrossTableDescription cross) {
            for (ElementColumnMapping mapping : cross.getColumnMappings()) {
                ColumnUnit unit = new ColumnUnit(this, mapping);
                units.add(unit);
                unit.evaluate();
            }
        }
        applyWidths();
    }

    /** Re-selects the columns of one mapping and recomputes their headers. */
    void refresh(ColumnUnit unit) {
        EObject target = context.table.getTarget();
        LinkedHashMap<EObject, Column> next = new LinkedHashMap<>();
        for (EObject candidate : Candidates.select(context.evaluator, context::bindings, unit.mapping, target, unit)) {
            if (!next.containsKey(candidate)) {
                Column column = unit.columns.remove(candidate);
                next.put(candidate, column == null ? create(unit, candidate) : column);
            }
        }
        unit.columns.values().forEach(elements::remove);
        unit.columns = next;
        for (Column column : next.values()) {
            column.setLabel(header(unit, column.getSemantic()));
        }
        List<Column> order = new ArrayList<>();
        units.forEach(each -> order.addAll(each.columns.values()));
        if (!order.equals(context.table.getColumns())) {
            ECollections.setEList(context.table.getColumns(), order);
            columnsChanged.run();
        }
        if (context.sorted()) {
            // the sort column of a cross table is named by its header, which may just have changed
            context.order.markAll();
        }
    }

    private Column create(ColumnUnit unit, EObject semantic) {
        Column column = RepresentationFactory.eINSTANCE.createColumn();
        column.setMapping(unit.mapping.getName());
        column.setSemantic(semantic);
        elements.put(column, unit.mapping);
        column.setWidth(width(column));
        return column;
    }

    private String header(ColumnUnit unit, EObject semantic) {
        if (!context.evaluator.has(unit.mapping, Literals.ELEMENT_COLUMN_MAPPING__HEADER_LABEL_EXPRESSION)) {
            return CellText.name(semantic, unit);
        }
        Object value = context.evaluator.value(unit.mapping, Literals.ELEMENT_COLUMN_MAPPING__HEADER_LABEL_EXPRESSION,
                context.bindings(semantic), unit);
        return CellText.of(value, unit);
    }

    /** Sets every column's width: the one the user stored, or the mapping's default. */
    void applyWidths() {
        for (Column column : context.table.getColumns()) {
            int width = width(column);
            if (column.getWidth() != width) {
                column.setWidth(width);
            }
        }
    }

    private int width(Column column) {
        for (ColumnState state : context.table.getColumnStates()) {
            boolean matches = column.getSemantic() != null ? state.getSemantic() == column.getSemantic()
                    : state.getSemantic() == null && column.getMapping().equals(state.getColumn());
            if (matches) {
                return state.getWidth();
            }
        }
        FeatureColumnMapping feature = features.get(column);
        if (feature != null) {
            return feature.getWidth();
        }
        ElementColumnMapping element = elements.get(column);
        return element == null ? 0 : element.getWidth();
    }

    /** The feature column mapping of an edition-table column, null for cross-table columns. */
    FeatureColumnMapping featureMapping(Column column) {
        return features.get(column);
    }

    /** The element column mapping of a cross-table column, null for edition-table columns. */
    ElementColumnMapping elementMapping(Column column) {
        return elements.get(column);
    }

    void clear() {
        units.forEach(Unit::dispose);
        units.clear();
        features.clear();
        elements.clear();
        context.table.getColumns().clear();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
