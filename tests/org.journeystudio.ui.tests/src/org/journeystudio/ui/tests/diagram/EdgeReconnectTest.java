package org.journeystudio.ui.tests.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.journeystudio.diagram.ui.canvas.Viewport;
import org.journeystudio.model.journey.Stage;
import org.journeystudio.model.journey.Step;
import org.journeystudio.ui.tests.UiThread;
import org.journeystudio.viewpoint.representation.Edge;
import org.journeystudio.viewpoint.tools.ToolCommands;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Reconnecting a flow edge on the Journey Flow canvas: a click on the edge selects it, dragging its
 * target handle onto another step moves the target through the spec's reconnect tool (undoable),
 * and a drop on the bare diagram changes nothing. A selected edge gives its source to the Properties
 * view, and Del removes the link it shows.
 */
class EdgeReconnectTest {

    private DiagramFixture fixture;

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void draggingTheTargetHandleOntoAnotherStepReconnectsTheEdgeAndUndoRestoresIt() {
        fixture = DiagramFixture.open("support-call", "journeyFlow");
        Edge edge = UiThread.call(this::firstShownEdge);
        Step source = (Step) edge.getSource().getSemantic();
        Step oldTarget = (Step) edge.getTarget().getSemantic();
        Step newTarget = otherStep(source, oldTarget);
        List<Step> before = List.copyOf(source.getNext());

        int[] onEdge = UiThread.call(() -> middleOfLongestSegment(edge));
        fixture.click(onEdge[0], onEdge[1], 0);
        assertSame(edge, UiThread.call(() -> fixture.page.canvas().selectedEdge()), "a click on the route selects the edge");
        assertTrue(UiThread.call(() -> fixture.page.canvas().selection().isEmpty()), "and no node");
        fixture.screenshot("diagram-journey-flow-edge-selected");

        Point handle = UiThread.call(() -> fixture.page.canvas().edgeEnd(edge, ToolCommands.End.TARGET));
        int[] drop = fixture.centre(newTarget);
        fixture.drag(handle.x, handle.y, drop[0], drop[1]);

        List<Step> expected = new ArrayList<>(before);
        expected.remove(oldTarget);
        expected.add(newTarget);
        assertEquals(expected, source.getNext(), "the source's next now holds the new target instead of the old");
        assertTrue(UiThread.call(() -> edgeBetween(source, newTarget)), "the view shows the new edge");
        assertEquals("", UiThread.call(() -> fixture.page.statusText()));
        Edge now = UiThread.call(() -> fixture.page.canvas().selectedEdge());
        assertNotNull(now, "the new edge is selected");
        assertSame(newTarget, now.getTarget().getSemantic());
        UiThread.run(() -> fixture.page.canvas().fit());
        fixture.screenshot("diagram-journey-flow-edge-reconnected");

        UiThread.run(() -> fixture.stack().undo());
        assertEquals(before, source.getNext(), "undo restores the old next");
        assertTrue(UiThread.call(() -> edgeBetween(source, oldTarget)), "and the old edge");
        assertFalse(UiThread.call(() -> edgeBetween(source, newTarget)), "without the new one");
    }

    @Test
    void aDropOnTheBareDiagramChangesNothing() {
        fixture = DiagramFixture.open("support-call", "journeyFlow");
        Edge edge = UiThread.call(this::firstShownEdge);
        Step source = (Step) edge.getSource().getSemantic();
        List<Step> before = List.copyOf(source.getNext());
        int[] onEdge = UiThread.call(() -> middleOfLongestSegment(edge));
        fixture.click(onEdge[0], onEdge[1], 0);
        Point handle = UiThread.call(() -> fixture.page.canvas().edgeEnd(edge, ToolCommands.End.TARGET));
        assertNotNull(handle);
        fixture.drag(handle.x, handle.y, 2, 2);

        assertEquals(before, source.getNext(), "nothing changed");
        assertFalse(fixture.stack().canUndo(), "nothing on the stack");
        assertTrue(UiThread.call(() -> fixture.page.statusText()).startsWith("Reconnect:"), "the status line says why");
        assertSame(edge, UiThread.call(() -> fixture.page.canvas().selectedEdge()), "the edge stays selected");
    }

    @Test
    void aSelectedEdgeShowsItsSourceAndDelRemovesTheLinkUndoably() {
        fixture = DiagramFixture.open("support-call", "journeyFlow");
        Edge edge = UiThread.call(() -> fixture.diagram.getEdges().stream()
                .filter(e -> fixture.page.canvas().picture().route(e) != null
                        && ((Step) e.getSemantic()).getNext().contains(e.getTarget().getSemantic()))
                .findFirst().orElseThrow());
        Step source = (Step) edge.getSemantic();
        Step target = (Step) edge.getTarget().getSemantic();
        List<Step> before = List.copyOf(source.getNext());

        int[] onEdge = UiThread.call(() -> middleOfLongestSegment(edge));
        fixture.click(onEdge[0], onEdge[1], 0);
        assertSame(edge, UiThread.call(() -> fixture.page.canvas().selectedEdge()));
        assertEquals(List.of(source), fixture.selectedElements(), "Properties are given the edge's source step");

        fixture.key(SWT.DEL, (char) 0x7F, 0);
        assertFalse(source.getNext().contains(target), "Del removed the target from the source's next steps");
        assertFalse(UiThread.call(() -> edgeBetween(source, target)) && !UiThread.call(() -> impliedEdge(source, target)),
                "the link's edge is gone (only the implicit edge to the following step may remain)");
        fixture.screenshot("diagram-journey-flow-edge-deleted");

        UiThread.run(() -> fixture.stack().undo());
        assertEquals(before, source.getNext(), "undo links the steps again");
        assertTrue(UiThread.call(() -> edgeBetween(source, target)), "and shows the edge");
    }

    /** Whether the flow shows an edge from source to target without a next link: to the following step. */
    private boolean impliedEdge(Step source, Step target) {
        return source.getNext().isEmpty() && edgeBetween(source, target);
    }

    private Edge firstShownEdge() {
        return fixture.diagram.getEdges().stream().filter(e -> fixture.page.canvas().picture().route(e) != null)
                .findFirst().orElseThrow();
    }

    /** A step with a view that is neither end of the edge nor already a next step of the source. */
    private Step otherStep(Step source, Step oldTarget) {
        Step found = null;
        for (Stage stage : fixture.journey.getStages()) {
            for (Step step : stage.getSteps()) {
                boolean shown = UiThread.call(() -> fixture.page.canvas().picture().viewOf(step) != null);
                if (step != source && step != oldTarget && !source.getNext().contains(step) && shown) {
                    found = step;
                }
            }
        }
        assertNotNull(found, "a step to reconnect to");
        return found;
    }

    /** The middle of the edge's longest route segment, in canvas pixels: away from both cards. */
    private int[] middleOfLongestSegment(Edge edge) {
        double[] xy = fixture.page.canvas().picture().route(edge);
        int best = 0;
        double longest = -1;
        for (int i = 0; i + 3 < xy.length; i += 2) {
            double length = Math.hypot(xy[i + 2] - xy[i], xy[i + 3] - xy[i + 1]);
            if (length > longest) {
                longest = length;
                best = i;
            }
        }
        Viewport view = fixture.page.canvas().viewport();
        return new int[] {(int) Math.round(view.controlX((xy[best] + xy[best + 2]) / 2)),
            (int) Math.round(view.controlY((xy[best + 1] + xy[best + 3]) / 2))};
    }

    private boolean edgeBetween(Step source, Step target) {
        return fixture.page.canvas().picture().diagram().getEdges().stream()
                .anyMatch(e -> e.getSource().getSemantic() == source && e.getTarget().getSemantic() == target);
    }
}
