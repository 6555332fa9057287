package org.journeystudio.diagram.ui.page;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.graphics.Rectangle;
import org.journeystudio.diagram.ui.canvas.DiagramCanvas;
import org.journeystudio.ui.decorators.ProblemDecorator;
import org.journeystudio.ui.editor.JourneyEditorContext;
import org.journeystudio.viewpoint.representation.Node;

/** The error and warning decorators of a diagram: on the node of every element that has a problem. */
final class DiagramProblemDecorations {

    private DiagramProblemDecorations() {
    }

    static void install(DiagramCanvas canvas, JourneyEditorContext context) {
        ProblemDecorator.install(canvas.control(), context.problems(), element -> bounds(canvas, element), (x, y) -> {
            Node node = canvas.nodeAt(x, y);
            return node == null ? null : node.getSemantic();
        });
    }

    /** Where an element's node is drawn, in the canvas's pixels; null when it has none. */
    static Rectangle bounds(DiagramCanvas canvas, EObject element) {
        Node node = canvas.picture() == null ? null : canvas.picture().viewOf(element);
        return node == null ? null : canvas.controlBounds(node);
    }
}
