package org.journeystudio.ui.tests;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

/** Runs code on the workbench's UI thread and lets the event loop settle, as a user's clicks would. */
public final class UiThread {

    private UiThread() {
    }

    static {
        Watchdog.ensureStarted();
    }

    public static Display display() {
        return PlatformUI.getWorkbench().getDisplay();
    }

    public static <T> T call(Supplier<T> body) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Watchdog.waiting();
        try {
            display().syncExec(() -> {
                try {
                    result.set(body.get());
                } catch (RuntimeException | Error e) { // failed assertions are errors, and must reach the test too
                    failure.set(e);
                }
            });
        } finally {
            Watchdog.answered();
        }
        if (failure.get() instanceof RuntimeException e) {
            throw e;
        }
        if (failure.get() instanceof Error e) {
            throw e;
        }
        return result.get();
    }

    public static void run(Runnable body) {
        call(() -> {
            body.run();
            return null;
        });
    }

    /** Processes pending UI events for the given time so that layouts and paints happen. */
    public static void settle(long millis) {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            run(() -> {
                Display display = display();
                while (display.readAndDispatch()) {
                    // drain the queue
                }
            });
            sleep(50);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
