package org.journeystudio.viewpoint.layout;

import java.util.HashSet;
import java.util.Set;

import org.journeystudio.viewpoint.ContainerMapping;
import org.journeystudio.viewpoint.DiagramDescription;
import org.journeystudio.viewpoint.Layer;
import org.journeystudio.viewpoint.representation.Diagram;

/** Lays out a diagram the way its description asks: lane grid, ELK layered, or stacked. */
public final class Layouts {

    private Layouts() {
    }

    public static DiagramLayout layout(Diagram diagram, DiagramDescription description, TextSizer sizer) {
        DiagramLayout layout = switch (description.getLayout()) {
            case LANE_GRID -> new LaneGridLayout(sizer).layout(diagram, separators(description));
            case LAYERED -> new LayeredLayout(sizer).layout(diagram);
            default -> new StackLayout(sizer).layout(diagram);
        };
        layout.fitEndsToShapes();
        return layout;
    }

    /** Lane containers without sub-mappings: lines such as the line of visibility. */
    static Set<String> separators(DiagramDescription description) {
        Set<String> names = new HashSet<>();
        addSeparators(description.getDefaultLayer(), names);
        description.getAdditionalLayers().forEach(layer -> addSeparators(layer, names));
        return names;
    }

    private static void addSeparators(Layer layer, Set<String> names) {
        if (layer == null) {
            return;
        }
        for (ContainerMapping lane : layer.getContainerMappings()) {
            if (lane.getSubNodeMappings().isEmpty() && lane.getSubContainerMappings().isEmpty()) {
                names.add(lane.getName());
            }
        }
    }
}
