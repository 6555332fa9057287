package org.journeystudio.table.ui.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.nebula.widgets.nattable.filterrow.IFilterStrategy;
import org.journeystudio.viewpoint.representation.Cell;
import org.journeystudio.viewpoint.representation.Column;
import org.journeystudio.viewpoint.representation.Line;
import org.journeystudio.viewpoint.representation.Table;
import org.journeystudio.viewpoint.sync.TableCells;

/**
 * The lines of a table as the rows NatTable shows: depth first, each sub-line right under its
 * line, and only those the filter row lets through. A line stays when its cells contain every
 * column's filter text (ignoring case) or when one of its sub-lines stays, so that a matching
 * sub-line is never shown without the line it belongs to.
 */
public final class TableRows implements IFilterStrategy<Line> {

    /** One shown row: a line and how deep it is nested (0 for top lines). */
    public record Row(Line line, int depth) {
    }

    private final Table table;
    private final Runnable filtered;
    private final Map<Integer, String> filters = new HashMap<>();
    private List<Row> rows = List.of();

    /**
     * @param filtered told after the filter changed the rows
     */
    public TableRows(Table table, Runnable filtered) {
        this.table = table;
        this.filtered = filtered;
    }

    /** Takes the table's current lines. */
    public void rebuild() {
        List<Row> all = new ArrayList<>();
        for (Line line : table.getLines()) {
            collect(line, 0, all);
        }
        rows = all;
    }

    private boolean collect(Line line, int depth, List<Row> into) {
        int at = into.size();
        into.add(new Row(line, depth));
        boolean subLineShown = false;
        for (Line sub : line.getLines()) {
            subLineShown |= collect(sub, depth + 1, into);
        }
        if (subLineShown || matches(line)) {
            return true;
        }
        into.remove(at);
        return false;
    }

    private boolean matches(Line line) {
        for (Map.Entry<Integer, String> filter : filters.entrySet()) {
            if (filter.getKey() >= table.getColumns().size()) {
                continue;
            }
            Cell cell = TableCells.find(line, table.getColumns().get(filter.getKey()));
            String label = cell == null || cell.getLabel() == null ? "" : cell.getLabel().toLowerCase(Locale.ROOT);
            if (!label.contains(filter.getValue())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void applyFilter(Map<Integer, Object> filterIndexToObjectMap) {
        filters.clear();
        filterIndexToObjectMap.forEach((column, value) -> {
            String text = value == null ? "" : value.toString().trim();
            if (!text.isEmpty()) {
                filters.put(column, text.toLowerCase(Locale.ROOT));
            }
        });
        rebuild();
        filtered.run();
    }

    public Table table() {
        return table;
    }

    public int size() {
        return rows.size();
    }

    public Row row(int index) {
        return rows.get(index);
    }

    public int columnCount() {
        return table.getColumns().size();
    }

    public Column column(int index) {
        return table.getColumns().get(index);
    }

    /** The cell of a row in a column, or null when the line has none there (cross tables). */
    public Cell cell(int row, int column) {
        if (row < 0 || row >= rows.size() || column < 0 || column >= table.getColumns().size()) {
            return null;
        }
        return TableCells.find(rows.get(row).line(), table.getColumns().get(column));
    }

    /** The row showing an element's line, or -1 when no shown line has it. */
    public int indexOf(EObject semantic) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).line().getSemantic() == semantic) {
                return i;
            }
        }
        return -1;
    }
}
