package org.journeystudio.ui.tests.workbench;

import java.util.Arrays;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

/**
 * A control's context menu as a person uses it: it opens (and is filled, as its Show listeners do),
 * submenus open on the way, and an entry is picked by its label (mnemonics and accelerators left out).
 * Radio and check entries get their new selection before the pick, as a click gives them.
 */
final class CanvasMenus {

    private CanvasMenus() {
    }

    /** Picks the entry at the end of a menu path. On the UI thread. */
    static void pick(Control control, String... path) {
        Menu holder = control.getMenu();
        holder.notifyListeners(SWT.Show, new Event());
        for (int level = 0; level < path.length - 1; level++) {
            holder = item(holder, path[level]).getMenu();
            holder.notifyListeners(SWT.Show, new Event());
        }
        MenuItem entry = item(holder, path[path.length - 1]);
        if (!entry.isEnabled()) {
            throw new AssertionError("the entry " + String.join(" > ", path) + " is disabled");
        }
        if ((entry.getStyle() & (SWT.RADIO | SWT.CHECK)) != 0) {
            entry.setSelection(true);
        }
        entry.notifyListeners(SWT.Selection, new Event());
    }

    /** A menu's entry by its label, as a person reads it. */
    static MenuItem item(Menu menu, String label) {
        return Arrays.stream(menu.getItems()).filter(item -> plain(item.getText()).equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no menu entry " + label + " among "
                        + Arrays.stream(menu.getItems()).map(item -> plain(item.getText())).toList()));
    }

    /** A menu entry's text without its mnemonic and accelerator. */
    static String plain(String text) {
        int tab = text.indexOf('\t');
        return (tab < 0 ? text : text.substring(0, tab)).replace("&", "");
    }
}
