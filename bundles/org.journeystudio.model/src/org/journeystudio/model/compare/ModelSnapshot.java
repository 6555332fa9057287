package org.journeystudio.model.compare;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.FeatureMapUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;

/**
 * The content of a resource as plain data keyed by element id, read through EMF's reflective
 * API so that any model can be compared: every element with its class, place and the values of
 * its set, changeable, non-derived, non-transient features. Elements are matched by
 * {@code xmi:id}; a document without ids falls back on EMF's URI fragments (positions).
 * References are never resolved: one to another document stays its URI.
 */
public final class ModelSnapshot {

    private final Map<String, ElementState> elements = new LinkedHashMap<>();
    private final List<String> roots = new ArrayList<>();
    private final Map<EClass, List<EStructuralFeature>> featuresByClass = new HashMap<>();

    /** Reads a resource; its elements keep document order. */
    public static ModelSnapshot of(Resource resource) {
        ModelSnapshot snapshot = new ModelSnapshot();
        for (EObject root : resource.getContents()) {
            snapshot.roots.add(snapshot.read(resource, root, Location.ROOT));
        }
        return snapshot;
    }

    /** A deep copy, to be changed without touching this one. */
    public ModelSnapshot copy() {
        ModelSnapshot copy = new ModelSnapshot();
        elements.forEach((id, state) -> copy.elements.put(id, state.copy()));
        copy.roots.addAll(roots);
        return copy;
    }

    /** The id a snapshot knows an element of a resource by. */
    public static String idOf(Resource resource, EObject element) {
        String id = resource instanceof XMLResource xml ? xml.getID(element) : null;
        return id != null ? id : resource.getURIFragment(element);
    }

    /** Whether a feature is part of what a snapshot compares. */
    public static boolean compared(EStructuralFeature feature) {
        return feature.isChangeable() && !feature.isDerived() && !feature.isTransient()
                && !FeatureMapUtil.isFeatureMap(feature)
                && !(feature instanceof EReference reference && reference.isContainer());
    }

    /** The compared features of a class, worked out once per class and snapshot. */
    private List<EStructuralFeature> comparedFeatures(EClass type) {
        return featuresByClass.computeIfAbsent(type, ModelSnapshot::comparedFeaturesOf);
    }

    /** The compared features of a class, in the class's order. */
    static List<EStructuralFeature> comparedFeaturesOf(EClass type) {
        return type.getEAllStructuralFeatures().stream().filter(ModelSnapshot::compared).toList();
    }

    /** A feature's value as a snapshot holds it (references as {@link Ref}s), or null when it is not set. */
    static List<Object> valueOf(Resource resource, EObject element, EStructuralFeature feature) {
        if (!element.eIsSet(feature)) {
            return null;
        }
        List<Object> values = valuesOf(element, feature);
        return feature instanceof EReference ? refs(resource, values) : values;
    }

    /** An element's state as a snapshot at this place would hold it, its children given by id. */
    static ElementState stateOf(Resource resource, EObject element, Location location, List<EStructuralFeature> features) {
        String id = idOf(resource, element);
        ElementState state = new ElementState(id, element.eClass(), location)
                .markPositional(!(resource instanceof XMLResource xml) || xml.getID(element) == null);
        for (EStructuralFeature feature : features) {
            if (!element.eIsSet(feature)) {
                continue;
            }
            if (feature instanceof EReference reference && reference.isContainment()) {
                List<Object> children = valuesOf(element, feature);
                List<String> ids = new ArrayList<>(children.size());
                for (Object child : children) {
                    ids.add(idOf(resource, (EObject) child));
                }
                state.children().put(feature.getName(), ids);
            } else {
                state.setValue(feature, valueOf(resource, element, feature));
            }
        }
        return state;
    }

    private String read(Resource resource, EObject element, Location location) {
        String xmiId = resource instanceof XMLResource xml ? xml.getID(element) : null;
        String id = xmiId != null ? xmiId : resource.getURIFragment(element);
        ElementState state = new ElementState(id, element.eClass(), location).markPositional(xmiId == null);
        elements.put(id, state);
        for (EStructuralFeature feature : comparedFeatures(element.eClass())) {
            if (!element.eIsSet(feature)) {
                continue;
            }
            List<Object> values = valuesOf(element, feature);
            if (feature instanceof EReference reference && reference.isContainment()) {
                List<String> ids = new ArrayList<>(values.size());
                Location here = new Location(id, feature.getName());
                for (Object child : values) {
                    ids.add(read(resource, (EObject) child, here));
                }
                state.children().put(feature.getName(), ids);
            } else if (feature instanceof EReference) {
                state.setValue(feature, refs(resource, values));
            } else {
                state.setValue(feature, values);
            }
        }
        return id;
    }

    @SuppressWarnings("unchecked")
    static List<Object> valuesOf(EObject element, EStructuralFeature feature) {
        Object value = element.eGet(feature, false);
        if (feature.isMany()) {
            return new ArrayList<>((Collection<Object>) value);
        }
        return Collections.singletonList(value);
    }

    static List<Object> refs(Resource resource, List<Object> targets) {
        List<Object> refs = new ArrayList<>(targets.size());
        for (Object target : targets) {
            if (target == null) {
                continue;
            }
            EObject object = (EObject) target;
            if (object.eIsProxy() || object.eResource() != resource) {
                URI uri = object.eIsProxy() ? ((InternalEObject) object).eProxyURI() : EcoreUtil.getURI(object);
                URI base = resource.getURI();
                String key = base != null && base.isHierarchical() && !base.isRelative()
                        ? uri.deresolve(base).toString() : uri.toString();
                refs.add(new Ref(key, object.eClass(), true));
            } else {
                refs.add(Ref.internal(idOf(resource, object), object.eClass()));
            }
        }
        return refs;
    }

    /** Elements by id, in document order. */
    public Map<String, ElementState> elements() {
        return elements;
    }

    /** The element with this id, or null. */
    public ElementState get(String id) {
        return id == null ? null : elements.get(id);
    }

    /** Ids of the resource's roots, in order. */
    public List<String> roots() {
        return roots;
    }

    /** The ids held at a place: the roots, or an element's children in one feature (empty if none). */
    public List<String> childrenAt(Location location) {
        if (location.isRoot()) {
            return roots;
        }
        ElementState parent = elements.get(location.parent());
        List<String> ids = parent == null ? null : parent.children().get(location.feature());
        return ids == null ? List.of() : ids;
    }

    /** The list of ids at a place, created when missing, to be changed. */
    List<String> editableChildrenAt(Location location) {
        if (location.isRoot()) {
            return roots;
        }
        return elements.get(location.parent()).children().computeIfAbsent(location.feature(), f -> new ArrayList<>());
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof ModelSnapshot snapshot) || !roots.equals(snapshot.roots)
                || !elements.keySet().equals(snapshot.elements.keySet())) {
            return false;
        }
        for (ElementState state : elements.values()) {
            ElementState that = snapshot.elements.get(state.id());
            if (!state.sameValues(that) || !state.location().equals(that.location())
                    || !state.sameChildren(that)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return elements.keySet().hashCode();
    }
}
