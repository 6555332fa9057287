package org.journeystudio.ui.tests.table;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.journeystudio.ui.tests.UiThread;

/** A user's mouse and keyboard as SWT events: keys posted to the display, the mouse sent to the widget. */
final class Gestures {

    private static final int SETTLE_MS = 250;

    private Gestures() {
    }

    /** Clicks the left button at a point of a control. */
    static void click(Control control, int x, int y) {
        mouse(control, SWT.MouseMove, x, y, 0);
        mouse(control, SWT.MouseDown, x, y, 0);
        mouse(control, SWT.MouseUp, x, y, SWT.BUTTON1);
        UiThread.settle(SETTLE_MS);
    }

    /** Clicks the middle of a rectangle of a control. */
    static void click(Control control, Rectangle bounds) {
        click(control, bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
    }

    /** Presses the left button at one point, moves to another and lets go. */
    static void drag(Control control, int fromX, int fromY, int toX, int toY) {
        mouse(control, SWT.MouseMove, fromX, fromY, 0);
        mouse(control, SWT.MouseDown, fromX, fromY, 0);
        int steps = 6;
        for (int i = 1; i <= steps; i++) {
            mouse(control, SWT.MouseMove, fromX + (toX - fromX) * i / steps, fromY + (toY - fromY) * i / steps,
                    SWT.BUTTON1);
        }
        mouse(control, SWT.MouseUp, toX, toY, SWT.BUTTON1);
        UiThread.settle(SETTLE_MS);
    }

    /** Types text, one key press per character. */
    static void type(String text) {
        for (char c : text.toCharArray()) {
            key(c, c);
        }
        UiThread.settle(SETTLE_MS);
    }

    static void enter() {
        key(SWT.CR, '\r');
        UiThread.settle(SETTLE_MS);
    }

    static void backspace() {
        key(SWT.BS, SWT.BS);
        UiThread.settle(SETTLE_MS);
    }

    private static void key(int keyCode, char character) {
        for (int type : new int[] {SWT.KeyDown, SWT.KeyUp}) {
            Event event = new Event();
            event.type = type;
            event.keyCode = keyCode;
            event.character = character;
            UiThread.run(() -> UiThread.display().post(event));
            UiThread.settle(30);
        }
    }

    /**
     * A mouse event of the left button, sent to the control's listeners as SWT sends it. Mouse
     * presses posted to the display land at the screen origin under Xvfb (SWT 3.135 synthesises
     * them for the window under a pointer that GTK has not seen move), so the mouse is driven at
     * the widget; the keyboard goes through the display.
     */
    private static void mouse(Control control, int type, int x, int y, int stateMask) {
        UiThread.run(() -> {
            Event event = new Event();
            event.type = type;
            event.widget = control;
            event.display = control.getDisplay();
            event.x = x;
            event.y = y;
            event.button = type == SWT.MouseMove ? 0 : 1;
            event.stateMask = stateMask;
            event.count = type == SWT.MouseMove ? 0 : 1;
            event.time = (int) System.currentTimeMillis();
            control.notifyListeners(type, event);
        });
        UiThread.settle(40);
    }
}
