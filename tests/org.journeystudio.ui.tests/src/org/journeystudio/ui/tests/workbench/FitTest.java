package org.journeystudio.ui.tests.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.journeystudio.diagram.ui.canvas.DiagramCanvas;
import org.journeystudio.diagram.ui.page.DiagramPage;
import org.journeystudio.render.Rect;
import org.journeystudio.ui.internal.editor.JourneyEditor;
import org.journeystudio.ui.tests.UiThread;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * "Fit" on a map of 2,000 steps (hundreds of thousands of pixels wide at 100 %): Ctrl+Shift+F on the
 * Journey Map shows the whole map and draws every figure of it; Ctrl+- there goes no further, and
 * Ctrl+= zooms in again from there.
 */
class FitTest {

    @AfterEach
    void close() {
        UiThread.run(() -> Workbench.page().closeAllEditors(false));
    }

    @Test
    void fitShowsTheWholeOfALargeMap() {
        IFile file = UiThread.call(() -> MermaidMaps.create("Fit", 2000));
        JourneyEditor editor = UiThread.call(() -> {
            Workbench.sizeWindow();
            return Workbench.open(file);
        });
        UiThread.settle(800);
        DiagramCanvas canvas = UiThread.call(() -> assertInstanceOf(DiagramPage.class, editor.activeRepresentationPage())
                .canvas());
        UiThread.run(() -> {
            Workbench.page().activate(editor);
            Workbench.window().getShell().forceActive();
            canvas.control().forceFocus();
        });
        UiThread.settle(300);
        assertSame(UiThread.call(canvas::control), UiThread.call(() -> UiThread.display().getFocusControl()),
                "the canvas has the keyboard");
        assertTrue(UiThread.call(() -> !covers(canvas.viewport().visible(), canvas.viewport().scene())),
                "at 100 % the map does not fit");

        Keys.press('f', SWT.CTRL | SWT.SHIFT);
        double zoom = UiThread.call(() -> canvas.viewport().zoom());
        assertTrue(zoom < 0.01, "the zoom that shows 2,000 steps is far below 10 %: " + zoom);
        assertTrue(UiThread.call(() -> covers(canvas.viewport().visible(), canvas.viewport().scene())),
                "Fit shows the whole map");
        assertEquals(UiThread.call(() -> canvas.picture().scene().figures().size()),
                UiThread.call(canvas::lastDrawnFigures), "and draws every figure of it");
        UiThread.run(() -> Workbench.screenshot("fit-2000-steps"));

        Keys.press('-', SWT.CTRL);
        assertEquals(zoom, UiThread.call(() -> canvas.viewport().zoom()), 1e-9, "zooming out stops at the whole map");
        Keys.press('=', SWT.CTRL);
        assertEquals(zoom * 1.25, UiThread.call(() -> canvas.viewport().zoom()), 1e-9, "and zooms in from there");
    }

    private static boolean covers(Rect view, Rect scene) {
        return view.x() <= scene.x() + 0.5 && view.y() <= scene.y() + 0.5 && view.maxX() >= scene.maxX() - 0.5
                && view.maxY() >= scene.maxY() - 0.5;
    }
}
