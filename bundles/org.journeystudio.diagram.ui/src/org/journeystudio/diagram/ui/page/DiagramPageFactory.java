package org.journeystudio.diagram.ui.page;

import org.journeystudio.ui.editor.JourneyEditorContext;
import org.journeystudio.ui.editor.RepresentationPage;
import org.journeystudio.ui.editor.RepresentationPageFactory;
import org.journeystudio.viewpoint.DiagramDescription;
import org.journeystudio.viewpoint.RepresentationDescription;
import org.journeystudio.viewpoint.representation.Diagram;
import org.journeystudio.viewpoint.representation.Representation;

/** Makes the journey editor's pages for diagrams (contributed to org.journeystudio.ui.representationPages). */
public final class DiagramPageFactory implements RepresentationPageFactory {

    @Override
    public boolean handles(RepresentationDescription description) {
        return description instanceof DiagramDescription;
    }

    @Override
    public RepresentationPage create(Representation representation, JourneyEditorContext context) {
        return new DiagramPage((Diagram) representation, context);
    }
}
