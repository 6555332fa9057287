package org.journeystudio.ui.tests.workbench;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.journeystudio.ui.tests.UiThread;

/**
 * The Outline's model tree driven as a person does: a click on a row, Shift+F10 for its context
 * menu (posted to the display, so GTK opens the menu as for a real key), a menu entry picked by its
 * label, keys such as Delete and Ctrl+C. Call off the UI thread.
 */
final class TreeDriver {

    private TreeDriver() {
    }

    /** Shows and activates the Outline view; its tree. */
    static Tree activate() {
        return UiThread.call(() -> {
            try {
                IViewPart view = Workbench.page().showView(IPageLayout.ID_OUTLINE);
                Workbench.page().activate(view);
                ContentOutline outline = assertInstanceOf(ContentOutline.class, view);
                Tree tree = (Tree) outline.getCurrentPage().getControl();
                tree.setFocus();
                return tree;
            } catch (PartInitException e) {
                throw new AssertionError(e);
            }
        });
    }

    /**
     * Gives the tree the keyboard as a click into the Outline does: its window active, the Outline the
     * active part (a cell editor of the Properties view may have had the keyboard), the tree focused.
     */
    private static void focus(Tree tree) {
        Workbench.window().getShell().forceActive();
        IViewPart outline = Workbench.page().findView(IPageLayout.ID_OUTLINE);
        if (outline != null) {
            Workbench.page().activate(outline);
        }
        tree.setFocus();
    }

    /** Clicks the row of an element (opening its ancestors' rows on the way). */
    static void select(Tree tree, Object element) {
        UiThread.run(() -> {
            TreeItem row = row(tree, element);
            assertNotNull(row, "a row for " + element);
            focus(tree);
            tree.setSelection(row);
            Widgets.send(tree, SWT.Selection, row);
        });
        UiThread.settle(150);
    }

    /** The row of an element, or null; rows are created as their parents are opened. Call on the UI thread. */
    static TreeItem row(Tree tree, Object element) {
        return find(tree, tree.getItems(), element);
    }

    private static TreeItem find(Tree tree, TreeItem[] items, Object element) {
        for (TreeItem item : items) {
            if (item.getData() == element) {
                return item;
            }
            if (item.getItemCount() > 0) {
                if (!item.getExpanded()) {
                    Widgets.send(tree, SWT.Expand, item);
                    item.setExpanded(true);
                }
                TreeItem inside = find(tree, item.getItems(), element);
                if (inside != null) {
                    return inside;
                }
            }
        }
        return null;
    }

    /** Opens the tree's context menu with Shift+F10 and picks an entry, inside submenus when a path is given. */
    static void choose(Tree tree, String... path) {
        Menu menu = openMenu(tree);
        UiThread.run(() -> {
            Menu holder = menu;
            for (int level = 0; level < path.length - 1; level++) {
                MenuItem cascade = item(holder, path[level]);
                holder = cascade.getMenu();
                holder.notifyListeners(SWT.Show, new Event()); // a submenu is filled when it opens
            }
            MenuItem entry = item(holder, path[path.length - 1]);
            assertTrue(entry.isEnabled(), "the entry " + String.join(" > ", path) + " is enabled");
            menu.setVisible(false);
            entry.notifyListeners(SWT.Selection, new Event());
        });
        UiThread.settle(300);
    }

    /** The labels of the entries of a menu path as the menu opened by Shift+F10 shows them (mnemonics dropped). */
    static String[] labels(Tree tree, String... path) {
        Menu menu = openMenu(tree);
        return UiThread.call(() -> {
            Menu holder = menu;
            for (String step : path) {
                holder = item(holder, step).getMenu();
                holder.notifyListeners(SWT.Show, new Event());
            }
            String[] labels = Arrays.stream(holder.getItems()).map(item -> plain(item.getText())).toArray(String[]::new);
            menu.setVisible(false);
            return labels;
        });
    }

    /** Shift+F10 on the focused tree; waits until its context menu is open. */
    static Menu openMenu(Tree tree) {
        AtomicBoolean shown = new AtomicBoolean();
        Menu menu = UiThread.call(() -> {
            focus(tree);
            Menu context = tree.getMenu();
            context.addListener(SWT.Show, event -> shown.set(true));
            return context;
        });
        Keys.press(SWT.F10, SWT.SHIFT);
        Widgets.waitFor("the tree's context menu opened by Shift+F10", shown::get);
        UiThread.settle(150);
        return menu;
    }

    private static MenuItem item(Menu menu, String label) {
        for (MenuItem item : menu.getItems()) {
            if (plain(item.getText()).equals(label)) {
                return item;
            }
        }
        throw new AssertionError("no menu entry " + label + " among "
                + Arrays.stream(menu.getItems()).map(item -> plain(item.getText())).toList());
    }

    private static String plain(String text) {
        int tab = text.indexOf('\t');
        return (tab < 0 ? text : text.substring(0, tab)).replace("&", "");
    }
}
