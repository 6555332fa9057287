package org.journeystudio.viewpoint.sync;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.journeystudio.viewpoint.representation.Cell;
import org.journeystudio.viewpoint.representation.Column;
import org.journeystudio.viewpoint.representation.Line;
import org.journeystudio.viewpoint.representation.Table;

/**
 * Puts the lines under each parent (the table, or a line for its sub-lines) in order: document
 * order, or sorted by the label of the table's sort column. The sort is stable and always starts
 * from document order, never from the previous order, so that an incremental refresh orders lines
 * exactly as a full refresh would. Only parents marked since the last pass are reordered.
 *
 * <p>The sort column is named by {@link Table#getSortColumn()}: the mapping name of a feature
 * column, or the header label of a cross-table column.
 */
final class LineOrder {

    private record Keyed(Line line, SortKey key) {
    }

    private static final Comparator<Keyed> ASCENDING = Comparator.comparing(Keyed::key);

    private final Set<EObject> pending = new LinkedHashSet<>();
    private boolean all;

    /** Marks the lines under a parent (the table or a line) for reordering. */
    void mark(EObject parent) {
        if (!all) {
            pending.add(parent);
        }
    }

    /** Marks every parent, e.g. after the sort column or direction changed. */
    void markAll() {
        all = true;
        pending.clear();
    }

    boolean isPending() {
        return all || !pending.isEmpty();
    }

    void apply(LineBuilder lines, Table table) {
        Column column = sortColumn(table);
        if (all) {
            reorder(lines, table, table, column);
            for (Line line : lines.lines()) {
                reorder(lines, table, line, column);
            }
        } else {
            for (EObject parent : pending) {
                reorder(lines, table, parent, column);
            }
        }
        pending.clear();
        all = false;
    }

    void clear() {
        pending.clear();
        all = false;
    }

    private static void reorder(LineBuilder lines, Table table, EObject parent, Column column) {
        List<Line> order = lines.documentOrder(parent);
        if (order == null) {
            return;
        }
        if (column != null && order.size() > 1) {
            order = sorted(order, column, table.isSortDescending());
        }
        EList<Line> list = parent == table ? table.getLines() : ((Line) parent).getLines();
        if (!order.equals(list)) {
            ECollections.setEList(list, order);
        }
    }

    private static List<Line> sorted(List<Line> lines, Column column, boolean descending) {
        List<Keyed> keyed = new ArrayList<>(lines.size());
        for (Line line : lines) {
            keyed.add(new Keyed(line, SortKey.of(labelOf(line, column))));
        }
        keyed.sort(descending ? ASCENDING.reversed() : ASCENDING);
        List<Line> order = new ArrayList<>(keyed.size());
        keyed.forEach(each -> order.add(each.line()));
        return order;
    }

    private static String labelOf(Line line, Column column) {
        Cell cell = TableCells.find(line, column);
        return cell == null ? null : cell.getLabel();
    }

    /** The column the table is sorted by, or null for document order. */
    static Column sortColumn(Table table) {
        String key = table.getSortColumn();
        if (key == null || key.isEmpty()) {
            return null;
        }
        for (Column column : table.getColumns()) {
            if (column.getSemantic() == null ? key.equals(column.getMapping()) : key.equals(column.getLabel())) {
                return column;
            }
        }
        return null;
    }
}
