package org.journeystudio.diagram.ui.page;

import org.journeystudio.diagram.ui.canvas.DiagramCanvas;
import org.journeystudio.ui.decorators.DifferenceDecorator;
import org.journeystudio.ui.editor.JourneyEditorContext;

/** The differences of a comparison on a diagram: frames on the nodes of added and changed elements, ghosts of deleted ones. */
final class DiagramDifferenceDecorations {

    private DiagramDifferenceDecorations() {
    }

    static void install(DiagramCanvas canvas, JourneyEditorContext context) {
        DifferenceDecorator.install(canvas.control(), context.differences(),
                element -> DiagramProblemDecorations.bounds(canvas, element));
    }
}
