package org.journeystudio.ui.internal.viewpoints;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.journeystudio.model.persistence.JourneyLoadException;
import org.journeystudio.viewpoint.registry.DescriptionRef;
import org.journeystudio.viewpoint.registry.ViewpointSelection;
import org.journeystudio.viewpoint.representation.RepresentationFile;
import org.journeystudio.viewpoint.session.RepresentationFiles;
import org.journeystudio.viewpoint.spec.Applicability;
import org.journeystudio.viewpoint.spec.Spec;

/**
 * What a map's Viewpoints Selection (stored in its {@code .journeyrep}) gives it: the representation
 * descriptions "New Representation" offers and the specifications whose validation rules run on it.
 */
public final class MapViewpoints {

    private MapViewpoints() {
    }

    /**
     * The descriptions of the enabled viewpoints that apply to the element: its domain class and the
     * description's precondition (a Deviation only for a journey with a baseline), in spec order.
     */
    public static List<DescriptionRef> descriptionsFor(RepresentationFile file, EObject target) {
        return WorkbenchViewpoints.registry().descriptions(ViewpointSelection.of(file)).stream()
                .filter(ref -> Applicability.appliesTo(ref.spec(), ref.description(), target)).toList();
    }

    /** The specifications in use of the enabled viewpoints, each once. */
    public static List<Spec> specs(RepresentationFile file) {
        List<Spec> specs = new ArrayList<>();
        for (String name : ViewpointSelection.of(file)) {
            WorkbenchViewpoints.registry().specOf(name).filter(spec -> !specs.contains(spec)).ifPresent(specs::add);
        }
        return specs;
    }

    /** The Viewpoints Selection of a map as its representations file on disk has it (none when unreadable). */
    public static RepresentationFile onDisk(ResourceSet set, Path map) {
        try {
            return RepresentationFiles.rootOf(RepresentationFiles.load(set, RepresentationFiles.beside(map)));
        } catch (JourneyLoadException e) {
            return null;
        }
    }
}
