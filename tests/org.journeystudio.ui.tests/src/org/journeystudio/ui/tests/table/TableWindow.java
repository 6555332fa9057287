package org.journeystudio.ui.tests.table;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.data.convert.IDisplayConverter;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.journeystudio.model.templates.JourneyTemplates;
import org.journeystudio.table.ui.TablePage;
import org.journeystudio.table.ui.TablePageFactory;
import org.journeystudio.ui.tests.Screenshots;
import org.journeystudio.ui.tests.UiThread;
import org.journeystudio.viewpoint.RepresentationDescription;
import org.journeystudio.viewpoint.builtin.JourneyViewpoint;
import org.journeystudio.viewpoint.representation.RepresentationFactory;
import org.journeystudio.viewpoint.representation.Table;
import org.journeystudio.viewpoint.session.Session;
import org.journeystudio.viewpoint.spec.Spec;
import org.journeystudio.viewpoint.tools.EditingDomains;
import org.journeystudio.viewpoint.tools.ToolRunner;

/**
 * A table page in a window of its own, over a map made from a template: a session, one editing
 * domain and a context that refreshes the page after every command, as the journey editor does.
 */
final class TableWindow {

    /** Grid rows above the first line: the column headers and the filter row. */
    static final int HEADER_ROWS = 2;
    /** Grid columns left of the first column: the line headers. */
    static final int HEADER_COLUMNS = 1;

    final Session session;
    final AdapterFactoryEditingDomain domain;
    final TestEditorContext context;
    final Table table;
    final TablePage page;
    final Shell shell;
    final NatTable natTable;

    private TableWindow(Session session, String description, EObject target) {
        this.session = session;
        Spec spec = session.spec();
        domain = EditingDomains.create(session.resourceSet());
        context = new TestEditorContext(session, domain, new ToolRunner(domain, spec));
        table = RepresentationFactory.eINSTANCE.createTable();
        RepresentationDescription described = spec.description(description);
        table.setName(described.getLabel());
        table.setViewpoint(Spec.viewpointOf(described).getName());
        table.setDescription(description);
        table.setTarget(target);
        session.representationFile().getRepresentations().add(table);
        page = (TablePage) new TablePageFactory().create(table, context);
        // a top-level shell, like the workbench window an editor lives in: Esc reaches the cell editor
        // instead of closing a dialog shell
        shell = new Shell(UiThread.display(), SWT.SHELL_TRIM);
        shell.setText(table.getName());
        shell.setLayout(new FillLayout());
        natTable = (NatTable) page.createControl(shell);
        domain.getCommandStack().addCommandStackListener(event -> page.refresh());
        shell.setBounds(40, 40, 1180, 420);
        shell.open();
        shell.moveAbove(null);
        shell.forceActive();
        natTable.setFocus();
    }

    /** Opens a table of the built-in journey viewpoint on a fresh copy of a template; call off the UI thread. */
    static TableWindow open(String template, String description, boolean ofJourney) {
        return open(JourneyViewpoint.spec(), template, description, ofJourney);
    }

    /** Opens a table of a specification on a fresh copy of a template; call off the UI thread. */
    static TableWindow open(Spec spec, String template, String description, boolean ofJourney) {
        Session session = session(spec, template);
        EObject target = ofJourney ? session.model().getJourneys().get(0) : session.model();
        TableWindow window = UiThread.call(() -> new TableWindow(session, description, target));
        UiThread.settle(600);
        return window;
    }

    private static Session session(Spec spec, String template) {
        try {
            Path dir = Files.createTempDirectory("journey-table-ui");
            Path file = dir.resolve(template + ".journey");
            JourneyTemplates.instantiate(template, file);
            return Session.open(file, spec);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    CommandStack stack() {
        return domain.getCommandStack();
    }

    /** The bounds, in the NatTable, of the cell of a shown row in a table column. */
    Rectangle cellBounds(int row, int column) {
        return UiThread.call(() -> natTable.getBoundsByPosition(column + HEADER_COLUMNS, row + HEADER_ROWS));
    }

    /** The bounds of a column's header. */
    Rectangle headerBounds(int column) {
        return UiThread.call(() -> natTable.getBoundsByPosition(column + HEADER_COLUMNS, 0));
    }

    /** The bounds of a column's filter cell. */
    Rectangle filterBounds(int column) {
        return UiThread.call(() -> natTable.getBoundsByPosition(column + HEADER_COLUMNS, 1));
    }

    /** The text NatTable shows in a body cell. */
    Object shown(int row, int column) {
        return UiThread.call(() -> natTable.getDataValueByPosition(column + HEADER_COLUMNS, row + HEADER_ROWS));
    }

    /** What a body cell shows: its value through the cell's display converter (enum literals in words). */
    Object displayed(int row, int column) {
        return UiThread.call(() -> {
            ILayerCell cell = natTable.getCellByPosition(column + HEADER_COLUMNS, row + HEADER_ROWS);
            IConfigRegistry registry = natTable.getConfigRegistry();
            IDisplayConverter converter = registry.getConfigAttribute(CellConfigAttributes.DISPLAY_CONVERTER,
                    DisplayMode.NORMAL, cell.getConfigLabels());
            return converter == null ? cell.getDataValue() : converter.canonicalToDisplayValue(cell, registry,
                    cell.getDataValue());
        });
    }

    /** Opens the table's context menu and selects an item by its text. */
    void menuItem(String text) {
        UiThread.run(() -> {
            Menu menu = natTable.getMenu();
            menu.notifyListeners(SWT.Show, new Event());
            for (MenuItem item : menu.getItems()) {
                if (item.getText().equals(text)) {
                    assertTrue(item.isEnabled(), text + " is enabled");
                    item.notifyListeners(SWT.Selection, new Event());
                    return;
                }
            }
            throw new AssertionError("no menu item " + text);
        });
        UiThread.settle(300);
    }

    /** The texts of the context menu's items as it opens now. */
    List<String> menuItems() {
        return UiThread.call(() -> {
            Menu menu = natTable.getMenu();
            menu.notifyListeners(SWT.Show, new Event());
            List<String> texts = new ArrayList<>();
            for (MenuItem item : menu.getItems()) {
                texts.add(item.getText());
            }
            return texts;
        });
    }

    int shownRows() {
        return UiThread.call(() -> natTable.getRowCount() - HEADER_ROWS);
    }

    File screenshot(String name) {
        UiThread.settle(300);
        return UiThread.call(() -> Screenshots.take(shell, name));
    }

    void close() {
        UiThread.run(() -> {
            page.dispose();
            shell.dispose();
        });
        session.close();
    }
}
