package org.journeystudio.viewpoint.sync;

import java.util.Map;

import org.journeystudio.model.export.Html;
import org.journeystudio.viewpoint.representation.Cell;
import org.journeystudio.viewpoint.representation.Column;
import org.journeystudio.viewpoint.representation.Line;
import org.journeystudio.viewpoint.representation.Table;
import org.journeystudio.viewpoint.spec.ExpressionFeatures;

/**
 * A synchronized table as an HTML {@code <table>} fragment that screen readers can navigate: a
 * caption (the table's name), column headers with {@code scope="col"} (the sorted one with
 * {@code aria-sort}), each line's header as a row header with {@code scope="row"}. Sub-lines
 * follow their parent, indented, with their depth in {@code data-level}. Line and cell styles
 * become inline colours and bold text; only literal {@code #rrggbb} colours are written.
 */
public final class TableHtml {

    private static final double INDENT_EM = 1.5;

    private TableHtml() {
    }

    public static String toHtml(Table table) {
        StringBuilder html = new StringBuilder(256);
        html.append("<table class=\"journey-table\">\n");
        if (table.getName() != null && !table.getName().isEmpty()) {
            html.append("<caption>").append(escape(table.getName())).append("</caption>\n");
        }
        Column sorted = LineOrder.sortColumn(table);
        html.append("<thead>\n<tr><th scope=\"col\">Line</th>");
        for (Column column : table.getColumns()) {
            html.append("<th scope=\"col\"");
            if (column == sorted) {
                html.append(" aria-sort=\"").append(table.isSortDescending() ? "descending" : "ascending").append('"');
            }
            html.append('>').append(escape(column.getLabel())).append("</th>");
        }
        html.append("</tr>\n</thead>\n<tbody>\n");
        for (Line line : table.getLines()) {
            line(table, line, 1, html);
        }
        return html.append("</tbody>\n</table>\n").toString();
    }

    private static void line(Table table, Line line, int level, StringBuilder html) {
        html.append("<tr data-level=\"").append(level).append("\"><th scope=\"row\"");
        String indent = level > 1 ? "padding-left:" + (level - 1) * INDENT_EM + "em;" : "";
        style(indent, line.getBackground(), line.getForeground(), line.isBold(), html);
        html.append('>').append(escape(line.getLabel())).append("</th>");
        Map<Column, Cell> cells = TableCells.byColumn(line);
        for (Column column : table.getColumns()) {
            Cell cell = cells.get(column);
            html.append("<td");
            if (cell != null) {
                style("", cell.getBackground(), cell.getForeground(), cell.isBold(), html);
            }
            html.append(">").append(cell == null ? "" : escape(ExportedCellText.of(cell))).append("</td>");
        }
        html.append("</tr>\n");
        for (Line sub : line.getLines()) {
            line(table, sub, level + 1, html);
        }
    }

    private static void style(String base, String background, String foreground, boolean bold, StringBuilder html) {
        StringBuilder css = new StringBuilder(base);
        if (isColour(background)) {
            css.append("background-color:").append(background).append(';');
        }
        if (isColour(foreground)) {
            css.append("color:").append(foreground).append(';');
        }
        if (bold) {
            css.append("font-weight:bold;");
        }
        if (!css.isEmpty()) {
            html.append(" style=\"").append(css).append('"');
        }
    }

    private static boolean isColour(String value) {
        return value != null && ExpressionFeatures.isFixedColour(value);
    }

    static String escape(String text) {
        return Html.esc(text);
    }
}
