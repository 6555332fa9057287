package org.journeystudio.viewpoint.sync;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.InternalEList;
import org.journeystudio.viewpoint.representation.Cell;
import org.journeystudio.viewpoint.representation.Column;
import org.journeystudio.viewpoint.representation.Line;
import org.journeystudio.viewpoint.representation.Table;

/**
 * Puts the lines under each parent (the table, or a line for its sub-lines) in order: document
 * order, or sorted by the label of the table's sort column. Sorting is by (label, document
 * position): stable with respect to document order and never dependent on the previous order, so
 * an incremental refresh orders lines exactly as a full refresh would.
 *
 * <p>A parent whose lines came or went is sorted again; a line whose cells changed in a sorted
 * table is only moved to its place by binary search, so that editing one cell of a sorted table
 * of n lines costs O(log n) comparisons rather than a sort.
 *
 * <p>The sort column is named by {@link Table#getSortColumn()}: the mapping name of a feature
 * column, or the header label of a cross-table column.
 */
final class LineOrder {

    private record Keyed(Line line, SortKey key) {
    }

    private static final Comparator<Keyed> ASCENDING = Comparator.comparing(Keyed::key);
    /** Above this share of moved lines, sorting the parent again is cheaper than moving them one by one. */
    private static final int MOVES_PER_SORT = 8;

    private final Set<EObject> pending = new LinkedHashSet<>();
    private final Map<EObject, Set<Line>> moved = new LinkedHashMap<>();
    private boolean all;

    /** Marks the lines under a parent (the table or a line) for reordering: some came or went. */
    void mark(EObject parent) {
        if (!all) {
            pending.add(parent);
        }
    }

    /** Notes that a line's cells changed, so that a sorted table may have to move it among its siblings. */
    void moved(EObject parent, Line line) {
        if (!all && !pending.contains(parent)) {
            moved.computeIfAbsent(parent, key -> Collections.newSetFromMap(new IdentityHashMap<>())).add(line);
        }
    }

    /** Marks every parent, e.g. after the sort column or direction changed. */
    void markAll() {
        all = true;
        pending.clear();
        moved.clear();
    }

    boolean isPending() {
        return all || !pending.isEmpty() || !moved.isEmpty();
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
            if (column != null) {
                moved.forEach((parent, changed) -> {
                    if (!pending.contains(parent)) {
                        move(lines, table, parent, changed, column);
                    }
                });
            }
        }
        clear();
    }

    void clear() {
        pending.clear();
        moved.clear();
        all = false;
    }

    private static void reorder(LineBuilder lines, Table table, EObject parent, Column column) {
        List<Line> order = lines.documentOrder(parent);
        if (order == null) {
            return;
        }
        if (column != null && order.size() > 1) {
            List<Keyed> keyed = new ArrayList<>(order.size());
            for (Line line : order) {
                keyed.add(new Keyed(line, key(line, column)));
            }
            keyed.sort(table.isSortDescending() ? ASCENDING.reversed() : ASCENDING);
            order = new ArrayList<>(keyed.size());
            for (Keyed each : keyed) {
                order.add(each.line());
            }
        }
        EList<Line> list = listOf(table, parent);
        if (!order.equals(list)) {
            // one clear and one add: ECollections.setEList would be quadratic when lines move far
            list.clear();
            ((InternalEList<Line>) list).addAllUnique(order);
        }
    }

    /** Moves the changed lines of a sorted parent to their places; the others are in order already. */
    private static void move(LineBuilder lines, Table table, EObject parent, Set<Line> changed, Column column) {
        if (!lines.isLive(parent)) {
            return;
        }
        EList<Line> list = listOf(table, parent);
        if (changed.size() * MOVES_PER_SORT > list.size() || !list.containsAll(changed)) {
            reorder(lines, table, parent, column);
            return;
        }
        Comparator<SortKey> keys = table.isSortDescending() ? Comparator.reverseOrder() : Comparator.naturalOrder();
        Comparator<Line> order = Comparator.comparing((Line line) -> key(line, column), keys)
                .thenComparingLong(lines::documentPosition);
        List<Line> target = new ArrayList<>(list);
        target.removeAll(changed);
        List<Line> placing = new ArrayList<>(changed);
        for (Line line : placing) {
            int at = Collections.binarySearch(target, line, order);
            target.add(at < 0 ? -at - 1 : at, line);
        }
        if (target.equals(list)) {
            return;
        }
        // to the end first, then each to its place in ascending order: every move lands right
        placing.sort(Comparator.comparingInt(target::indexOf));
        for (Line line : placing) {
            list.move(list.size() - 1, line);
        }
        for (Line line : placing) {
            list.move(target.indexOf(line), line);
        }
    }

    private static EList<Line> listOf(Table table, EObject parent) {
        return parent == table ? table.getLines() : ((Line) parent).getLines();
    }

    private static SortKey key(Line line, Column column) {
        Cell cell = TableCells.find(line, column);
        return SortKey.of(cell == null ? null : cell.getLabel());
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
