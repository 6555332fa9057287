package org.journeystudio.ui.internal.representations;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.journeystudio.model.journey.NamedElement;
import org.journeystudio.ui.internal.viewpoints.MapViewpoints;
import org.journeystudio.viewpoint.RepresentationDescription;
import org.journeystudio.viewpoint.registry.DescriptionRef;
import org.journeystudio.viewpoint.representation.Representation;
import org.journeystudio.viewpoint.session.Session;

/**
 * New, renamed and deleted representations of an open map, each with its tab. They are stored in
 * the {@code .journeyrep} with the next save; until then the editor is dirty. Names stay unique,
 * since a representation's name is its tab's title and its entry in the Project Explorer.
 */
public final class EditorRepresentations {

    private final Session session;
    private final RepresentationPages pages;

    public EditorRepresentations(Session session, RepresentationPages pages) {
        this.session = session;
        this.pages = pages;
    }

    public Session session() {
        return session;
    }

    /** The descriptions a representation of an element can have. */
    public List<RepresentationDescription> descriptionsFor(EObject target) {
        return MapViewpoints.descriptionsFor(session.representationFile(), target).stream()
                .map(DescriptionRef::description).toList();
    }

    /** A new representation of a description on an element, opened as a new tab at once. */
    public Representation create(RepresentationDescription description, EObject target) {
        Representation representation = RepresentationCreation.create(session, description, target,
                freshName(nameFor(description, target)));
        pages.add(representation);
        pages.changed();
        return representation;
    }

    private String nameFor(RepresentationDescription description, EObject target) {
        String label = RepresentationCreation.label(description);
        if (named(label).isEmpty()) {
            return label;
        }
        return target instanceof NamedElement element && element.getName() != null && !element.getName().isBlank()
                ? label + " – " + element.getName().strip() : label;
    }

    private String freshName(String base) {
        String name = base;
        for (int number = 2; named(name).isPresent(); number++) {
            name = base + " " + number;
        }
        return name;
    }

    /** The representation with this name, if there is one. */
    public Optional<Representation> named(String name) {
        return session.representationFile().getRepresentations().stream()
                .filter(representation -> name.equals(representation.getName())).findFirst();
    }

    /** Why a name cannot be given to a representation, or null when it can. */
    public String problemWithName(Representation representation, String name) {
        if (name == null || name.isBlank()) {
            return "A representation needs a name.";
        }
        Optional<Representation> other = named(name.strip());
        return other.isPresent() && other.get() != representation ? "There is a representation '" + name.strip()
                + "' already." : null;
    }

    /** Renames a representation and its tab; a name that is blank or taken is refused (false). */
    public boolean rename(Representation representation, String name) {
        if (problemWithName(representation, name) != null) {
            return false;
        }
        representation.setName(name.strip());
        pages.rename(representation);
        pages.changed();
        return true;
    }

    /** Deletes a representation and closes its tab; the model is left as it is. */
    public void delete(Representation representation) {
        pages.remove(representation);
        session.representationFile().getRepresentations().remove(representation);
        pages.changed();
    }

    /** Enables these viewpoints for the map (its Viewpoints Selection), stored with the next save. */
    public void selectViewpoints(List<String> names) {
        if (!names.equals(session.representationFile().getViewpoints())) {
            session.representationFile().getViewpoints().clear();
            session.representationFile().getViewpoints().addAll(names);
            pages.changed();
        }
    }

    /** The representation of the active tab, or null. */
    public Representation active() {
        return pages.active();
    }
}
