package org.journeystudio.ui.tests.workbench;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.Widget;
import org.journeystudio.ui.tests.UiThread;

/** Finds SWT widgets and sends them the events a user's clicks and keys would. Call on the UI thread unless noted. */
final class Widgets {

    private static final long PATIENCE_MILLIS = 30_000;

    private Widgets() {
    }

    /** Every control of a type under a root, the root included, depth first. */
    static <T extends Control> List<T> all(Control root, Class<T> type) {
        List<T> found = new ArrayList<>();
        collect(root, type, found);
        return found;
    }

    private static <T extends Control> void collect(Control control, Class<T> type, List<T> found) {
        if (type.isInstance(control)) {
            found.add(type.cast(control));
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, type, found);
            }
        }
    }

    /** The first control of a type under a root that matches, or a failed test. */
    static <T extends Control> T find(Control root, Class<T> type, Predicate<T> matches, String what) {
        return all(root, type).stream().filter(matches).findFirst()
                .orElseGet(() -> fail("no " + what + " under " + root));
    }

    /** A push button by its label, mnemonic ignored. */
    static Button button(Control root, String label) {
        return find(root, Button.class, button -> label.equals(button.getText().replace("&", "")), "button " + label);
    }

    /** Presses a button as a click does. */
    static void press(Button button) {
        button.notifyListeners(SWT.Selection, new Event());
    }

    /** Sends a widget an event about one of its items (selection, double-click, expansion). */
    static void send(Widget widget, int type, Item item) {
        Event event = new Event();
        event.item = item;
        widget.notifyListeners(type, event);
    }

    /** Lets the UI run until a condition holds (checked on the UI thread); fails after a generous while. Off the UI thread. */
    static void waitFor(String what, BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        while (!UiThread.call(condition::getAsBoolean)) {
            if (System.currentTimeMillis() > deadline) {
                fail("waited in vain for " + what);
            }
            UiThread.settle(100);
        }
    }
}
