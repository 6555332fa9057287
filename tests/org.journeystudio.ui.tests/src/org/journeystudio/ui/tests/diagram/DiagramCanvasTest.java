package org.journeystudio.ui.tests.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.SWT;
import org.journeystudio.model.journey.Step;
import org.journeystudio.render.Rect;
import org.journeystudio.ui.tests.UiThread;
import org.journeystudio.viewpoint.layout.Box;
import org.journeystudio.viewpoint.representation.Node;
import org.journeystudio.viewpoint.representation.ViewState;
import org.journeystudio.viewpoint.sync.ViewStates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The canvas of the journey flow: moving cards by drag (stored, snapped, undoable), marquee, zoom and culling. */
class DiagramCanvasTest {

    private DiagramFixture fixture;

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void dragMovesACardStoresItsSnappedPositionAndUndoRedoFollow() {
        fixture = DiagramFixture.open("support-call", "journeyFlow");
        Step step = fixture.journey.getStages().get(0).getSteps().get(0);
        Box before = box(step);
        int[] at = fixture.centre(step);
        fixture.screenshot("diagram-journey-flow-before-move");
        fixture.drag(at[0], at[1], at[0] + 203, at[1] + 61);

        ViewState state = new ViewStates(fixture.diagram).find(fixture.view(step).getMapping(), step, null, null);
        assertNotNull(state, "the move is stored in the diagram");
        assertEquals(0, state.getX() % 8, "snapped to the grid: " + state.getX());
        assertEquals(0, state.getY() % 8, "snapped to the grid: " + state.getY());
        assertTrue(Math.abs(state.getX() - (before.x() + 203)) <= 4, "moved right by the drag: " + state.getX());
        assertTrue(Math.abs(state.getY() - (before.y() + 61)) <= 4, "moved down by the drag: " + state.getY());
        Box after = box(step);
        assertEquals(state.getX(), after.x(), 0.001, "the layout places the card where it was dropped");
        fixture.screenshot("diagram-journey-flow-after-move");

        UiThread.run(() -> fixture.stack().undo());
        assertNull(new ViewStates(fixture.diagram).find(fixture.view(step).getMapping(), step, null, null), "undo forgets it");
        assertEquals(before.x(), box(step).x(), 0.001, "and the card is back");
        UiThread.run(() -> fixture.stack().redo());
        assertEquals(state.getX(), box(step).x(), 0.001, "redo moves it again");
    }

    @Test
    void cornerHandleResizesACardAndTheLayoutKeepsTheSize() {
        fixture = DiagramFixture.open("support-call", "journeyFlow");
        Step step = fixture.journey.getStages().get(0).getSteps().get(0);
        Box before = box(step);
        int[] at = fixture.centre(step);
        fixture.click(at[0], at[1], 0);
        org.eclipse.swt.graphics.Rectangle r = UiThread.call(() -> fixture.page.canvas().controlBounds(fixture.view(step)));
        fixture.drag(r.x + r.width + 3, r.y + r.height + 3, r.x + r.width + 67, r.y + r.height + 19);

        ViewState state = new ViewStates(fixture.diagram).find(fixture.view(step).getMapping(), step, null, null);
        assertNotNull(state, "the size is stored");
        assertTrue(state.getWidth() >= before.width() + 56 && state.getWidth() <= before.width() + 72,
                "wider: " + state.getWidth());
        assertEquals(state.getWidth(), box(step).width(), 0.001, "the layout keeps the stored width");
        assertEquals(state.getHeight(), box(step).height(), 0.001, "and height");
        fixture.screenshot("diagram-journey-flow-resized");
        UiThread.run(() -> fixture.stack().undo());
        assertEquals(before.width(), box(step).width(), 0.001, "undo restores the size");
    }

    @Test
    void marqueeSelectsTheCardsInside() {
        fixture = DiagramFixture.open("support-call", "journeyFlow");
        Step first = fixture.journey.getStages().get(0).getSteps().get(0);
        int[] at = fixture.centre(first);
        org.eclipse.swt.graphics.Rectangle r = UiThread.call(() -> fixture.page.canvas().controlBounds(fixture.view(first)));
        fixture.drag(r.x - 6, r.y - 6, r.x + r.width + 6, r.y + r.height + 6);
        assertEquals(1, fixture.selectedElements().size(), "the marquee holds one card: " + fixture.selectedElements());
        assertEquals(first, fixture.selectedElements().get(0));
        assertTrue(at[0] > 0);
    }

    @Test
    void ctrlWheelAndKeysZoomAndOnlyTheVisibleFiguresAreDrawn() {
        fixture = DiagramFixture.open("b2b-saas-onboarding", "journeyMap");
        int all = UiThread.call(() -> fixture.page.canvas().picture().scene().figures().size());
        fixture.wheel(300, 300, 3, SWT.MOD1);
        double zoomed = UiThread.call(() -> fixture.page.canvas().viewport().zoom());
        assertEquals(1.25, zoomed, 0.001, "Ctrl+wheel zooms in one step");
        fixture.key('=', '=', SWT.MOD1);
        fixture.key('=', '=', SWT.MOD1);
        assertEquals(1.25 * 1.25 * 1.25, UiThread.call(() -> fixture.page.canvas().viewport().zoom()), 0.001);
        UiThread.settle(300);
        int drawn = UiThread.call(() -> fixture.page.canvas().lastDrawnFigures());
        assertTrue(drawn > 0 && drawn < all, "zoomed in, only part of the scene is drawn: " + drawn + " of " + all);
        fixture.screenshot("diagram-journey-map-zoomed-in");

        double originX = UiThread.call(() -> fixture.page.canvas().viewport().originX());
        fixture.mouse(SWT.MouseDown, 600, 400, 2, 0);
        fixture.mouse(SWT.MouseMove, 500, 400, 0, SWT.BUTTON2);
        fixture.mouse(SWT.MouseUp, 500, 400, 2, 0);
        assertEquals(originX + 100 / zoomed / 1.25 / 1.25, UiThread.call(() -> fixture.page.canvas().viewport().originX()), 0.01,
                "a middle drag pans the view");

        Step last = fixture.journey.getStages().get(fixture.journey.getStages().size() - 1).getSteps().get(0);
        UiThread.run(() -> fixture.page.reveal(last));
        Rect shown = UiThread.call(() -> fixture.page.canvas().viewport().visible());
        Rect card = UiThread.call(() -> fixture.page.canvas().picture().bounds(fixture.view(last)));
        assertTrue(shown.contains(card.x(), card.y()) && shown.contains(card.maxX(), card.maxY()), "reveal scrolls to the card");
        assertEquals(List.of(last), fixture.selectedElements(), "and selects it");

        fixture.key('0', '0', SWT.MOD1);
        assertEquals(1, UiThread.call(() -> fixture.page.canvas().viewport().zoom()), 0.001, "Ctrl+0 is 100%");
        fixture.key('-', '-', SWT.MOD1);
        assertEquals(0.8, UiThread.call(() -> fixture.page.canvas().viewport().zoom()), 0.001, "Ctrl+- zooms out");
        UiThread.run(() -> fixture.page.canvas().fit());
        UiThread.settle(300);
        Rect visible = UiThread.call(() -> fixture.page.canvas().viewport().visible());
        Rect scene = UiThread.call(() -> fixture.page.canvas().picture().scene().bounds());
        assertTrue(visible.w() >= scene.w() - 1 && visible.h() >= scene.h() - 1, "fit shows the whole map");
        assertEquals(all, (int) UiThread.call(() -> fixture.page.canvas().lastDrawnFigures()), "and draws all of it");
        fixture.screenshot("diagram-journey-map-fit");
    }

    private Box box(Step step) {
        Node node = fixture.view(step);
        return UiThread.call(() -> fixture.page.canvas().picture().layout().box(node));
    }
}
