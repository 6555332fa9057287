package org.journeystudio.ui.tests.workbench;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.journeystudio.ui.tests.UiThread;

/** Keys as a keyboard sends them: posted to the display, modifiers held around the key. Call off the UI thread. */
final class Keys {

    private Keys() {
    }

    /** Presses a key (a key code such as SWT.DEL, or a character) with modifiers (SWT.SHIFT, SWT.CTRL). */
    static void press(int key, int modifiers) {
        for (int modifier : new int[] {SWT.CTRL, SWT.SHIFT, SWT.ALT}) {
            if ((modifiers & modifier) != 0) {
                post(SWT.KeyDown, modifier, '\0');
            }
        }
        char character = (key & SWT.KEYCODE_BIT) == 0 ? (char) key : '\0';
        post(SWT.KeyDown, key, character);
        post(SWT.KeyUp, key, character);
        for (int modifier : new int[] {SWT.ALT, SWT.SHIFT, SWT.CTRL}) {
            if ((modifiers & modifier) != 0) {
                post(SWT.KeyUp, modifier, '\0');
            }
        }
        UiThread.settle(250);
    }

    private static void post(int type, int keyCode, char character) {
        Event event = new Event();
        event.type = type;
        event.keyCode = keyCode;
        event.character = character;
        UiThread.run(() -> UiThread.display().post(event));
        UiThread.settle(30);
    }
}
