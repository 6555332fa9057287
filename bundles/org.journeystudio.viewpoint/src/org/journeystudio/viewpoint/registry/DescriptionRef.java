package org.journeystudio.viewpoint.registry;

import org.journeystudio.viewpoint.RepresentationDescription;
import org.journeystudio.viewpoint.Viewpoint;
import org.journeystudio.viewpoint.spec.Spec;

/**
 * A representation description found in the registry, with the specification whose expressions it
 * runs on (pass {@link #spec()} to the synchronizers, exporters and sessions).
 */
public record DescriptionRef(Spec spec, Viewpoint viewpoint, RepresentationDescription description) {

    /** The description's name, e.g. {@code journeyMap}. */
    public String name() {
        return description.getName();
    }

    /** The description's label, or its name when it has none. */
    public String label() {
        String label = description.getLabel();
        return label == null || label.isBlank() ? description.getName() : label;
    }

    /** The name of the viewpoint holding it, as stored in representation files. */
    public String viewpointName() {
        return viewpoint.getName();
    }

    /** Whether a user-given name denotes this description: its name, or its label in any case. */
    public boolean isNamed(String text) {
        return text.equals(description.getName()) || text.equalsIgnoreCase(description.getLabel());
    }
}
