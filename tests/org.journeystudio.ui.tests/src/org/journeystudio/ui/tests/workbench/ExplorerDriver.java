package org.journeystudio.ui.tests.workbench;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.navigator.CommonNavigator;
import org.journeystudio.ui.tests.UiThread;

/**
 * The Project Explorer driven as a person does: rows clicked (Ctrl+click for more), Shift+F10 for the
 * context menu, an entry picked through its submenus. Call off the UI thread.
 */
final class ExplorerDriver {

    private ExplorerDriver() {
    }

    /** Shows the Project Explorer, opens the rows down to the files and clicks them, the first plainly, the rest with Ctrl. */
    static Tree select(IFile... files) {
        Tree tree = UiThread.call(() -> {
            CommonNavigator explorer = explorer();
            for (IFile file : files) {
                explorer.getCommonViewer().reveal(file); // the rows of its folders opened, as clicks on their arrows do
            }
            Workbench.page().activate(explorer);
            return explorer.getCommonViewer().getTree();
        });
        UiThread.settle(200);
        UiThread.run(() -> {
            TreeItem[] rows = Arrays.stream(files).map(file -> row(tree, file)).toArray(TreeItem[]::new);
            Workbench.window().getShell().forceActive();
            tree.setFocus();
            for (int i = 0; i < rows.length; i++) {
                tree.select(rows[i]);
                if (i == 0) {
                    tree.setSelection(rows[0]);
                }
                Event click = new Event();
                click.item = rows[i];
                click.stateMask = i == 0 ? 0 : SWT.CTRL;
                tree.notifyListeners(SWT.Selection, click);
            }
        });
        UiThread.settle(200);
        return tree;
    }

    /** The labels of a submenu of the tree's context menu. */
    static List<String> labels(Tree tree, String submenu) {
        Menu menu = openMenu(tree);
        return UiThread.call(() -> {
            Menu holder = CanvasMenus.item(menu, submenu).getMenu();
            holder.notifyListeners(SWT.Show, new Event());
            List<String> labels = Arrays.stream(holder.getItems()).map(item -> CanvasMenus.plain(item.getText())).toList();
            menu.setVisible(false);
            return labels;
        });
    }

    /**
     * Picks an entry of the context menu. The pick is posted, so that a dialog it opens does not block the
     * test (answer it with {@link Dialogs#waitFor}).
     */
    static void choose(Tree tree, String... path) {
        Menu menu = openMenu(tree);
        UiThread.run(() -> {
            Menu holder = menu;
            for (int level = 0; level < path.length - 1; level++) {
                holder = CanvasMenus.item(holder, path[level]).getMenu();
                holder.notifyListeners(SWT.Show, new Event());
            }
            MenuItem entry = CanvasMenus.item(holder, path[path.length - 1]);
            assertTrue(entry.isEnabled(), "the entry " + String.join(" > ", path) + " is enabled");
            // Hidden and picked in one go: the entries of a menu are made anew each time it opens.
            UiThread.display().asyncExec(() -> {
                menu.setVisible(false);
                entry.notifyListeners(SWT.Selection, new Event());
            });
        });
        UiThread.settle(400);
    }

    private static Menu openMenu(Tree tree) {
        AtomicBoolean shown = new AtomicBoolean();
        Menu menu = UiThread.call(() -> {
            tree.setFocus();
            Menu context = tree.getMenu();
            context.addListener(SWT.Show, event -> shown.set(true));
            return context;
        });
        Keys.press(SWT.F10, SWT.SHIFT);
        Widgets.waitFor("the Project Explorer's context menu opened by Shift+F10", shown::get);
        UiThread.settle(150);
        return menu;
    }

    private static TreeItem row(Tree tree, IFile file) {
        TreeItem row = find(tree.getItems(), file);
        assertNotNull(row, "a row for " + file);
        return row;
    }

    private static TreeItem find(TreeItem[] items, Object element) {
        for (TreeItem item : items) {
            if (element.equals(item.getData())) {
                return item;
            }
            TreeItem inside = find(item.getItems(), element);
            if (inside != null) {
                return inside;
            }
        }
        return null;
    }

    private static CommonNavigator explorer() {
        try {
            CommonNavigator explorer = assertInstanceOf(CommonNavigator.class,
                    Workbench.page().showView(IPageLayout.ID_PROJECT_EXPLORER));
            explorer.getCommonViewer().setSelection(StructuredSelection.EMPTY);
            return explorer;
        } catch (PartInitException e) {
            throw new AssertionError(e);
        }
    }
}
