package org.journeystudio.ui.internal.editor;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;

/**
 * Work an editor does on open that the user need not wait for before seeing the map (its
 * validation into Problems markers): run once its control has been painted for the first time,
 * so that the first picture comes sooner, or after {@link #LATEST_MS} if the control is not
 * painted by then (hidden behind another part). Nothing runs once the control is disposed.
 */
final class AfterFirstPaint {

    /** The longest the work waits for a paint, in milliseconds. */
    static final int LATEST_MS = 2000;

    private final Control control;
    private final Runnable work;
    private boolean done;
    private final Listener painted = event -> later();

    private AfterFirstPaint(Control control, Runnable work) {
        this.control = control;
        this.work = work;
    }

    /** Runs {@code work} on the UI thread after the control's first paint (or after {@link #LATEST_MS}). */
    static void run(Control control, Runnable work) {
        AfterFirstPaint once = new AfterFirstPaint(control, work);
        control.addListener(SWT.Paint, once.painted);
        control.getDisplay().timerExec(LATEST_MS, once::now);
    }

    /** After the paint event: the picture is drawn when the event is over, so the work comes next. */
    private void later() {
        control.removeListener(SWT.Paint, painted);
        Display display = control.getDisplay();
        display.asyncExec(this::now);
    }

    private void now() {
        if (done || control.isDisposed()) {
            return;
        }
        done = true;
        control.removeListener(SWT.Paint, painted);
        work.run();
    }
}
