package org.journeystudio.table.ui.internal;

import java.util.function.Consumer;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.ConfigRegistry;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.filterrow.FilterRowHeaderComposite;
import org.eclipse.nebula.widgets.nattable.filterrow.config.DefaultFilterRowConfiguration;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultCornerDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.CornerLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.RowHeaderLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.LayerUtil;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.sort.SortHeaderLayer;
import org.eclipse.nebula.widgets.nattable.sort.config.SingleClickSortConfiguration;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.nebula.widgets.nattable.ui.matcher.CellLabelMouseEventMatcher;
import org.eclipse.nebula.widgets.nattable.ui.matcher.MouseEventMatcher;
import org.eclipse.nebula.widgets.nattable.util.GUIHelper;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.events.MouseEvent;
import org.eclipse.swt.widgets.Composite;
import org.journeystudio.viewpoint.DirectEditTool;
import org.journeystudio.viewpoint.representation.Cell;
import org.journeystudio.viewpoint.representation.Line;

/**
 * The NatTable of a table page: a grid whose body shows the cells (styled, editable), whose
 * column headers sort on a click and carry a filter row, whose row headers show the line labels
 * (sub-lines indented), and whose corner is empty.
 */
public final class TableGrid {

    private static final int ROW_HEADER_WIDTH = 240;
    /** The label of cross-table cells, which show a mark rather than text. */
    private static final String CROSS_CELL = "journey.crossCell";

    private final TableRows rows;
    private final CellEdits edits;
    private final CellTools tools;
    private final DataLayer bodyData;
    private final SelectionLayer selection;
    private final ViewportLayer viewport;
    private final NatTable natTable;

    /**
     * @param errors told why an entered value was refused (null when an edit is accepted again)
     */
    public TableGrid(Composite parent, TableRows rows, CellEdits edits, CellTools tools, Choices choices,
            TableSortModel sortModel, Consumer<String> errors) {
        this.rows = rows;
        this.edits = edits;
        this.tools = tools;
        CollectionFactories.initialize();
        ConfigRegistry config = new ConfigRegistry();
        StyleLabels styles = new StyleLabels(config);
        bodyData = new DataLayer(new BodyData(rows, edits));
        bodyData.setConfigLabelAccumulator((labels, column, row) -> {
            if (row < rows.size()) {
                Line line = rows.row(row).line();
                Cell cell = rows.cell(row, column);
                EditorKind kind = edits.kind(line, cell);
                if (kind != EditorKind.NONE) {
                    labels.addLabel(kind.label());
                }
                if (rows.column(column).getSemantic() != null) {
                    labels.addLabel(CROSS_CELL);
                }
                styles.addCell(labels, cell, line);
            }
        });
        selection = new SelectionLayer(bodyData);
        viewport = new ViewportLayer(selection);

        ColumnHeaderData columnHeader = new ColumnHeaderData(rows);
        ColumnHeaderLayer columnHeaderLayer = new ColumnHeaderLayer(new DataLayer(columnHeader), viewport, selection);
        SortHeaderLayer<Line> sortHeader = new SortHeaderLayer<>(columnHeaderLayer, sortModel, false);
        FilterRowHeaderComposite<Line> filterHeader = new FilterRowHeaderComposite<>(rows, sortHeader, columnHeader,
                config);

        RowHeaderData rowHeader = new RowHeaderData(rows);
        DataLayer rowHeaderData = new DataLayer(rowHeader, ROW_HEADER_WIDTH, DataLayer.DEFAULT_ROW_HEIGHT);
        rowHeaderData.setConfigLabelAccumulator((labels, column, row) -> {
            if (row < rows.size()) {
                styles.addLineText(labels, rows.row(row).line());
            }
        });
        RowHeaderLayer rowHeaderLayer = new RowHeaderLayer(rowHeaderData, viewport, selection);
        CornerLayer corner = new CornerLayer(new DataLayer(new DefaultCornerDataProvider(columnHeader, rowHeader)),
                rowHeaderLayer, filterHeader);
        GridLayer grid = new GridLayer(viewport, filterHeader, rowHeaderLayer, corner);

        natTable = new NatTable(parent, grid, false);
        natTable.setConfigRegistry(config);
        natTable.addConfiguration(new DefaultNatTableStyleConfiguration());
        natTable.addConfiguration(new SingleClickSortConfiguration());
        natTable.addConfiguration(new DefaultFilterRowConfiguration());
        natTable.addConfiguration(new EditingConfiguration(rows, edits, choices, errors));
        natTable.addConfiguration(new Alignment());
        natTable.configure();
        natTable.getUiBindingRegistry().registerFirstSingleClickBinding(new CellLabelMouseEventMatcher(GridRegion.BODY,
                MouseEventMatcher.LEFT_BUTTON, EditorKind.TOGGLE.label()), (table, event) -> toggle(event));
    }

    public NatTable natTable() {
        return natTable;
    }

    public DataLayer bodyData() {
        return bodyData;
    }

    public SelectionLayer selection() {
        return selection;
    }

    public ViewportLayer viewport() {
        return viewport;
    }

    /** A click on a cross-table cell with a cell editor runs it with the cell's text. */
    private void toggle(MouseEvent event) {
        int column = LayerUtil.convertColumnPosition(natTable, natTable.getColumnPositionByX(event.x), bodyData);
        int row = LayerUtil.convertRowPosition(natTable, natTable.getRowPositionByY(event.y), bodyData);
        Cell cell = rows.cell(row, column);
        if (cell == null) {
            return;
        }
        Line line = rows.row(row).line();
        DirectEditTool tool = tools.toolFor(line, cell);
        if (tool != null && edits.kind(line, cell) == EditorKind.TOGGLE) {
            tools.run(tool, line, cell, cell.getLabel());
        }
    }

    /**
     * Text reads from the left: line labels (so that indented sub-lines show their nesting) and
     * body cells; numbers, check boxes and cross-table marks stay centred.
     */
    private static final class Alignment extends AbstractRegistryConfiguration {

        @Override
        public void configureRegistry(IConfigRegistry registry) {
            Style header = new Style();
            header.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, GUIHelper.COLOR_WIDGET_BACKGROUND);
            header.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.LEFT);
            registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, header, DisplayMode.NORMAL,
                    GridRegion.ROW_HEADER);
            registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, aligned(HorizontalAlignmentEnum.LEFT),
                    DisplayMode.NORMAL, GridRegion.BODY);
            for (String centred : new String[] {EditorKind.INTEGER.label(), EditorKind.DECIMAL.label(),
                EditorKind.BOOLEAN.label(), CROSS_CELL}) {
                registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE,
                        aligned(HorizontalAlignmentEnum.CENTER), DisplayMode.NORMAL, centred);
            }
        }

        private static Style aligned(HorizontalAlignmentEnum alignment) {
            Style style = new Style();
            style.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, alignment);
            return style;
        }
    }
}
