package org.journeystudio.model.compare;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * The three inputs of a merge: the common ancestor (base), ours and theirs, each as a snapshot
 * and as the resource it was taken of (for readable paths; a resource may be null, then ids stand in).
 */
public record MergeSides(ModelSnapshot base, ModelSnapshot ours, ModelSnapshot theirs, Resource baseResource,
        Resource oursResource, Resource theirsResource) {

    public MergeSides(Resource base, Resource ours, Resource theirs) {
        this(ModelSnapshot.of(base), ModelSnapshot.of(ours), ModelSnapshot.of(theirs), base, ours, theirs);
    }

    /** Every id of the three, in ours' document order, then theirs', then the base's. */
    Set<String> allIds() {
        Set<String> ids = new LinkedHashSet<>(ours.elements().keySet());
        ids.addAll(theirs.elements().keySet());
        ids.addAll(base.elements().keySet());
        return ids;
    }

    /** The readable path of an element: as ours has it, else theirs, else the base. */
    String path(String id) {
        if (ours.get(id) != null) {
            return ValueText.pathOr(oursResource, id);
        }
        return ValueText.pathOr(theirs.get(id) != null ? theirsResource : baseResource, id);
    }

    /** The paths of elements in one resource, as a list. */
    String pathsIn(Resource resource, List<String> ids) {
        return ids.stream().map(id -> ValueText.pathOr(resource, id)).collect(Collectors.joining(", ", "[", "]"));
    }

    /** A value of ours (or theirs) as text. */
    String text(EStructuralFeature feature, List<Object> values, boolean ofOurs) {
        return ValueText.of(feature, values, ofOurs ? oursResource : theirsResource);
    }
}
