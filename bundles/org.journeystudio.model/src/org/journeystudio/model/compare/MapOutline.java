package org.journeystudio.model.compare;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.journeystudio.model.query.ElementPaths;

/**
 * A document as a stable, readable outline for line-based tools ({@code git diff} through a
 * textconv): one line per element, indented by depth, with its containment feature, its
 * segment ({@code Step 'Pay'}) and its set values, references as the paths of their targets.
 * Ids are left out, so that a line changes only when what a person reads changes.
 */
public final class MapOutline {

    private final Resource resource;
    private final ModelSnapshot snapshot;
    private final Writer out;

    private MapOutline(Resource resource, Writer out) {
        this.resource = resource;
        this.snapshot = ModelSnapshot.of(resource);
        this.out = out;
    }

    /** Writes the outline of a resource. */
    public static void write(Resource resource, Writer out) throws IOException {
        MapOutline outline = new MapOutline(resource, out);
        for (String root : outline.snapshot.roots()) {
            outline.element(root, null, 0);
        }
        out.flush();
    }

    private void element(String id, String feature, int depth) throws IOException {
        ElementState state = snapshot.get(id);
        EObject element = resource.getEObject(id);
        StringBuilder line = new StringBuilder("  ".repeat(depth));
        if (feature != null) {
            line.append(feature).append(": ");
        }
        line.append(element == null ? state.type().getName() : ElementPaths.segment(element));
        for (Map.Entry<EStructuralFeature, List<Object>> value : state.values().entrySet()) {
            if (!value.getKey().getName().equals("name")) {
                line.append("  ").append(value.getKey().getName()).append('=')
                        .append(ValueText.of(value.getKey(), value.getValue(), resource));
            }
        }
        out.write(line.append('\n').toString());
        for (Map.Entry<String, List<String>> children : state.children().entrySet()) {
            for (String child : children.getValue()) {
                element(child, children.getKey(), depth + 1);
            }
        }
    }
}
