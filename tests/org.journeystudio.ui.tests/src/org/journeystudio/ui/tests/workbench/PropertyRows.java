package org.journeystudio.ui.tests.workbench;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.views.properties.PropertySheetPage;

/** The Properties view's tree, driven as a user does: open a category, pick a row, Enter, type, Enter. Call on the UI thread. */
final class PropertyRows {

    private PropertyRows() {
    }

    /** The Properties view's current page. */
    static PropertySheetPage page() {
        PropertySheet view = assertInstanceOf(PropertySheet.class, Workbench.page().findView(IPageLayout.ID_PROP_SHEET),
                "the Properties view is open");
        return assertInstanceOf(PropertySheetPage.class, view.getCurrentPage());
    }

    /** The text shown in the value column of a property. */
    static String value(String property) {
        return row(property).getText(1);
    }

    /** Types a value into a property's text cell editor and presses Enter. */
    static void type(String property, String value) {
        Tree tree = activate(property); // Enter on a row activates its cell editor
        Text text = Widgets.find(tree, Text.class, candidate -> !candidate.isDisposed() && candidate.getVisible(),
                "cell editor of " + property);
        text.setText(value);
        text.notifyListeners(SWT.DefaultSelection, new Event());
    }

    /** Picks a value of a property's drop-down (kind, lane, persona) by its label. */
    static void choose(String property, String label) {
        Tree tree = activate(property);
        CCombo combo = Widgets.find(tree, CCombo.class, candidate -> !candidate.isDisposed() && candidate.getVisible(),
                "drop-down of " + property);
        int index = List.of(combo.getItems()).stream().map(PropertyRows::plain).toList().indexOf(plain(label));
        if (index < 0) {
            fail("no choice " + label + " for " + property + " among " + List.of(combo.getItems()));
        }
        combo.select(index);
        combo.notifyListeners(SWT.Selection, new Event());
        combo.notifyListeners(SWT.DefaultSelection, new Event());
    }

    /**
     * Opens the dialog of a property whose value is a list (channels, next steps, goals) with its
     * "..." button; the caller answers it through {@link Dialogs}. Runs on the UI thread when posted.
     */
    static Runnable dialogOf(String property) {
        return () -> {
            Tree tree = activate(property);
            Button more = Widgets.find(tree, Button.class, candidate -> !candidate.isDisposed() && candidate.getVisible(),
                    "the ... button of " + property);
            Widgets.press(more);
        };
    }

    /** A choice's label as a person reads it: case and underscores do not matter ("SUPPORT_PROCESS", "Support process"). */
    private static String plain(String label) {
        return label.replace('_', ' ').toLowerCase(Locale.ROOT).strip();
    }

    private static Tree activate(String property) {
        Tree tree = (Tree) page().getControl();
        TreeItem row = row(property);
        tree.showItem(row);
        tree.setSelection(row);
        Widgets.send(tree, SWT.Selection, row);
        Widgets.send(tree, SWT.DefaultSelection, row);
        return tree;
    }

    /** The row of a property, opening every category on the way. */
    static TreeItem row(String property) {
        Tree tree = (Tree) page().getControl();
        for (TreeItem item : expanded(tree)) {
            if (property.equals(item.getText(0))) {
                return item;
            }
        }
        fail("no property row " + property);
        return null;
    }

    private static List<TreeItem> expanded(Tree tree) {
        List<TreeItem> rows = new ArrayList<>();
        for (TreeItem top : tree.getItems()) {
            if (top.getItemCount() > 0 && !top.getExpanded()) {
                Widgets.send(tree, SWT.Expand, top); // the viewer fills a category when it is opened
                top.setExpanded(true);
            }
            rows.add(top);
            rows.addAll(List.of(top.getItems()));
        }
        return rows;
    }
}
