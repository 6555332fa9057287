package org.journeystudio.ui.tests.workbench;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.journeystudio.ui.tests.UiThread;

/** The dialogs the workbench opens by itself (questions about files), found by title and answered by a click. */
final class Dialogs {

    private Dialogs() {
    }

    /** Waits for a visible shell with the given title. Off the UI thread. */
    static Shell waitFor(String title) {
        Widgets.waitFor("the dialog '" + title + "'", () -> find(title) != null);
        return UiThread.call(() -> find(title));
    }

    /** Whether such a dialog is open now. On the UI thread. */
    static Shell find(String title) {
        for (Shell shell : UiThread.display().getShells()) {
            if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
                return shell;
            }
        }
        return null;
    }

    /** The text of the dialog's labels: its message. On the UI thread. */
    static String message(Shell shell) {
        List<Label> labels = Widgets.all(shell, Label.class);
        return labels.stream().map(Label::getText).collect(Collectors.joining("\n"));
    }

    /** Clicks a button of the dialog and lets it close. Off the UI thread. */
    static void answer(Shell shell, String button) {
        UiThread.run(() -> Widgets.press(Widgets.button(shell, button)));
        Widgets.waitFor("the dialog to close", shell::isDisposed);
    }

    /** Runs a workbench command later, so that a dialog it opens does not block the test. Off the UI thread. */
    static void executeLater(String commandId) {
        UiThread.display().asyncExec(() -> Workbench.execute(commandId));
    }
}
