package org.journeystudio.ui.tests;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

/** Runs code on the workbench's UI thread and lets the event loop settle, as a user's clicks would. */
public final class UiThread {

    private UiThread() {
    }

    /** The workbench's family of early start-up jobs (Journey Studio's opens the example map on a first start). */
    private static final String EARLY_STARTUP = "earlyStartup";
    private static final long STARTUP_PATIENCE_MILLIS = 120_000;

    private static final AtomicBoolean STARTED = new AtomicBoolean();

    static {
        Watchdog.ensureStarted();
    }

    /**
     * Lets the workbench finish starting before the first test acts: the early start-up jobs have run and
     * what they left for the UI thread (the example map opening in its editor) has happened, so that no
     * editor opens in the middle of a test, at a moment that depends on the machine.
     */
    private static void awaitStartup() {
        long deadline = System.currentTimeMillis() + STARTUP_PATIENCE_MILLIS;
        while (Job.getJobManager().find(EARLY_STARTUP).length > 0 && System.currentTimeMillis() < deadline) {
            sleep(100);
        }
        settle(1000);
    }

    public static Display display() {
        return PlatformUI.getWorkbench().getDisplay();
    }

    public static <T> T call(Supplier<T> body) {
        if (STARTED.compareAndSet(false, true)) {
            awaitStartup(); // not in the static initialiser: the UI thread runs this class's lambdas
        }
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
