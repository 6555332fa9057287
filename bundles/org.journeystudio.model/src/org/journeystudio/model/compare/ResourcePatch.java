package org.journeystudio.model.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;

/**
 * {@link DiffPatch} done on the elements of a resource rather than on a snapshot: deleted and moved
 * elements are taken out, added and moved ones put in at their new index (in the order of the
 * indexes, as DiffPatch does), then the changed and the new values are set, references bound to
 * the elements of the resource. Elements keep their ids. The differences must come from a version of
 * what the resource holds (every id they name is there, or added by them).
 */
final class ResourcePatch {

    private final XMLResource target;
    private final Set<Location> shared;
    private final Resource base;
    private final Resource ours;
    private final Resource theirs;
    private final Map<String, EObject> elements = new HashMap<>();
    private final Map<EObject, String> ids = new IdentityHashMap<>();
    private final Set<String> added = new HashSet<>();

    private ResourcePatch(XMLResource target, List<Resource> sides, Set<Location> shared) {
        this.target = target;
        this.shared = shared;
        this.base = sides.get(0);
        this.ours = sides.get(1);
        this.theirs = sides.get(2);
    }

    /**
     * Applies the differences from the base to theirs to a copy of ours; the lists both changed are
     * merged item by item.
     *
     * @param sides the base, ours and theirs
     * @param shared the lists of children both sides changed, only by adding and taking out
     * @return false, the resource then to be thrown away, when a difference names an element the resource
     *         lacks, or both sides filled the same single-valued containment
     */
    static boolean apply(XMLResource target, List<Difference> differences, List<Resource> sides,
            Set<Location> shared) {
        ResourcePatch patch = new ResourcePatch(target, sides, shared);
        return patch.findAll(differences) && patch.patch(differences);
    }

    /** Finds, before anything moves, every element the differences need; false if one is missing. */
    private boolean findAll(List<Difference> differences) {
        for (Difference difference : differences) {
            if (difference.kind() == Difference.Kind.ADDED) {
                ElementState state = difference.addedState();
                EObject created = EcoreUtil.create(state.type());
                elements.put(difference.id(), created);
                added.add(difference.id());
                // Named before it is attached, so that the resource gives it no new id of its own.
                target.setID(created, difference.id());
            }
        }
        for (Difference difference : differences) {
            boolean found = switch (difference.kind()) {
                case ADDED -> known(difference.place().parent()) && referencesKnown(difference.addedState().values());
                case DELETED -> known(difference.id());
                case MOVED -> known(difference.id()) && known(difference.place().parent()) && keepIds(difference.id());
                case CHANGED -> known(difference.id()) && referencesKnown(Map.of(difference.changedFeature(),
                        difference.newValues() == null ? List.of() : difference.newValues()));
            };
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private boolean known(String id) {
        if (id == null || elements.containsKey(id)) {
            return true;
        }
        EObject element = target.getIDToEObjectMap().get(id);
        if (element != null) {
            elements.put(id, element);
        }
        return element != null;
    }

    private boolean referencesKnown(Map<EStructuralFeature, List<Object>> values) {
        for (List<Object> list : values.values()) {
            for (Object value : list) {
                if (value instanceof Ref ref && !ref.external() && !known(ref.key())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Notes the ids of a moved element and everything in it: taken out of the resource, they lose them. */
    private boolean keepIds(String id) {
        EObject moved = elements.get(id);
        ids.put(moved, id);
        for (TreeIterator<EObject> inside = moved.eAllContents(); inside.hasNext();) {
            EObject element = inside.next();
            String insideId = target.getID(element);
            if (insideId != null) {
                ids.put(element, insideId);
            }
        }
        return true;
    }

    private boolean patch(List<Difference> differences) {
        placeAll(differences);
        for (Location place : shared) {
            if (!mergeList(place)) {
                return false;
            }
        }
        // What was moved is back in the resource: with the ids it had (the resource may have given new ones).
        ids.forEach((element, id) -> target.setID(element, id));
        for (Difference difference : differences) {
            if (difference.kind() == Difference.Kind.ADDED) {
                EObject made = elements.get(difference.id());
                difference.addedState().values().forEach((feature, values) -> set(made, feature, values));
            } else if (difference.kind() == Difference.Kind.CHANGED) {
                set(elements.get(difference.id()), difference.changedFeature(), difference.newValues());
            }
        }
        return true;
    }

    /** Takes out what was deleted or moved, then puts added and moved elements in, by increasing index. */
    private void placeAll(List<Difference> differences) {
        List<Difference> placed = new ArrayList<>();
        for (Difference difference : differences) {
            Difference.Kind kind = difference.kind();
            if (kind == Difference.Kind.DELETED || kind == Difference.Kind.MOVED) {
                EcoreUtil.remove(elements.get(difference.id()));
            }
            if (kind == Difference.Kind.ADDED || kind == Difference.Kind.MOVED) {
                placed.add(difference);
            }
        }
        // After every take-out: a new element may hold one that is moved.
        for (Difference difference : placed) {
            if (difference.kind() == Difference.Kind.ADDED) {
                addChildren(elements.get(difference.id()), difference.addedState());
            }
        }
        placed.sort(Comparator.comparingInt(Difference::index));
        for (Difference difference : placed) {
            Location place = difference.place();
            if (!shared.contains(place) && (place.isRoot() || !added.contains(place.parent()))) {
                insert(place.isRoot() ? null : elements.get(place.parent()), place, difference.index(),
                        elements.get(difference.id()));
            }
        }
    }

    /** A list both sides changed: the items either kept, with what each added after its predecessor. */
    @SuppressWarnings("unchecked")
    private boolean mergeList(Location place) {
        List<String> merged = ListMerge.merge(ids(base, place), ids(ours, place), ids(theirs, place)).result();
        List<EObject> items = new ArrayList<>(merged.size());
        for (String id : merged) {
            if (!known(id)) {
                return false;
            }
            items.add(elements.get(id));
        }
        if (place.isRoot()) {
            ECollections.setEList(target.getContents(), items);
            return true;
        }
        if (!known(place.parent())) {
            return false;
        }
        EObject parent = elements.get(place.parent());
        EStructuralFeature feature = parent.eClass().getEStructuralFeature(place.feature());
        if (feature.isMany()) {
            ECollections.setEList((EList<EObject>) parent.eGet(feature), items);
            return true;
        }
        if (items.size() > 1) {
            return false;
        }
        parent.eSet(feature, items.isEmpty() ? null : items.get(0));
        return true;
    }

    /** The ids of the children a version has at a place (none when it lacks the container). */
    private static List<String> ids(Resource version, Location place) {
        XMLResource xml = (XMLResource) version;
        EObject parent = place.isRoot() ? null : xml.getIDToEObjectMap().get(place.parent());
        List<?> children = place.isRoot() ? version.getContents()
                : parent == null ? List.of() : ResourceDiff.childList(parent, place.feature());
        List<String> ids = new ArrayList<>(children.size());
        for (Object child : children) {
            ids.add(xml.getID((EObject) child));
        }
        return ids;
    }

    @SuppressWarnings("unchecked")
    private void addChildren(EObject element, ElementState state) {
        state.children().forEach((name, children) -> {
            EStructuralFeature feature = element.eClass().getEStructuralFeature(name);
            for (String child : children) {
                EObject made = elements.get(child);
                if (made == null) {
                    continue;
                }
                if (feature.isMany()) {
                    ((EList<EObject>) element.eGet(feature)).add(made);
                } else {
                    element.eSet(feature, made);
                }
            }
        });
    }

    @SuppressWarnings("unchecked")
    private void insert(EObject parent, Location place, int index, EObject element) {
        if (parent == null) {
            EList<EObject> roots = target.getContents();
            roots.add(Math.min(index, roots.size()), element);
            return;
        }
        EStructuralFeature feature = parent.eClass().getEStructuralFeature(place.feature());
        if (feature.isMany()) {
            EList<EObject> list = (EList<EObject>) parent.eGet(feature);
            list.add(Math.min(index, list.size()), element);
        } else {
            parent.eSet(feature, element);
        }
    }

    @SuppressWarnings("unchecked")
    private void set(EObject element, EStructuralFeature feature, List<Object> values) {
        if (values == null) {
            element.eUnset(feature);
            return;
        }
        List<Object> bound = feature instanceof EReference ? bound(values) : values;
        if (feature.isMany()) {
            ECollections.setEList((EList<Object>) element.eGet(feature), bound);
        } else if (!bound.isEmpty()) {
            element.eSet(feature, bound.get(0));
        }
    }

    private List<Object> bound(List<Object> refs) {
        List<Object> targets = new ArrayList<>(refs.size());
        for (Object value : refs) {
            Ref ref = (Ref) value;
            if (ref.external()) {
                targets.add(ref.proxyIn(target));
            } else {
                targets.add(elements.get(ref.key()));
            }
        }
        return targets;
    }
}
