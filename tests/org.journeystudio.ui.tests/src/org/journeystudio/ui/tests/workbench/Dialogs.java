package org.journeystudio.ui.tests.workbench;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Shell;
import org.journeystudio.ui.tests.UiThread;

/**
 * Modal dialogs as a person meets them: something opens one (its event loop runs until it is
 * closed, so the opening is posted to the UI thread), the test waits for its window by title,
 * fills it in and presses a button. Call off the UI thread.
 */
final class Dialogs {

    private Dialogs() {
    }

    /**
     * Runs {@code opener}, which opens a modal dialog, waits for the dialog titled {@code title}, lets
     * {@code fill} fill it in on the UI thread and presses its button {@code button}.
     */
    static void answer(Runnable opener, String title, Consumer<Shell> fill, String button) {
        UiThread.display().asyncExec(opener);
        AtomicReference<Shell> dialog = new AtomicReference<>();
        Widgets.waitFor("the dialog " + title, () -> {
            dialog.set(Arrays.stream(UiThread.display().getShells())
                    .filter(shell -> !shell.isDisposed() && shell.isVisible() && title.equals(shell.getText()))
                    .findFirst().orElse(null));
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
}
