package org.journeystudio.render.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.journeystudio.render.FontSpec;
import org.journeystudio.render.Rect;
import org.journeystudio.render.RgbColor;
import org.journeystudio.render.scene.Figure;
import org.journeystudio.render.scene.GroupFigure;
import org.journeystudio.render.scene.LineFigure;
import org.journeystudio.render.scene.Scene;
import org.journeystudio.render.scene.ShapeFigure;
import org.journeystudio.render.scene.ShapeKind;
import org.journeystudio.render.scene.ShapeStyle;
import org.journeystudio.render.scene.TextFigure;
import org.journeystudio.render.StrokeSpec;
import org.journeystudio.viewpoint.representation.Cell;
import org.journeystudio.viewpoint.representation.Column;
import org.journeystudio.viewpoint.representation.Line;
import org.journeystudio.viewpoint.representation.Table;
import org.journeystudio.viewpoint.sync.TableCells;

/**
 * A computed table as a picture: a header row, then one row per line (sub-lines indented) with
 * the cells' computed colours, so tables export to SVG, PNG and PDF like diagrams do.
 */
public final class TableScene {

    static final double HEADER_WIDTH = 220;
    static final double ROW = 26;
    static final double INDENT = 16;
    static final double TEXT = 10;
    private static final RgbColor HEAD = RgbColor.parse("#f1f5f9");
    private static final RgbColor GRID = RgbColor.parse("#e2e8f0");

    /** What one cell of a row shows. */
    private record CellText(String text, double width, String background, String foreground, boolean bold) {
    }

    /** One row: its group id and class, the line header, the cells and the line's colours. */
    private record Row(String id, String cssClass, String header, List<CellText> cells, RgbColor background, RgbColor ink,
            boolean bold, int level) {
    }

    private final List<Figure> rows = new ArrayList<>();
    private double y;

    public Scene build(Table table, String title, String subtitle) {
        rows.clear();
        double width = HEADER_WIDTH + table.getColumns().stream().mapToDouble(Column::getWidth).sum();
        double left = Theme.MARGIN;
        y = Theme.MARGIN + Theme.HEADER;
        row(new Row("header", "header", null, headerCells(table), HEAD, Theme.INK, true, 0), left);
        for (Line line : table.getLines()) {
            line(table, line, left, 0);
        }
        Scene scene = new Scene();
        double height = y + Theme.MARGIN;
        double pageWidth = Math.max(width + 2 * Theme.MARGIN, 480);
        scene.add(new ShapeFigure(ShapeKind.RECTANGLE, Rect.of(0, 0, pageWidth, height), ShapeStyle.filled(Theme.PAGE, null)));
        scene.add(GroupFigure.of("title", "title",
                new TextFigure(Rect.of(Theme.MARGIN, Theme.MARGIN - 4, pageWidth - 2 * Theme.MARGIN, 28), title,
                        FontSpec.sans(Theme.TITLE_SIZE).asBold(), Theme.INK).withMaxLines(1),
                new TextFigure(Rect.of(Theme.MARGIN, Theme.MARGIN + 26, pageWidth - 2 * Theme.MARGIN, 18), subtitle,
                        FontSpec.sans(Theme.SUBTITLE_SIZE), Theme.MUTED).withMaxLines(1)));
        rows.forEach(scene::add);
        return scene;
    }

    private static List<CellText> headerCells(Table table) {
        List<CellText> cells = new ArrayList<>();
        for (Column column : table.getColumns()) {
            cells.add(new CellText(column.getLabel(), column.getWidth(), null, null, true));
        }
        return cells;
    }

    private void line(Table table, Line line, double left, int level) {
        Map<Column, Cell> byColumn = TableCells.byColumn(line);
        List<CellText> cells = new ArrayList<>();
        for (Column column : table.getColumns()) {
            Cell cell = byColumn.get(column);
            cells.add(cell == null ? new CellText("", column.getWidth(), null, null, false)
                    : new CellText(cell.getLabel(), column.getWidth(), cell.getBackground(), cell.getForeground(),
                            cell.isBold()));
        }
        RgbColor background = Theme.colour(line.getBackground(), RgbColor.WHITE);
        RgbColor ink = Theme.colour(line.getForeground(), Theme.INK);
        row(new Row(DiagramScene.idOf(line.getSemantic()), "line " + line.getMapping(), line.getLabel(), cells, background,
                ink, line.isBold(), level), left);
        for (Line sub : line.getLines()) {
            line(table, sub, left, level + 1);
        }
    }

    private void row(Row row, double left) {
        List<Figure> figures = new ArrayList<>();
        double x = left + HEADER_WIDTH;
        double width = x - left + row.cells().stream().mapToDouble(CellText::width).sum();
        RgbColor background = row.background();
        RgbColor ink = row.ink();
        figures.add(new ShapeFigure(ShapeKind.RECTANGLE, Rect.of(left, y, width, ROW), ShapeStyle.filled(background, null)));
        FontSpec font = row.bold() ? FontSpec.sans(TEXT).asBold() : FontSpec.sans(TEXT);
        double indent = row.level() * INDENT;
        if (row.header() != null) {
            figures.add(text(row.header(), Rect.of(left + 8 + indent, y, HEADER_WIDTH - 12 - indent, ROW), font, ink));
        }
        for (CellText cell : row.cells()) {
            if (cell.background() != null) {
                figures.add(new ShapeFigure(ShapeKind.RECTANGLE, Rect.of(x, y, cell.width(), ROW),
                        ShapeStyle.filled(Theme.colour(cell.background(), background), null)));
            }
            FontSpec cellFont = cell.bold() ? font.asBold() : font;
            figures.add(text(cell.text(), Rect.of(x + 6, y, cell.width() - 10, ROW), cellFont,
                    Theme.colour(cell.foreground(), ink)));
            x += cell.width();
        }
        figures.add(new LineFigure(new double[] {left, y + ROW, left + width, y + ROW}, GRID, StrokeSpec.solid(1)));
        rows.add(new GroupFigure(row.id(), row.cssClass(), figures));
        y += ROW;
    }

    private static Figure text(String text, Rect box, FontSpec font, RgbColor colour) {
        return new TextFigure(Rect.of(box.x(), box.y() + 7, box.w(), box.h() - 7), text == null ? "" : text, font, colour)
                .withMaxLines(1);
    }
}
