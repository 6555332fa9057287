package org.journeystudio.ui.internal.representations;

import org.eclipse.emf.ecore.EObject;
import org.journeystudio.viewpoint.DiagramDescription;
import org.journeystudio.viewpoint.RepresentationDescription;
import org.journeystudio.viewpoint.representation.Representation;
import org.journeystudio.viewpoint.representation.RepresentationFactory;
import org.journeystudio.viewpoint.representation.Table;
import org.journeystudio.viewpoint.session.Session;
import org.journeystudio.viewpoint.spec.Spec;

/** Which representations an element can have, and making one: a diagram or a table of a description on an element. */
public final class RepresentationCreation {

    private RepresentationCreation() {
    }

    /** Adds a new representation of a description on an element to the session's representation file. */
    public static Representation create(Session session, RepresentationDescription description, EObject target,
            String name) {
        if (description instanceof DiagramDescription) {
            return session.createDiagram(session.specOfViewpoint(Spec.viewpointOf(description).getName()),
                    description.getName(), target, name);
        }
        Table table = RepresentationFactory.eINSTANCE.createTable();
        table.setName(name);
        table.setViewpoint(Spec.viewpointOf(description).getName());
        table.setDescription(description.getName());
        table.setTarget(target);
        session.representationFile().getRepresentations().add(table);
        return table;
    }

    /** A description's label, or its name when it has none. */
    public static String label(RepresentationDescription description) {
        return description.getLabel() == null || description.getLabel().isBlank() ? description.getName()
                : description.getLabel();
    }
}
