package org.journeystudio.viewpoint.tests.table;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.journeystudio.viewpoint.representation.Cell;
import org.journeystudio.viewpoint.representation.Column;
import org.journeystudio.viewpoint.representation.Line;
import org.journeystudio.viewpoint.representation.Table;

/** Everything a table shows, as text, so that two tables can be compared in one assertion with a readable diff. */
final class TableDump {

    private TableDump() {
    }

    static String of(Table table) {
        StringBuilder text = new StringBuilder();
        for (Column column : table.getColumns()) {
            text.append("column ").append(column.getMapping()).append(" '").append(column.getLabel()).append("' ")
                    .append(column.getWidth()).append(' ').append(column.getFeatureName()).append(' ')
                    .append(identity(column.getSemantic())).append('\n');
        }
        for (Line line : table.getLines()) {
            line(table, line, "", text);
        }
        return text.toString();
    }

    private static void line(Table table, Line line, String indent, StringBuilder text) {
        text.append(indent).append(line.getMapping()).append(" '").append(line.getLabel()).append("' ")
                .append(identity(line.getSemantic())).append(style(line.getBackground(), line.getForeground(), line.isBold()))
                .append('\n');
        for (Cell cell : line.getCells()) {
            text.append(indent).append("  [").append(table.getColumns().indexOf(cell.getColumn())).append("] '")
                    .append(cell.getLabel()).append("' ").append(cell.isEditable() ? "editable" : "read-only")
                    .append(style(cell.getBackground(), cell.getForeground(), cell.isBold()))
                    .append(cell.getSemantic() == line.getSemantic() ? "" : " other element").append('\n');
        }
        for (Line sub : line.getLines()) {
            line(table, sub, indent + "    ", text);
        }
    }

    private static String style(String background, String foreground, boolean bold) {
        return " {" + background + " " + foreground + (bold ? " bold}" : "}");
    }

    /** The semantic element by identity (its name can repeat). */
    private static String identity(EObject element) {
        return element == null ? "-" : element.eClass().getName() + "@" + System.identityHashCode(element);
    }

    /** The line headers, depth first, indented by level. */
    static List<String> headers(Table table) {
        List<String> headers = new ArrayList<>();
        for (Line line : table.getLines()) {
            headers(line, "", headers);
        }
        return headers;
    }

    private static void headers(Line line, String indent, List<String> headers) {
        headers.add(indent + line.getLabel());
        for (Line sub : line.getLines()) {
            headers(sub, indent + "  ", headers);
        }
    }

    /** The labels of one column, top lines only. */
    static List<String> column(Table table, int index) {
        Column column = table.getColumns().get(index);
        List<String> labels = new ArrayList<>();
        for (Line line : table.getLines()) {
            labels.add(line.getCells().stream().filter(cell -> cell.getColumn() == column).map(Cell::getLabel)
                    .findFirst().orElse(null));
        }
        return labels;
    }
}
