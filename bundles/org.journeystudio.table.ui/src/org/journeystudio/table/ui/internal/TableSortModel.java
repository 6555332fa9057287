package org.journeystudio.table.ui.internal;

import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.nebula.widgets.nattable.sort.ISortModel;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;
import org.journeystudio.viewpoint.representation.Column;
import org.journeystudio.viewpoint.representation.RepresentationPackage.Literals;
import org.journeystudio.viewpoint.representation.Table;

/**
 * The table's stored sort as NatTable's sort model. Sorting sets {@link Table#getSortColumn()}
 * (a feature column's mapping name, a cross-table column's header) and the direction through one
 * command, so the sort is saved with the representation and undone like any edit; the
 * synchronizer orders the lines. One column at a time: a sort never accumulates.
 */
public final class TableSortModel implements ISortModel {

    private final Table table;
    private final EditingDomain domain;

    public TableSortModel(Table table, EditingDomain domain) {
        this.table = table;
        this.domain = domain;
    }

    /** How the table names a column in its sort. */
    static String key(Column column) {
        return column.getSemantic() == null ? column.getMapping() : column.getLabel();
    }

    private int sortedIndex() {
        String sorted = table.getSortColumn();
        if (sorted == null || sorted.isEmpty()) {
            return -1;
        }
        List<Column> columns = table.getColumns();
        for (int i = 0; i < columns.size(); i++) {
            if (sorted.equals(key(columns.get(i)))) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public List<Integer> getSortedColumnIndexes() {
        int index = sortedIndex();
        return index < 0 ? List.of() : List.of(index);
    }

    @Override
    public boolean isColumnIndexSorted(int columnIndex) {
        return columnIndex >= 0 && columnIndex == sortedIndex();
    }

    @Override
    public SortDirectionEnum getSortDirection(int columnIndex) {
        if (!isColumnIndexSorted(columnIndex)) {
            return SortDirectionEnum.NONE;
        }
        return table.isSortDescending() ? SortDirectionEnum.DESC : SortDirectionEnum.ASC;
    }

    @Override
    public int getSortOrder(int columnIndex) {
        return isColumnIndexSorted(columnIndex) ? 0 : -1;
    }

    @SuppressWarnings("rawtypes")
    @Override
    public List<Comparator> getComparatorsForColumnIndex(int columnIndex) {
        return List.of();
    }

    @Override
    public Comparator<?> getColumnComparator(int columnIndex) {
        return null;
    }

    @Override
    public void sort(int columnIndex, SortDirectionEnum direction, boolean accumulate) {
        if (columnIndex < 0 || columnIndex >= table.getColumns().size()) {
            return;
        }
        boolean none = direction == null || direction == SortDirectionEnum.NONE;
        store(none ? null : key(table.getColumns().get(columnIndex)), direction == SortDirectionEnum.DESC);
    }

    @Override
    public void clear() {
        store(null, false);
    }

    private void store(String column, boolean descending) {
        CompoundCommand command = new CompoundCommand(column == null ? "Unsort" : "Sort by " + column);
        command.append(SetCommand.create(domain, table, Literals.TABLE__SORT_COLUMN,
                column == null ? SetCommand.UNSET_VALUE : column));
        command.append(SetCommand.create(domain, table, Literals.TABLE__SORT_DESCENDING, descending));
        if (command.canExecute()) {
            domain.getCommandStack().execute(command);
        }
    }
}
