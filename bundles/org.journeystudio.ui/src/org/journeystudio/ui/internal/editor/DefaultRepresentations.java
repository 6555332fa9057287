package org.journeystudio.ui.internal.editor;

import org.eclipse.emf.ecore.EObject;
import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.ui.internal.representations.RepresentationCreation;
import org.journeystudio.viewpoint.session.Session;

/**
 * The representations a map gets when it is first opened and its {@code .journeyrep} holds none:
 * the diagrams and tables of its first journey, the opportunities of the whole model and the card
 * of its first persona.
 */
final class DefaultRepresentations {

    private DefaultRepresentations() {
    }

    /** Adds the defaults when the session has no representations; true when it added any. */
    static boolean ensure(Session session) {
        if (!session.representationFile().getRepresentations().isEmpty()) {
            return false;
        }
        JourneyModel model = session.model();
        if (!model.getJourneys().isEmpty()) {
            Journey journey = model.getJourneys().get(0);
            session.createDiagram("journeyMap", journey, "Journey Map");
            session.createDiagram("journeyFlow", journey, "Journey Flow");
            session.createDiagram("serviceBlueprint", journey, "Service Blueprint");
            createTable(session, "painPoints", journey, "Pain Points");
            createTable(session, "touchpointChannels", journey, "Touchpoint × Channel");
        }
        createTable(session, "opportunities", model, "Opportunities");
        if (!model.getPersonas().isEmpty()) {
            session.createDiagram("personaCard", model.getPersonas().get(0), "Persona");
        }
        return true;
    }

    private static void createTable(Session session, String descriptionName, EObject target, String name) {
        RepresentationCreation.create(session, session.spec().description(descriptionName), target, name);
    }
}
