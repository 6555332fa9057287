package org.journeystudio.viewpoint.sync;

import java.util.IdentityHashMap;
import java.util.Map;

import org.journeystudio.viewpoint.representation.Cell;
import org.journeystudio.viewpoint.representation.Column;
import org.journeystudio.viewpoint.representation.Line;

/** Finding the cell of a line in a column: cross tables leave cells out, so positions do not match columns. */
public final class TableCells {

    private TableCells() {
    }

    /** The cell of the line in the column, or null when the line has none there. */
    public static Cell find(Line line, Column column) {
        for (Cell cell : line.getCells()) {
            if (cell.getColumn() == column) {
                return cell;
            }
        }
        return null;
    }

    /** The line's cells by column, for walking many columns of one line. */
    public static Map<Column, Cell> byColumn(Line line) {
        Map<Column, Cell> cells = new IdentityHashMap<>();
        for (Cell cell : line.getCells()) {
            cells.put(cell.getColumn(), cell);
        }
        return cells;
    }
}
