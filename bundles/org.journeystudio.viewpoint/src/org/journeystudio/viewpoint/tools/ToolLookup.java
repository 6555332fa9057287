package org.journeystudio.viewpoint.tools;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.journeystudio.viewpoint.DiagramDescription;
import org.journeystudio.viewpoint.Layer;
import org.journeystudio.viewpoint.MappingTool;
import org.journeystudio.viewpoint.RepresentationDescription;
import org.journeystudio.viewpoint.RepresentationElementMapping;
import org.journeystudio.viewpoint.Tool;
import org.journeystudio.viewpoint.representation.Diagram;
import org.journeystudio.viewpoint.representation.View;
import org.journeystudio.viewpoint.spec.Spec;
import org.journeystudio.viewpoint.sync.ActiveLayers;

/**
 * Finds the tools that apply to a diagram and its views: those of the default layer and of the
 * additional layers the diagram has switched on. Views keep the name of their mapping, so a tool
 * applies to a view when one of its mappings has that name.
 */
public final class ToolLookup {

    private final DiagramDescription description;
    private final Diagram diagram;

    public ToolLookup(DiagramDescription description, Diagram diagram) {
        this.description = description;
        this.diagram = diagram;
    }

    /** The lookup for a diagram of a specification, found by the diagram's description name. */
    public static ToolLookup of(Spec spec, Diagram diagram) {
        RepresentationDescription description = spec.description(diagram.getDescription());
        if (!(description instanceof DiagramDescription diagramDescription)) {
            throw new ToolException("no diagram description '" + diagram.getDescription() + "' in " + spec.file());
        }
        return new ToolLookup(diagramDescription, diagram);
    }

    /** The diagram a view belongs to. */
    public static Diagram diagramOf(View view) {
        for (EObject container = view.eContainer(); container != null; container = container.eContainer()) {
            if (container instanceof Diagram diagram) {
                return diagram;
            }
        }
        throw new ToolException("the view of " + view.getMapping() + " is not part of a diagram");
    }

    public DiagramDescription description() {
        return description;
    }

    public Diagram diagram() {
        return diagram;
    }

    /** The default layer and the active additional layers, in specification order. */
    public List<Layer> activeLayers() {
        return ActiveLayers.of(description, diagram);
    }

    /** Every tool of a kind in the active layers (a palette). */
    public <T extends Tool> List<T> tools(Class<T> kind) {
        List<T> tools = new ArrayList<>();
        for (Layer layer : activeLayers()) {
            for (Tool tool : layer.getTools()) {
                if (kind.isInstance(tool)) {
                    tools.add(kind.cast(tool));
                }
            }
        }
        return tools;
    }

    /** The first tool of a kind in the active layers whose mappings include the named mapping, or null. */
    public <T extends MappingTool> T toolFor(Class<T> kind, String mappingName) {
        for (T tool : tools(kind)) {
            if (appliesTo(tool, mappingName)) {
                return tool;
            }
        }
        return null;
    }

    /** Whether one of the tool's mappings has this name. */
    public static boolean appliesTo(MappingTool tool, String mappingName) {
        return contains(tool.getMappings(), mappingName);
    }

    static boolean contains(List<? extends RepresentationElementMapping> mappings, String mappingName) {
        for (RepresentationElementMapping mapping : mappings) {
            if (mapping.getName() != null && mapping.getName().equals(mappingName)) {
                return true;
            }
        }
        return false;
    }

    /** The mapping of this name anywhere in the description, or null. */
    public RepresentationElementMapping mapping(String name) {
        for (EObject element : (Iterable<EObject>) description::eAllContents) {
            if (element instanceof RepresentationElementMapping mapping && name != null && name.equals(mapping.getName())) {
                return mapping;
            }
        }
        return null;
    }
}
