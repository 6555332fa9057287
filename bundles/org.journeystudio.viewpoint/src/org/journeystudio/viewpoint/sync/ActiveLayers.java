package org.journeystudio.viewpoint.sync;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.journeystudio.viewpoint.DiagramDescription;
import org.journeystudio.viewpoint.Filter;
import org.journeystudio.viewpoint.Layer;
import org.journeystudio.viewpoint.representation.Diagram;

/**
 * What a diagram shows of its description: the default layer and the additional layers it has
 * switched on, and the filters it has applied, each in specification order. The synchronizer
 * builds views from these layers and the tools are looked up in them.
 */
public final class ActiveLayers {

    private ActiveLayers() {
    }

    /** The default layer and the additional layers the diagram has switched on. */
    public static List<Layer> of(DiagramDescription description, Diagram diagram) {
        List<Layer> layers = new ArrayList<>();
        if (description.getDefaultLayer() != null) {
            layers.add(description.getDefaultLayer());
        }
        Set<String> active = new HashSet<>(diagram.getActiveLayers());
        for (Layer layer : description.getAdditionalLayers()) {
            if (active.contains(layer.getName())) {
                layers.add(layer);
            }
        }
        return layers;
    }

    /** The filters the diagram has applied. */
    public static List<Filter> filters(DiagramDescription description, Diagram diagram) {
        Set<String> active = new HashSet<>(diagram.getActiveFilters());
        List<Filter> filters = new ArrayList<>();
        for (Filter filter : description.getFilters()) {
            if (active.contains(filter.getName())) {
                filters.add(filter);
            }
        }
        return filters;
    }
}
