package org.journeystudio.table.ui.internal;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.layer.LabelStack;
import org.eclipse.nebula.widgets.nattable.layer.LayerUtil;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.swt.graphics.Rectangle;
import org.journeystudio.ui.decorators.ProblemDecorator;
import org.journeystudio.ui.editor.JourneyEditorContext;

/**
 * The error and warning decorators of a table: in the row header of every line whose element has a
 * problem, with the messages as the tooltip over the whole line.
 */
public final class TableProblemDecorations {

    private TableProblemDecorations() {
    }

    public static void install(TableGrid grid, TableRows rows, JourneyEditorContext context) {
        NatTable table = grid.natTable();
        ProblemDecorator.install(table, context.problems(), element -> bounds(grid, rows, element),
                (x, y) -> elementAt(grid, rows, table.getRowPositionByY(y)));
    }

    /** The row header cell of an element's line, when the line is shown. */
    private static Rectangle bounds(TableGrid grid, TableRows rows, EObject element) {
        NatTable table = grid.natTable();
        for (int position = 0; position < table.getRowCount(); position++) {
            if (elementAt(grid, rows, position) == element) {
                return new Rectangle(0, table.getStartYOfRowPosition(position), table.getColumnWidthByPosition(0),
                        table.getRowHeightByPosition(position));
            }
        }
        return null;
    }

    /** The element of the line at a row position of the whole table; null for header rows. */
    private static EObject elementAt(TableGrid grid, TableRows rows, int position) {
        NatTable table = grid.natTable();
        if (position < 0) {
            return null;
        }
        LabelStack regions = table.getRegionLabelsByXY(1, table.getStartYOfRowPosition(position) + 1);
        if (regions == null || !regions.hasLabel(GridRegion.ROW_HEADER)) {
            return null;
        }
        SelectionLayer selection = grid.selection();
        int index = selection.getRowIndexByPosition(LayerUtil.convertRowPosition(table, position, selection));
        return index >= 0 && index < rows.size() ? rows.row(index).line().getSemantic() : null;
    }
}
