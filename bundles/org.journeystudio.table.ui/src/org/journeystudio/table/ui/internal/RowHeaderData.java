package org.journeystudio.table.ui.internal;

import org.eclipse.nebula.widgets.nattable.data.IDataProvider;

/** The row headers: each line's label, sub-lines indented under their line with a hook. */
public final class RowHeaderData implements IDataProvider {

    private static final String INDENT = "    ";
    private static final String SUB_LINE = "\u21b3 ";

    private final TableRows rows;

    public RowHeaderData(TableRows rows) {
        this.rows = rows;
    }

    @Override
    public Object getDataValue(int columnIndex, int rowIndex) {
        TableRows.Row row = rows.row(rowIndex);
        String label = row.line().getLabel() == null ? "" : row.line().getLabel();
        return row.depth() == 0 ? label : INDENT.repeat(row.depth()) + SUB_LINE + label;
    }

    @Override
    public void setDataValue(int columnIndex, int rowIndex, Object newValue) {
        throw new UnsupportedOperationException("line headers are computed");
    }

    @Override
    public int getColumnCount() {
        return 1;
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }
}
