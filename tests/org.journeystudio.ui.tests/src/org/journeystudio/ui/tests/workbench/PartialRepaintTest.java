package org.journeystudio.ui.tests.workbench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchCommandConstants;
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
 * to the display), then Edit > Undo. (Closing the label field gives the
 * canvas the focus back, which GTK answers by repainting all of it; the undo changes only the card.
 * The workbench may repaint more of the window for its own reasons, such as the editor's tab losing
 * its dirty mark: what is checked is what the canvas asks for, and what the screen shows after.)
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
            Workbench.page().activate(editor); // as the click of a person's pointer does
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
        UiThread.run(() -> Workbench.execute(IWorkbenchCommandConstants.EDIT_UNDO)); // Edit > Undo
        Widgets.waitFor("Edit > Undo undoes the rename", () -> before.equals(step.getName()));
        UiThread.settle(400);
        Rectangle client = UiThread.call(() -> canvas.control().getClientArea());
        Rectangle asked = UiThread.call(canvas::lastRepaint);
        assertTrue(!asked.isEmpty() && asked.width * asked.height < client.width * client.height / 4,
                "the canvas asked to repaint a part of itself only: " + asked + " of " + client);
        assertTrue(asked.intersects(card) && asked.contains(card.x, card.y)
                && asked.contains(card.x + card.width - 1, card.y + card.height - 1), "the card's area: " + asked);
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
