package org.journeystudio.cli.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Columns aligned for a terminal: every column as wide as its widest cell, numbers right-aligned,
 * the last column not padded (no trailing blanks). Line breaks in cells become spaces.
 */
final class TextTable {

    private static final String GAP = "  ";

    private final boolean[] rightAligned;
    private final List<String[]> rows = new ArrayList<>();

    /** One flag per column: {@code true} aligns the column to the right. */
    TextTable(boolean... rightAligned) {
        this.rightAligned = rightAligned.clone();
    }

    TextTable row(Object... cells) {
        String[] row = new String[rightAligned.length];
        for (int i = 0; i < row.length; i++) {
            Object cell = i < cells.length ? cells[i] : null;
            row[i] = cell == null ? "" : cell.toString().replaceAll("[\\r\\n\\t]+", " ");
        }
        rows.add(row);
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    void write(String indent, Writer out) throws IOException {
        int[] widths = new int[rightAligned.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder(indent);
            for (int i = 0; i < row.length; i++) {
                line.append(i == 0 ? "" : GAP).append(pad(row[i], widths[i], rightAligned[i], i == row.length - 1));
            }
            out.write(line.toString().stripTrailing());
            out.write('\n');
        }
    }

    private static String pad(String cell, int width, boolean right, boolean last) {
        String padding = " ".repeat(width - cell.length());
        if (right) {
            return padding + cell;
        }
        return last ? cell : cell + padding;
    }
}
