package org.journeystudio.model.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;

/**
 * Makes EMF elements of a snapshot in an empty resource: the tree from the roots down, each
 * element with its id, then every attribute and reference. A reference to an id the snapshot
 * does not hold is left out, so the result never has a dangling reference; the caller is told
 * which were left out.
 */
public final class SnapshotBuilder {

    /** A reference that could not be made: the referring element, its feature and the missing id. */
    public record Dropped(String id, EStructuralFeature feature, String target) {
    }

    private final ModelSnapshot snapshot;
    private final Map<String, EObject> made = new HashMap<>();
    private final List<Dropped> dropped = new ArrayList<>();

    private SnapshotBuilder(ModelSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    /**
     * Fills the resource (which must be empty) with the snapshot's elements.
     *
     * @return the references left out because their target is not in the snapshot
     */
    public static List<Dropped> build(ModelSnapshot snapshot, Resource target) {
        SnapshotBuilder builder = new SnapshotBuilder(snapshot);
        List<EObject> roots = new ArrayList<>();
        for (String id : snapshot.roots()) {
            roots.add(builder.make(id, target));
        }
        for (Map.Entry<String, EObject> entry : builder.made.entrySet()) {
            builder.fill(snapshot.get(entry.getKey()), entry.getValue(), target);
        }
        // Attached last, so that a resource giving new elements UUIDs finds them named already.
        target.getContents().addAll(roots);
        return builder.dropped;
    }

    @SuppressWarnings("unchecked")
    private EObject make(String id, Resource target) {
        ElementState state = snapshot.get(id);
        EObject element = EcoreUtil.create(state.type());
        made.put(id, element);
        if (target instanceof XMLResource xml && !state.positional()) {
            xml.setID(element, id);
        }
        for (Map.Entry<String, List<String>> children : state.children().entrySet()) {
            EReference feature = (EReference) state.type().getEStructuralFeature(children.getKey());
            for (String child : children.getValue()) {
                EObject made = make(child, target);
                if (feature.isMany()) {
                    ((EList<EObject>) element.eGet(feature)).add(made);
                } else {
                    element.eSet(feature, made);
                }
            }
        }
        return element;
    }

    @SuppressWarnings("unchecked")
    private void fill(ElementState state, EObject element, Resource target) {
        for (Map.Entry<EStructuralFeature, List<Object>> entry : state.values().entrySet()) {
            EStructuralFeature feature = entry.getKey();
            List<Object> values = feature instanceof EReference ? targets(state.id(), feature, entry.getValue(), target)
                    : entry.getValue();
            if (feature.isMany()) {
                ((EList<Object>) element.eGet(feature)).addAll(values);
            } else if (!values.isEmpty()) {
                element.eSet(feature, values.get(0));
            }
        }
    }

    private List<Object> targets(String id, EStructuralFeature feature, List<Object> refs, Resource target) {
        List<Object> targets = new ArrayList<>(refs.size());
        for (Object value : refs) {
            Ref ref = (Ref) value;
            if (ref.external()) {
                targets.add(ref.proxyIn(target));
            } else if (made.containsKey(ref.key())) {
                targets.add(made.get(ref.key()));
            } else {
                dropped.add(new Dropped(id, feature, ref.key()));
            }
        }
        return targets;
    }
}
