package org.journeystudio.ui.tests.workbench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.graphics.Point;
import org.journeystudio.ui.tests.UiThread;

/**
 * The X server's own pointer and keyboard: the pointer moved and pressed through the XTEST extension by {@code xdotool}: the
 * events come from the server as a person's mouse does, with the button held during the motion, so
 * GTK starts a real drag and drop (events posted through SWT's Display.post carry no held button).
 * {@code xdotool} is installed by releng/scripts/install-system-deps.sh. Call off the UI thread.
 */
final class XPointer {

    private static final int STEPS = 12;

    private XPointer() {
    }

    /** Presses the left button at {@code from}, moves in small steps to {@code to} and releases it there. */
    static void drag(Point from, Point to) {
        xdotool("mousemove", "--sync", Integer.toString(from.x), Integer.toString(from.y));
        pause(150);
        xdotool("mousedown", "1");
        pause(150);
        for (int step = 1; step <= STEPS; step++) {
            int x = from.x + (to.x - from.x) * step / STEPS;
            int y = from.y + (to.y - from.y) * step / STEPS;
            xdotool("mousemove", "--sync", Integer.toString(x), Integer.toString(y));
            pause(60);
        }
        pause(300); // GTK asks the drop target about the last position before the release
        xdotool("mouseup", "1");
        pause(300);
        UiThread.settle(300);
    }

    /** Presses a key combination on the X server's keyboard, e.g. {@code ctrl+z}, as a person does after a drag. */
    static void key(String keys) {
        xdotool("key", keys);
        pause(200);
        UiThread.settle(300);
    }

    /**
     * Waits while the workbench's own event loop handles the pointer: a drag must not be dispatched
     * from inside a test's request to the UI thread, where GTK never begins it.
     */
    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void xdotool(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add("xdotool");
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("xdotool " + String.join(" ", arguments) + " did not finish");
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (process.exitValue() != 0) {
                throw new AssertionError("xdotool " + String.join(" ", arguments) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new AssertionError("xdotool is needed to drag with the X server's pointer "
                    + "(releng/scripts/install-system-deps.sh installs it): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
