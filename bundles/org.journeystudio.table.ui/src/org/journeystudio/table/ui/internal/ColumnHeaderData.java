package org.journeystudio.table.ui.internal;

import org.eclipse.nebula.widgets.nattable.data.IDataProvider;

/** The column headers: each computed column's label. */
public final class ColumnHeaderData implements IDataProvider {

    private final TableRows rows;

    public ColumnHeaderData(TableRows rows) {
        this.rows = rows;
    }

    @Override
    public Object getDataValue(int columnIndex, int rowIndex) {
        return rows.column(columnIndex).getLabel();
    }

    @Override
    public void setDataValue(int columnIndex, int rowIndex, Object newValue) {
        throw new UnsupportedOperationException("column headers come from the specification");
    }

    @Override
    public int getColumnCount() {
        return rows.columnCount();
    }

    @Override
    public int getRowCount() {
        return 1;
    }
}
