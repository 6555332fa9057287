package org.journeystudio.ui.tests;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Turns a UI test that hangs into a report: when the UI thread has not run a test's request for
 * {@link #STALL_SECONDS}, it prints every thread's stack and the open shells, closes the dialogs
 * that are open (a modal dialog nobody answers is the usual cause), and when the UI thread still
 * does not answer, ends the test runtime so that the build fails in minutes, not hours.
 */
final class Watchdog extends Thread {

    static final long STALL_SECONDS = Long.getLong("journey.uitest.stall", 180);
    private static final long GRACE_SECONDS = 60;

    private static volatile long pendingSince;
    private static volatile String pendingCaller = "";
    private static Watchdog instance;

    private Watchdog() {
        super("journey-ui-test-watchdog");
        setDaemon(true);
    }

    static synchronized void ensureStarted() {
        if (instance == null) {
            instance = new Watchdog();
            instance.start();
        }
    }

    /** The test thread is about to wait for the UI thread. */
    static void waiting() {
        StackTraceElement[] stack = new Throwable().getStackTrace();
        pendingCaller = stack.length > 3 ? stack[3].toString() : "";
        pendingSince = System.nanoTime();
    }

    /** The UI thread answered. */
    static void answered() {
        pendingSince = 0;
    }

    @Override
    public void run() {
        boolean reported = false;
        while (true) {
            sleepSeconds(5);
            long since = pendingSince;
            if (since == 0) {
                reported = false;
                continue;
            }
            long stalled = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - since);
            if (stalled >= STALL_SECONDS && !reported) {
                reported = true;
                System.out.println("UI TEST WATCHDOG: the UI thread has not answered for " + stalled
                        + " s (waiting at " + pendingCaller + ")");
                dumpThreads();
                closeDialogs();
            } else if (stalled >= STALL_SECONDS + GRACE_SECONDS) {
                System.out.println("UI TEST WATCHDOG: still no answer after " + stalled + " s; ending the test runtime");
                dumpThreads();
                System.out.flush();
                Runtime.getRuntime().halt(97);
            }
        }
    }

    private static void dumpThreads() {
        for (ThreadInfo info : ManagementFactory.getThreadMXBean().dumpAllThreads(true, true)) {
            StringBuilder text = new StringBuilder("\"" + info.getThreadName() + "\" " + info.getThreadState());
            if (info.getLockName() != null) {
                text.append(" on ").append(info.getLockName());
            }
            if (info.getLockOwnerName() != null) {
                text.append(" owned by \"").append(info.getLockOwnerName()).append('"');
            }
            System.out.println(text);
            for (StackTraceElement element : info.getStackTrace()) {
                System.out.println("    at " + element);
            }
        }
        System.out.flush();
    }

    /** Asks the UI thread to close every shell but the workbench windows; that runs only if it still reads events. */
    private static void closeDialogs() {
        Display display = Display.findDisplay(uiThread());
        if (display == null || display.isDisposed()) {
            return;
        }
        display.asyncExec(() -> {
            for (Shell shell : display.getShells()) {
                if (!shell.isDisposed() && shell.getParent() != null) {
                    System.out.println("UI TEST WATCHDOG: closing the open shell '" + shell.getText() + "'");
                    shell.close();
                }
            }
        });
    }

    private static Thread uiThread() {
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (Display.findDisplay(thread) != null) {
                return thread;
            }
        }
        return Thread.currentThread();
    }

    private static void sleepSeconds(long seconds) {
        try {
            Thread.sleep(TimeUnit.SECONDS.toMillis(seconds));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
