package org.journeystudio.table.ui.internal;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.journeystudio.viewpoint.representation.Cell;

/**
 * The body of a table for NatTable: each cell's computed label (a boolean feature's value, for
 * its check box), and edits handed to {@link CellEdits}, so they reach the model only as commands.
 */
public final class BodyData implements IDataProvider {

    private final TableRows rows;
    private final CellEdits edits;

    public BodyData(TableRows rows, CellEdits edits) {
        this.rows = rows;
        this.edits = edits;
    }

    @Override
    public Object getDataValue(int columnIndex, int rowIndex) {
        Cell cell = rows.cell(rowIndex, columnIndex);
        if (cell == null) {
            return null;
        }
        EStructuralFeature feature = CellEdits.feature(cell);
        if (EditorKind.of(feature) == EditorKind.BOOLEAN) {
            return cell.getSemantic().eGet(feature);
        }
        return cell.getLabel();
    }

    @Override
    public void setDataValue(int columnIndex, int rowIndex, Object newValue) {
        Cell cell = rows.cell(rowIndex, columnIndex);
        if (cell != null) {
            edits.apply(rows.row(rowIndex).line(), cell, newValue);
        }
    }

    @Override
    public int getColumnCount() {
        return rows.columnCount();
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }
}
