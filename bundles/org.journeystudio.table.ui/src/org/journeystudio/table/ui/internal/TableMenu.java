package org.journeystudio.table.ui.internal;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.journeystudio.viewpoint.DeleteTool;
import org.journeystudio.viewpoint.NodeCreationTool;
import org.journeystudio.viewpoint.TableDescription;
import org.journeystudio.viewpoint.Tool;
import org.journeystudio.viewpoint.representation.Table;
import org.journeystudio.viewpoint.tools.TableTools;
import org.journeystudio.viewpoint.tools.ToolRunner;

/**
 * The context menu of a table page, rebuilt each time it opens: one item per creation tool of the
 * table's description (a new line, beside the selected one), one per delete tool (the selected
 * lines, enabled when there are any), then the page's own items such as CSV export. Each tool
 * runs as one undoable command; the line it created is selected.
 */
public final class TableMenu {

    private final Table table;
    private final TableDescription description;
    private final ToolRunner runner;
    private final Supplier<List<EObject>> selection;
    private final Consumer<EObject> reveal;

    /**
     * @param selection the elements of the selected lines, top to bottom
     * @param reveal selects and shows the line of an element
     */
    public TableMenu(Table table, TableDescription description, ToolRunner runner, Supplier<List<EObject>> selection,
            Consumer<EObject> reveal) {
        this.table = table;
        this.description = description;
        this.runner = runner;
        this.selection = selection;
        this.reveal = reveal;
    }

    /** A menu on the control that lists the tools, then calls {@code more} to add the page's items. */
    public Menu install(Control control, Consumer<Menu> more) {
        Menu menu = new Menu(control);
        menu.addListener(SWT.Show, event -> {
            for (MenuItem item : menu.getItems()) {
                item.dispose();
            }
            fill(menu);
            more.accept(menu);
        });
        control.setMenu(menu);
        return menu;
    }

    private void fill(Menu menu) {
        TableTools tools = new TableTools(runner.commands());
        List<EObject> selected = selection.get();
        for (NodeCreationTool tool : TableTools.of(description, NodeCreationTool.class)) {
            item(menu, label(tool), true, () -> {
                EObject anchor = selected.isEmpty() ? null : selected.get(selected.size() - 1);
                Command done = runner.execute(tools.createLine(tool, table, anchor));
                if (done != null) {
                    done.getResult().stream().filter(EObject.class::isInstance).map(EObject.class::cast).findFirst()
                            .ifPresent(reveal);
                }
            });
        }
        for (DeleteTool tool : TableTools.of(description, DeleteTool.class)) {
            item(menu, label(tool), !selected.isEmpty(), () -> runner.execute(tools.deleteLines(tool, table, selected)));
        }
        if (!description.getTools().isEmpty()) {
            new MenuItem(menu, SWT.SEPARATOR);
        }
    }

    private static void item(Menu menu, String text, boolean enabled, Runnable action) {
        MenuItem item = new MenuItem(menu, SWT.PUSH);
        item.setText(text);
        item.setEnabled(enabled);
        item.addListener(SWT.Selection, event -> action.run());
    }

    private static String label(Tool tool) {
        return tool.getLabel() == null || tool.getLabel().isBlank() ? tool.getName() : tool.getLabel();
    }
}
