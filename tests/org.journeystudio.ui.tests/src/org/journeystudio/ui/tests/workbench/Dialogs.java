package org.journeystudio.ui.tests.workbench;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.journeystudio.ui.tests.UiThread;

/**
 * Modal dialogs as a person meets them: something opens one (its event loop runs until it is
 * closed, so the opening is posted to the UI thread), or the workbench opens one by itself (a
 * question about a file); the test waits for its window by title, fills it in and presses a button.
 */
final class Dialogs {

    private Dialogs() {
    }

    /**
     * Runs {@code opener}, which opens a modal dialog, waits for the dialog titled {@code title}, lets
     * {@code fill} fill it in on the UI thread and presses its button {@code button}. Off the UI thread.
     */
    static void answer(Runnable opener, String title, Consumer<Shell> fill, String button) {
        UiThread.display().asyncExec(opener);
        AtomicReference<Shell> dialog = new AtomicReference<>();
        Widgets.waitFor("the dialog " + title, () -> {
            dialog.set(find(title));
            return dialog.get() != null;
        });
        UiThread.settle(200);
        UiThread.run(() -> {
            fill.accept(dialog.get());
            Workbench.screenshotOf(dialog.get(), "dialog-" + title.toLowerCase(Locale.ROOT).replace(' ', '-'));
            Widgets.press(Widgets.button(dialog.get(), button));
        });
        Widgets.waitFor("the dialog " + title + " closed", () -> dialog.get().isDisposed());
        UiThread.settle(200);
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
