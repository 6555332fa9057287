package org.journeystudio.viewpoint.sync;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.journeystudio.viewpoint.representation.Cell;
import org.journeystudio.viewpoint.representation.Column;
import org.journeystudio.viewpoint.representation.Line;
import org.journeystudio.viewpoint.representation.Table;

/**
 * A synchronized table as CSV (RFC 4180): CRLF line ends, a header row, fields quoted when they
 * hold a comma, a double quote, CR or LF, quotes doubled. Nested lines are written depth first
 * right after their parent, and a first column {@code Level} (1 for top lines, 2 for their
 * sub-lines ...) keeps the nesting: a spreadsheet can filter or indent by it, whereas indenting
 * the header text with spaces would change the data. Then come the line header ({@code Line})
 * and one field per column; a line without a cell in a column (a cross table) has an empty field.
 */
public final class TableCsv {

    private static final String CRLF = "\r\n";

    private TableCsv() {
    }

    public static String toCsv(Table table) {
        StringWriter out = new StringWriter();
        try {
            write(table, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static void write(Table table, Writer out) throws IOException {
        List<String> header = new ArrayList<>();
        header.add("Level");
        header.add("Line");
        for (Column column : table.getColumns()) {
            header.add(column.getLabel());
        }
        record(header, out);
        for (Line line : table.getLines()) {
            write(table, line, 1, out);
        }
    }

    private static void write(Table table, Line line, int level, Writer out) throws IOException {
        List<String> fields = new ArrayList<>();
        fields.add(Integer.toString(level));
        fields.add(line.getLabel());
        Map<Column, Cell> cells = TableCells.byColumn(line);
        for (Column column : table.getColumns()) {
            Cell cell = cells.get(column);
            fields.add(cell == null ? "" : ExportedCellText.of(cell));
        }
        record(fields, out);
        for (Line sub : line.getLines()) {
            write(table, sub, level + 1, out);
        }
    }

    private static void record(List<String> fields, Writer out) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(fields.get(i)));
        }
        out.write(CRLF);
    }

    /** One field, quoted when RFC 4180 requires it. */
    static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\r') < 0 && value.indexOf('\n') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
