package org.journeystudio.table.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.nebula.widgets.nattable.coordinate.Range;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectRowsCommand;
import org.eclipse.nebula.widgets.nattable.selection.event.ISelectionEvent;
import org.eclipse.nebula.widgets.nattable.viewport.command.ShowRowInViewportCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IEditorSite;
import org.journeystudio.table.ui.internal.CellEdits;
import org.journeystudio.table.ui.internal.CellTools;
import org.journeystudio.table.ui.internal.Choices;
import org.journeystudio.table.ui.internal.ColumnWidths;
import org.journeystudio.table.ui.internal.CsvExport;
import org.journeystudio.table.ui.internal.TableGrid;
import org.journeystudio.table.ui.internal.TableMenu;
import org.journeystudio.table.ui.internal.TableProblemDecorations;
import org.journeystudio.table.ui.internal.TableRows;
import org.journeystudio.table.ui.internal.TableSortModel;
import org.journeystudio.ui.editor.JourneyEditorContext;
import org.journeystudio.ui.editor.RepresentationPage;
import org.journeystudio.viewpoint.TableDescription;
import org.journeystudio.viewpoint.representation.Table;
import org.journeystudio.viewpoint.spec.Spec;
import org.journeystudio.viewpoint.sync.Evaluator;
import org.journeystudio.viewpoint.sync.TableSynchronizer;

/**
 * A page of the journey editor showing an edition or cross table in a NatTable. The table is
 * computed by a {@link TableSynchronizer}; {@link #refresh()} (after every command-stack change)
 * re-evaluates only what the change touched. Every edit, sort and column resize is a command on
 * the editor's stack, so it is undoable and saved with the model or its representation file.
 */
public final class TablePage implements RepresentationPage {

    /** The text of the context-menu item that exports the table. */
    public static final String EXPORT_CSV = "Export CSV\u2026";

    private final Table table;
    private final JourneyEditorContext context;
    private TableSynchronizer synchronizer;
    private TableRows rows;
    private TableGrid grid;
    private ColumnWidths widths;

    public TablePage(Table table, JourneyEditorContext context) {
        this.table = table;
        this.context = context;
    }

    public Table table() {
        return table;
    }

    @Override
    public Control createControl(Composite parent) {
        Spec spec = context.session().specOf(table);
        TableDescription description = (TableDescription) spec.description(table.getDescription());
        if (description == null) {
            throw new IllegalArgumentException("the viewpoint has no table '" + table.getDescription() + "'");
        }
        synchronizer = new TableSynchronizer(new Evaluator(spec), description, table);
        synchronizer.refresh();
        rows = new TableRows(table, this::redraw);
        rows.rebuild();
        EditingDomain domain = context.editingDomain();
        Choices choices = new Choices(adapterFactory(domain));
        CellTools tools = new CellTools(description, spec, domain, context.toolRunner(table));
        grid = new TableGrid(parent, rows, new CellEdits(domain, tools, choices), tools, choices,
                new TableSortModel(table, domain), this::showError);
        widths = new ColumnWidths(table, grid.bodyData(), domain);
        widths.apply();
        grid.bodyData().addLayerListener(widths);
        grid.selection().addLayerListener(event -> {
            if (event instanceof ISelectionEvent) {
                context.setSelection(new StructuredSelection(selectedElements()));
            }
        });
        new TableMenu(table, description, context.toolRunner(table), this::selectedElements, this::reveal)
                .install(grid.natTable(), this::exportItem);
        TableProblemDecorations.install(grid, rows, context);
        return grid.natTable();
    }

    /** Shows why a value was refused in the workbench status line (null clears it). */
    private void showError(String message) {
        if (context.site() instanceof IEditorSite editorSite) {
            editorSite.getActionBars().getStatusLineManager().setErrorMessage(message);
        }
    }

    private static AdapterFactory adapterFactory(EditingDomain domain) {
        if (domain instanceof AdapterFactoryEditingDomain withFactory) {
            return withFactory.getAdapterFactory();
        }
        return new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
    }

    private void exportItem(Menu menu) {
        MenuItem export = new MenuItem(menu, SWT.PUSH);
        export.setText(EXPORT_CSV);
        export.addListener(SWT.Selection, event -> CsvExport.run(grid.natTable().getShell(), table));
    }

    /** Writes the table as CSV, atomically (what "Export CSV..." does once a file is chosen). */
    public void exportCsv(Path file) throws IOException {
        CsvExport.write(table, file);
    }

    /** The elements of the selected lines, top to bottom, each once. */
    public List<EObject> selectedElements() {
        List<EObject> elements = new ArrayList<>();
        SelectionLayer selection = grid.selection();
        for (Range range : selection.getSelectedRowPositions()) {
            for (int position = range.start; position < range.end; position++) {
                int index = selection.getRowIndexByPosition(position);
                if (index >= 0 && index < rows.size()) {
                    EObject element = rows.row(index).line().getSemantic();
                    if (!elements.contains(element)) {
                        elements.add(element);
                    }
                }
            }
        }
        return elements;
    }

    @Override
    public void refresh() {
        if (grid == null || grid.natTable().isDisposed()) {
            return;
        }
        synchronizer.refreshIncremental();
        rows.rebuild();
        widths.apply();
        grid.natTable().refresh();
    }

    private void redraw() {
        if (grid != null && !grid.natTable().isDisposed()) {
            grid.natTable().refresh();
        }
    }

    @Override
    public void reveal(EObject element) {
        if (grid == null) {
            return;
        }
        int index = rows.indexOf(element);
        if (index < 0) {
            return;
        }
        SelectionLayer selection = grid.selection();
        int position = selection.getRowPositionByIndex(index);
        selection.doCommand(new SelectRowsCommand(selection, 0, position, false, false));
        grid.viewport().doCommand(new ShowRowInViewportCommand(position));
    }

    @Override
    public void dispose() {
        if (synchronizer != null) {
            synchronizer.dispose();
        }
        if (grid != null && !grid.natTable().isDisposed()) {
            grid.natTable().dispose();
        }
    }
}
