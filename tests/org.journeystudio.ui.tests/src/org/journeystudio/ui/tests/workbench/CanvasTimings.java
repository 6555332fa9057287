package org.journeystudio.ui.tests.workbench;

import java.util.Arrays;
import java.util.function.BooleanSupplier;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.swt.widgets.Text;
import org.journeystudio.diagram.ui.canvas.DiagramCanvas;
import org.journeystudio.diagram.ui.canvas.DiagramPicture;
import org.journeystudio.diagram.ui.page.DiagramPage;
import org.journeystudio.model.journey.Step;
import org.journeystudio.viewpoint.representation.Node;

/**
 * Frame timings of a diagram canvas in the real workbench, for {@link EditorBenchmark}: a rename as a
 * person makes it (click the card, F2, type, Enter; keys posted to the display) until the canvas has
 * repainted it, and scroll frames through the scroll bar. A paint listener added after the canvas's own
 * tells when a paint has finished. Runs on the UI thread and dispatches events itself.
 */
final class CanvasTimings {

    private static final long PATIENCE_NANOS = 120_000_000_000L;

    private final DiagramPage page;
    private final DiagramCanvas canvas;
    private final Canvas control;
    private final Listener paintEnd;
    private long paintedAt;
    private int paints;
    private DiagramPicture paintedPicture;

    CanvasTimings(DiagramPage page) {
        this.page = page;
        this.canvas = page.canvas();
        this.control = canvas.control();
        this.paintEnd = event -> {
            paintedAt = System.nanoTime();
            paints++;
            paintedPicture = canvas.picture();
        };
        control.addListener(SWT.Paint, paintEnd);
    }

    void dispose() {
        if (!control.isDisposed()) {
            control.removeListener(SWT.Paint, paintEnd);
        }
    }

    /**
     * One rename of a step's card: milliseconds from Enter until the model changed and the views
     * refreshed, and until the repaint that shows it ended.
     */
    double[] rename(Step step, String name, CommandStack stack) {
        Node view = canvas.picture().viewOf(step);
        canvas.reveal(view);
        repaint();
        Rectangle card = canvas.controlBounds(view);
        mouse(SWT.MouseDown, card.x + card.width / 2, card.y + card.height / 2);
        mouse(SWT.MouseUp, card.x + card.width / 2, card.y + card.height / 2);
        key(SWT.F2, '\0');
        dispatchUntil("the label field opens on F2", () -> page.directEditField() != null);
        Text field = page.directEditField();
        field.selectAll();
        for (char c : name.toCharArray()) {
            key(0, c);
        }
        dispatchUntil("the field holds the typed name", () -> field.isDisposed() || name.equals(field.getText()));
        DiagramPicture before = canvas.picture();
        long[] refreshed = {0};
        CommandStackListener afterRefresh = event -> refreshed[0] = System.nanoTime();
        stack.addCommandStackListener(afterRefresh);
        long start = System.nanoTime();
        try {
            post(SWT.KeyDown, SWT.CR, '\r');
            post(SWT.KeyUp, SWT.CR, '\r');
            dispatchUntil("the renamed card is painted", () -> paintedPicture != before && paintedPicture != null);
        } finally {
            stack.removeCommandStackListener(afterRefresh);
        }
        if (!name.equals(step.getName())) {
            throw new AssertionError("the rename did not reach the model: " + step.getName());
        }
        return new double[] {millis(refreshed[0] - start), millis(paintedAt - start)};
    }

    /** Scrolls right through the horizontal scroll bar, {@code pixels} a frame; each frame's milliseconds until painted. */
    double[] scrollFrames(int frames, int pixels) {
        ScrollBar bar = control.getHorizontalBar();
        double[] times = new double[frames];
        for (int i = 0; i < frames; i++) {
            int before = paints;
            long start = System.nanoTime();
            bar.setSelection(bar.getSelection() + pixels);
            bar.notifyListeners(SWT.Selection, new Event());
            dispatchUntil("a scroll frame is painted", () -> paints > before);
            times[i] = millis(paintedAt - start);
        }
        return times;
    }

    /** Milliseconds from a key pressed with Ctrl (and Shift) held, posted to the display, until the canvas painted once more. */
    double untilRepainted(boolean shift, int keyCode, char character) {
        return untilRepainted(() -> {
            post(SWT.KeyDown, SWT.CTRL, '\0');
            if (shift) {
                post(SWT.KeyDown, SWT.SHIFT, '\0');
            }
            key(keyCode, character);
            if (shift) {
                post(SWT.KeyUp, SWT.SHIFT, '\0');
            }
            post(SWT.KeyUp, SWT.CTRL, '\0');
        });
    }

    /** Milliseconds from running {@code change} until the canvas has painted once more. */
    double untilRepainted(Runnable change) {
        int before = paints;
        long start = System.nanoTime();
        change.run();
        dispatchUntil("the canvas repaints", () -> paints > before);
        return millis(paintedAt - start);
    }

    /** Lets a pending paint happen. */
    void repaint() {
        int before = paints;
        control.redraw();
        dispatchUntil("the canvas repaints", () -> paints > before);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static double worst(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }

    private void mouse(int type, int x, int y) {
        Event event = new Event();
        event.x = x;
        event.y = y;
        event.button = 1;
        event.count = 1;
        control.notifyListeners(type, event);
    }

    /** A key pressed and released through the display, to the focus control. */
    private static void key(int keyCode, char character) {
        post(SWT.KeyDown, keyCode, character);
        post(SWT.KeyUp, keyCode, character);
    }

    private static void post(int type, int keyCode, char character) {
        Event event = new Event();
        event.type = type;
        event.keyCode = keyCode;
        event.character = character;
        Display.getCurrent().post(event);
        drain();
    }

    private static void drain() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // the posted event and what it causes
        }
    }

    private static void dispatchUntil(String what, BooleanSupplier done) {
        Display display = Display.getCurrent();
        long deadline = System.nanoTime() + PATIENCE_NANOS;
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("benchmark waited in vain: " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { }); // wakes the loop to look at the deadline
                display.sleep();
            }
        }
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
