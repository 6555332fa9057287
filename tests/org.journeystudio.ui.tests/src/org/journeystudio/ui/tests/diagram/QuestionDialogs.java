package org.journeystudio.ui.tests.diagram;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.journeystudio.ui.tests.Screenshots;
import org.journeystudio.ui.tests.UiThread;

/**
 * Answers the question dialog a palette tool opens (a touchpoint's channels, a support action's
 * team) as a user does: ticks candidates, types a new name, presses OK. Call off the UI thread,
 * after a {@link CanvasDriver#clickLater click} that opens the dialog.
 */
public final class QuestionDialogs {

    private static final long PATIENCE_MILLIS = 20_000;

    private QuestionDialogs() {
    }

    /** Waits for the dialog titled so and returns its shell. */
    public static Shell await(String title) {
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            Shell shell = UiThread.call(() -> {
                for (Shell candidate : UiThread.display().getShells()) {
                    if (!candidate.isDisposed() && candidate.isVisible() && title.equals(candidate.getText())) {
                        return candidate;
                    }
                }
                return null;
            });
            if (shell != null) {
                UiThread.settle(200);
                return shell;
            }
            UiThread.settle(100);
        }
        return fail("no dialog '" + title + "' opened");
    }

    /** The texts of the candidates the dialog offers. */
    public static List<String> candidates(Shell shell) {
        return UiThread.call(() -> {
            List<String> texts = new ArrayList<>();
            for (TableItem item : find(shell, Table.class).getItems()) {
                texts.add(item.getText());
            }
            return texts;
        });
    }

    /** Ticks the check box of a candidate, as a click on it does. */
    public static void tick(Shell shell, String candidate) {
        UiThread.run(() -> {
            Table table = find(shell, Table.class);
            for (TableItem item : table.getItems()) {
                if (item.getText().equals(candidate)) {
                    item.setChecked(true);
                    Event event = new Event();
                    event.item = item;
                    event.detail = SWT.CHECK;
                    table.notifyListeners(SWT.Selection, event);
                    return;
                }
            }
            fail("no candidate " + candidate);
        });
    }

    /** Types the name of a new element into the dialog's name field. */
    public static void typeName(Shell shell, String name) {
        UiThread.run(() -> find(shell, Text.class).setFocus());
        CanvasDriver.type(name);
    }

    /** Takes a screenshot of the dialog, then presses OK and waits for it to close. */
    public static void ok(Shell shell, String screenshot) {
        UiThread.run(() -> {
            Screenshots.take(shell, screenshot);
            Button ok = null;
            for (Button button : all(shell, Button.class)) {
                ok = "OK".equals(button.getText().replace("&", "")) ? button : ok;
            }
            assertNotNull(ok, "an OK button");
            ok.notifyListeners(SWT.Selection, new Event());
        });
        UiThread.settle(400);
    }

    private static <T extends Control> T find(Shell shell, Class<T> type) {
        List<T> found = all(shell, type);
        return found.isEmpty() ? fail("no " + type.getSimpleName() + " in the dialog") : found.get(0);
    }

    private static <T extends Control> List<T> all(Control root, Class<T> type) {
        List<T> found = new ArrayList<>();
        if (type.isInstance(root)) {
            found.add(type.cast(root));
        }
        if (root instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                found.addAll(all(child, type));
            }
        }
        return found;
    }
}
