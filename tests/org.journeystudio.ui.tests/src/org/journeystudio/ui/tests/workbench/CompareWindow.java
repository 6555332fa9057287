package org.journeystudio.ui.tests.workbench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.journeystudio.ui.internal.compare.CompareEditor;
import org.journeystudio.ui.tests.UiThread;

/** The differences editor as a person sees it: its tree's rows and columns, its tool bar, its context menu. */
final class CompareWindow {

    private final CompareEditor editor;
    private final Tree tree;
    private final ToolBar bar;

    private CompareWindow(CompareEditor editor, Tree tree, ToolBar bar) {
        this.editor = editor;
        this.tree = tree;
        this.bar = bar;
    }

    /** The active differences editor. On the UI thread. */
    static CompareWindow active() {
        CompareEditor editor = (CompareEditor) Workbench.page().getActiveEditor();
        Composite shell = Workbench.window().getShell();
        Tree tree = Widgets.find(shell, Tree.class, t -> t.isVisible() && t.getColumnCount() == 3, "the differences tree");
        ToolBar bar = Widgets.find(tree.getParent().getParent(), ToolBar.class, ToolBar::isVisible, "the differences tool bar");
        return new CompareWindow(editor, tree, bar);
    }

    CompareEditor editor() {
        return editor;
    }

    String columnTitle(int index) {
        return tree.getColumn(index).getText();
    }

    /** Every row under its element, as its three cells. */
    List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        for (TreeItem element : tree.getItems()) {
            element.setExpanded(true);
            for (TreeItem row : element.getItems()) {
                rows.add(List.of(row.getText(0), row.getText(1), row.getText(2)));
            }
        }
        return rows;
    }

    /** Whether a row's cells start with these texts. */
    boolean hasRow(String... cells) {
        return find(cells) != null;
    }

    private TreeItem find(String... cells) {
        for (TreeItem element : tree.getItems()) {
            for (TreeItem row : element.getItems()) {
                boolean matches = true;
                for (int i = 0; i < cells.length; i++) {
                    matches &= row.getText(i).equals(cells[i]);
                }
                if (matches) {
                    return row;
                }
            }
        }
        return null;
    }

    /** Clicks a row. On the UI thread. */
    void select(String... cells) {
        TreeItem row = find(cells);
        assertTrue(row != null, "a row " + Arrays.toString(cells) + " among " + rows());
        tree.setFocus();
        tree.setSelection(row);
        Widgets.send(tree, SWT.Selection, row);
    }

    /** Clicks a tool bar button by its text (a check button toggles). On the UI thread. */
    void press(String text) {
        ToolItem item = Arrays.stream(bar.getItems()).filter(i -> text.equals(i.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + text));
        assertTrue(item.isEnabled(), text + " is enabled");
        if ((item.getStyle() & SWT.CHECK) != 0) {
            item.setSelection(!item.getSelection());
        }
        item.notifyListeners(SWT.Selection, new Event());
    }

    /** Whether a tool bar button is enabled. On the UI thread. */
    boolean enabled(String text) {
        return Arrays.stream(bar.getItems()).filter(i -> text.equals(i.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + text)).isEnabled();
    }

    /** Opens the tree's context menu with Shift+F10 and picks an entry. Off the UI thread. */
    void pickInMenu(String label) {
        AtomicBoolean shown = new AtomicBoolean();
        Menu menu = UiThread.call(() -> {
            tree.setFocus();
            tree.getMenu().addListener(SWT.Show, event -> shown.set(true));
            return tree.getMenu();
        });
        Keys.press(SWT.F10, SWT.SHIFT);
        Widgets.waitFor("the differences tree's context menu", shown::get);
        UiThread.settle(150);
        UiThread.run(() -> {
            MenuItem item = CanvasMenus.item(menu, label);
            assertTrue(item.isEnabled(), label + " is enabled");
            menu.setVisible(false);
            item.notifyListeners(SWT.Selection, new Event());
        });
        UiThread.settle(300);
    }
}
