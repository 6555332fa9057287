package org.journeystudio.ui.editor;

import org.journeystudio.viewpoint.RepresentationDescription;
import org.journeystudio.viewpoint.representation.Representation;

/** Contributed through the extension point org.journeystudio.ui.representationPages (attribute "class"). */
public interface RepresentationPageFactory {

    /** Whether this factory makes pages for a description, e.g. a DiagramDescription or a TableDescription. */
    boolean handles(RepresentationDescription description);

    RepresentationPage create(Representation representation, JourneyEditorContext context);
}
