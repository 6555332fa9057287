package org.journeystudio.viewpoint.registry;

import java.util.List;

import org.journeystudio.viewpoint.representation.RepresentationFile;

/**
 * Which viewpoints a map uses (its Viewpoints Selection), as stored in its {@code .journeyrep}: the
 * names in {@link RepresentationFile#getViewpoints()}, or the built-in journey viewpoint when none are
 * stored (files written before the selection existed). Pass the result to
 * {@link ViewpointRegistry#descriptions(java.util.Collection)}.
 */
public final class ViewpointSelection {

    /** The name of the built-in journey viewpoint. */
    public static final String BUILT_IN = "journey";

    private ViewpointSelection() {
    }

    /** The names of the viewpoints the representations file enables. */
    public static List<String> of(RepresentationFile file) {
        if (file == null || file.getViewpoints().isEmpty()) {
            return List.of(BUILT_IN);
        }
        return List.copyOf(file.getViewpoints());
    }
}
