package org.journeystudio.ui.tests.workbench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.journeystudio.diagram.ui.canvas.DiagramCanvas;
import org.journeystudio.diagram.ui.page.DiagramPage;
import org.journeystudio.model.journey.Step;
import org.journeystudio.ui.internal.editor.JourneyEditor;
import org.journeystudio.ui.tests.Screenshots;
import org.journeystudio.ui.tests.UiThread;
import org.journeystudio.viewpoint.representation.Node;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An edit on the Journey Map that changes one card's text repaints only that card's area of the
 * canvas, and what the screen then shows is, pixel for pixel, what a repaint of the whole canvas
 * shows: the card with its text, its selection outline, and everything around it as it was. Done as
 * a person does it: a click on the card, F2 on the canvas, the new name typed and Enter (keys posted
 * to the display), then Ctrl+Z while the canvas has the focus. (Closing the label field gives the
 * canvas the focus back, which GTK answers by repainting all of it; the undo changes only the card.)
 */
class PartialRepaintTest {

    /** Pixels at the right and bottom edges where GTK draws its overlay scroll bars. */
    private static final int OVERLAY = 16;

    private JourneyEditor editor;
    private DiagramPage page;
    private DiagramCanvas canvas;

    @BeforeEach
    void openMap() {
        IFile file = UiThread.call(() -> MermaidMaps.create("Repaint", 60));
        UiThread.run(() -> {
            Workbench.sizeWindow();
            editor = Workbench.open(file);
        });
        UiThread.settle(600);
        page = UiThread.call(() -> assertInstanceOf(DiagramPage.class, editor.activeRepresentationPage()));
        canvas = UiThread.call(page::canvas);
    }

    @AfterEach
    void close() {
        UiThread.run(() -> Workbench.page().closeAllEditors(false));
    }

    @Test
    void anUndoneRenameRepaintsItsCardOnlyAndTheScreenIsAsAfterAWholeRepaint() {
        Step step = UiThread.call(() -> Workbench.step(editor, "Step 3"));
        Rectangle card = UiThread.call(() -> {
            Node view = canvas.picture().viewOf(step);
            canvas.reveal(view);
            return canvas.controlBounds(view);
        });
        UiThread.settle(300);
        UiThread.run(() -> {
            click(card.x + card.width / 2, card.y + card.height / 2);
            canvas.control().setFocus();
        });
        UiThread.settle(200);
        UiThread.run(() -> {
            Event f2 = new Event();
            f2.keyCode = SWT.F2;
            canvas.control().notifyListeners(SWT.KeyDown, f2);
            canvas.control().notifyListeners(SWT.KeyUp, f2);
        });
        UiThread.settle(200);
        assertNotNull(UiThread.call(page::directEditField), "F2 opens the label for typing");
        UiThread.run(() -> page.directEditField().selectAll());
        for (char c : "Paid".toCharArray()) {
            Keys.press(c, 0);
        }
        String before = UiThread.call(step::getName);
        Keys.press(SWT.CR, 0);
        UiThread.settle(300);
        assertEquals("Paid", UiThread.call(step::getName), "the rename reached the model");
        List<Rectangle> painted = new ArrayList<>();
        Listener paints = event -> painted.add(new Rectangle(event.x, event.y, event.width, event.height));
        UiThread.run(() -> canvas.control().addListener(SWT.Paint, paints));
        Keys.press('z', SWT.CTRL);
        UiThread.settle(400);
        UiThread.run(() -> canvas.control().removeListener(SWT.Paint, paints));
        assertEquals(before, UiThread.call(step::getName), "Ctrl+Z on the canvas undid the rename");
        Rectangle client = UiThread.call(() -> canvas.control().getClientArea());
        assertTrue(!painted.isEmpty() && painted.stream().noneMatch(area -> area.width >= client.width
                && area.height >= client.height), "only parts of the canvas were repainted: " + painted);
        assertTrue(painted.stream().anyMatch(area -> area.intersects(card)), "the card's area was repainted: " + painted);
        // GTK's overlay scroll bars fade in and out over the canvas's right and bottom edges: left out.
        Rectangle inner = new Rectangle(client.x, client.y, client.width - OVERLAY, client.height - OVERLAY);
        ImageData partly = UiThread.call(() -> Screenshots.grab(canvas.control(), inner));
        UiThread.run(() -> canvas.control().redraw());
        UiThread.settle(400);
        ImageData wholly = UiThread.call(() -> Screenshots.grab(canvas.control(), inner));
        Screenshots.save(partly, "partial-repaint-after-undo");
        Screenshots.save(wholly, "partial-repaint-whole");
        assertEquals(wholly.width, partly.width);
        assertArrayEquals(wholly.data, partly.data, "the screen after the partial repaint is the whole repaint's");
    }

    private void click(int x, int y) {
        for (int type : new int[] {SWT.MouseDown, SWT.MouseUp}) {
            Event event = new Event();
            event.x = x;
            event.y = y;
            event.button = 1;
            event.count = 1;
            canvas.control().notifyListeners(type, event);
        }
    }


}
