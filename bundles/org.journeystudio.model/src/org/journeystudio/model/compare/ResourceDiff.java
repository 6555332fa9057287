package org.journeystudio.model.compare;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;

/**
 * {@link ModelDiff} of two resources read from their elements directly, without snapshots: the
 * same differences in the same order, but an element that did not change costs a few id look-ups
 * and comparisons of its feature values, and nothing is copied. Only for documents in which every
 * element has its own {@code xmi:id}; for any other, {@link #compare} answers null and the caller
 * takes snapshots.
 */
final class ResourceDiff {

    /** Thrown inside a walk when a document turns out not to be one this class compares. */
    private static final class NotComparable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotComparable() {
            super(null, null, false, false);
        }
    }

    private final Side before;
    private final Side after;
    private final Map<EClass, List<EStructuralFeature>> featuresByClass = new ConcurrentHashMap<>();
    private final List<Difference> deleted = new ArrayList<>();
    private final List<Difference> differences = new ArrayList<>();

    private ResourceDiff(XMLResource oldResource, XMLResource newResource) {
        this.before = new Side(oldResource);
        this.after = new Side(newResource);
    }

    /** The differences, or null when one of the resources is not a document of unique xmi:ids. */
    static List<Difference> compare(Resource oldResource, Resource newResource) {
        if (!(oldResource instanceof XMLResource older) || !(newResource instanceof XMLResource newer)) {
            return null;
        }
        ResourceDiff diff = new ResourceDiff(older, newer);
        // The walk of the old version (deletions) and that of the new one only read the two documents,
        // and each writes its own list: they run side by side, on two cores where there are.
        CompletableFuture<Boolean> oldWalk = CompletableFuture.supplyAsync(() -> {
            try {
                for (EObject root : older.getContents()) {
                    diff.deletions(root);
                }
                return true;
            } catch (NotComparable notComparable) {
                return false;
            }
        });
        boolean comparable;
        try {
            diff.newRoots();
            comparable = true;
        } catch (NotComparable notComparable) {
            comparable = false;
        }
        comparable &= joined(oldWalk);
        // Every id names an element of the tree, and no element of the tree was left out of the walk.
        if (!comparable || diff.before.walked != diff.before.byId.size() || diff.after.walked != diff.after.byId.size()) {
            return null;
        }
        List<Difference> all = new ArrayList<>(diff.deleted.size() + diff.differences.size());
        all.addAll(diff.deleted);
        all.addAll(diff.differences);
        return all;
    }

    /** The result of work run beside this thread, its own failure thrown as it is. */
    static <T> T joined(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        }
    }

    /** One of the two documents: its elements by id, and the ids of its elements. */
    private static final class Side {
        final XMLResource resource;
        final Map<String, EObject> byId;
        int walked;

        Side(XMLResource resource) {
            this.resource = resource;
            this.byId = resource.getIDToEObjectMap();
        }

        /**
         * The element's own id; a document with an element without id is not compared (one with an id given
         * twice is found out by the count of elements at the end).
         */
        String id(EObject element) {
            String id = resource.getID(element);
            if (id == null) {
                throw new NotComparable();
            }
            return id;
        }

        /** The element with this id, or null. */
        EObject get(String id) {
            return id == null ? null : byId.get(id);
        }

        /** Where an element is, as a snapshot gives it. */
        Location location(EObject element) {
            EObject container = element.eContainer();
            if (container == null) {
                return Location.ROOT;
            }
            return new Location(id(container), element.eContainingFeature().getName());
        }

        /** The index of an element among the children it sits with, as a snapshot lists them. */
        int index(EObject element) {
            EObject container = element.eContainer();
            if (container == null) {
                return resource.getContents().indexOf(element);
            }
            EStructuralFeature feature = element.eContainingFeature();
            return feature.isMany() ? ((List<?>) container.eGet(feature, false)).indexOf(element) : 0;
        }
    }

    private List<EStructuralFeature> features(EClass type) {
        return featuresByClass.computeIfAbsent(type, ModelSnapshot::comparedFeaturesOf);
    }

    /** The element's set containments, each feature with the children as a list. */
    private void forEachChildList(EObject element, BiConsumer<EStructuralFeature, List<?>> action) {
        for (EStructuralFeature feature : features(element.eClass())) {
            if (feature instanceof EReference reference && reference.isContainment() && element.eIsSet(feature)) {
                Object value = element.eGet(feature, false);
                action.accept(feature, feature.isMany() ? (List<?>) value : Collections.singletonList(value));
            }
        }
    }

    private void deletions(EObject old) {
        String id = before.id(old);
        before.walked++;
        EObject now = after.get(id);
        if (now == null || now.eClass() != old.eClass()) {
            deleted.add(new Difference(Difference.Kind.DELETED, id, ValueText.pathOr(before.resource, id), null,
                    null, null));
        }
        forEachChildList(old, (feature, children) -> children.forEach(child -> deletions((EObject) child)));
    }

    /** The new version's roots, each with the old element of its id; and whether their order changed. */
    private void newRoots() {
        List<EObject> roots = after.resource.getContents();
        List<String> ids = ids(after, roots);
        List<EObject> counterparts = counterparts(ids);
        Set<String> moved = sameOrder(before.resource.getContents(), counterparts) ? Set.of()
                : OrderMoves.moved(sameParentOnly(Location.ROOT, before.resource.getContents()), ids);
        for (int i = 0; i < roots.size(); i++) {
            additionsMovesAndChanges(roots.get(i), ids.get(i), counterparts.get(i), null, Location.ROOT, i, moved);
        }
    }

    /** The elements of the old version with these ids (null where there is none). */
    private List<EObject> counterparts(List<String> ids) {
        List<EObject> old = new ArrayList<>(ids.size());
        for (String id : ids) {
            old.add(before.get(id));
        }
        return old;
    }

    /** Whether the old list holds the elements of these ids, in this order (a snapshot's lists are equal). */
    private static boolean sameOrder(List<?> oldList, List<EObject> counterparts) {
        if (oldList.size() != counterparts.size()) {
            return false;
        }
        for (int i = 0; i < oldList.size(); i++) {
            if (oldList.get(i) != counterparts.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** An element's children in the containment of this name, as a snapshot has them (empty if none). */
    static List<?> childList(EObject old, String featureName) {
        EStructuralFeature feature = old.eClass().getEStructuralFeature(featureName);
        if (!(feature instanceof EReference reference) || !reference.isContainment() || !ModelSnapshot.compared(feature)
                || !old.eIsSet(feature)) {
            return List.of();
        }
        Object value = old.eGet(feature, false);
        return feature.isMany() ? (List<?>) value : Collections.singletonList(value);
    }

    private static List<String> ids(Side side, Collection<?> elements) {
        List<String> ids = new ArrayList<>(elements.size());
        for (Object element : elements) {
            ids.add(side.id((EObject) element));
        }
        return ids;
    }

    /** The old list at a place, restricted to the elements that are at that place in the new version too. */
    private List<String> sameParentOnly(Location place, List<?> oldChildren) {
        List<String> kept = new ArrayList<>();
        for (Object child : oldChildren) {
            EObject old = (EObject) child;
            String id = before.id(old);
            EObject now = after.get(id);
            if (now != null && now.eClass() == old.eClass() && after.location(now).equals(place)) {
                kept.add(id);
            }
        }
        return kept;
    }

    /**
     * One element of the new version and, below it, its children: added, moved (another place, or not in
     * the longest run of siblings that kept their order) and changed values.
     *
     * @param id the element's id
     * @param old the old element of the same id, or null
     * @param oldParent the old element of the new parent's id, or null (for a root, or a new parent)
     * @param reordered the ids of the element's list that changed their relative order
     */
    private void additionsMovesAndChanges(EObject now, String id, EObject old, EObject oldParent, Location location,
            int index, Set<String> reordered) {
        after.walked++;
        if (old == null || old.eClass() != now.eClass()) {
            differences.add(new Difference(Difference.Kind.ADDED, id, ValueText.pathOr(after.resource, id), null,
                    null, null).withState(ModelSnapshot.stateOf(after.resource, now, location, features(now.eClass())))
                    .placedAt(location, index));
        } else {
            boolean samePlace = location.isRoot() ? old.eContainer() == null
                    : oldParent != null && old.eContainer() == oldParent
                            && old.eContainingFeature().getName().equals(location.feature());
            if (!samePlace || reordered.contains(id)) {
                differences.add(new Difference(Difference.Kind.MOVED, id, ValueText.pathOr(after.resource, id), null,
                        ValueText.place(before.location(old), before.index(old), before.resource),
                        ValueText.place(location, index, after.resource)).placedAt(location, index));
            }
            if (!sameValues(old, now)) {
                changes(id, old, now);
            }
        }
        forEachChildList(now, (feature, children) -> {
            List<?> oldChildren = old == null ? List.of() : childList(old, feature.getName());
            List<String> ids = ids(after, children);
            List<EObject> counterparts = counterparts(ids);
            Location here = new Location(id, feature.getName());
            Set<String> moved = sameOrder(oldChildren, counterparts) ? Set.of()
                    : OrderMoves.moved(sameParentOnly(here, oldChildren), ids);
            for (int i = 0; i < children.size(); i++) {
                additionsMovesAndChanges((EObject) children.get(i), ids.get(i), counterparts.get(i), old, here, i, moved);
            }
        });
    }

    private boolean sameValues(EObject old, EObject now) {
        for (EStructuralFeature feature : features(now.eClass())) {
            if (!(feature instanceof EReference reference && reference.isContainment()) && !sameValue(old, now, feature)) {
                return false;
            }
        }
        return true;
    }

    private boolean sameValue(EObject old, EObject now, EStructuralFeature feature) {
        boolean wasSet = old.eIsSet(feature);
        if (wasSet != now.eIsSet(feature)) {
            return false;
        }
        if (!wasSet) {
            return true;
        }
        Object was = old.eGet(feature, false);
        Object is = now.eGet(feature, false);
        if (!(feature instanceof EReference)) {
            return feature.isMany() ? was.equals(is) : Objects.equals(was, is);
        }
        if (!feature.isMany()) {
            return was != null && is != null ? sameTarget((EObject) was, (EObject) is)
                    : Objects.equals(ModelSnapshot.valueOf(before.resource, old, feature),
                            ModelSnapshot.valueOf(after.resource, now, feature));
        }
        EList<?> wasList = (EList<?>) was;
        EList<?> isList = (EList<?>) is;
        if (wasList.size() != isList.size()) {
            return Objects.equals(ModelSnapshot.valueOf(before.resource, old, feature),
                    ModelSnapshot.valueOf(after.resource, now, feature));
        }
        for (int i = 0; i < wasList.size(); i++) {
            if (!sameTarget((EObject) wasList.get(i), (EObject) isList.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether two reference targets are the same {@link Ref}: the same id, or the same outside URI. */
    private boolean sameTarget(EObject was, EObject is) {
        boolean inside = !was.eIsProxy() && was.eResource() == before.resource;
        if (inside != (!is.eIsProxy() && is.eResource() == after.resource)) {
            return false;
        }
        if (inside) {
            return ModelSnapshot.idOf(before.resource, was).equals(ModelSnapshot.idOf(after.resource, is));
        }
        return ModelSnapshot.refs(before.resource, List.of(was)).equals(ModelSnapshot.refs(after.resource, List.of(is)));
    }

    private void changes(String id, EObject old, EObject now) {
        String path = ValueText.pathOr(after.resource, id);
        Set<EStructuralFeature> features = new LinkedHashSet<>();
        for (EObject element : List.of(old, now)) {
            for (EStructuralFeature feature : features(element.eClass())) {
                if (!(feature instanceof EReference reference && reference.isContainment()) && element.eIsSet(feature)) {
                    features.add(feature);
                }
            }
        }
        for (EStructuralFeature feature : features) {
            List<Object> was = ModelSnapshot.valueOf(before.resource, old, feature);
            List<Object> is = ModelSnapshot.valueOf(after.resource, now, feature);
            if (!Objects.equals(was, is)) {
                differences.add(Difference.changed(id, path, feature, ValueText.of(feature, was, before.resource),
                        ValueText.of(feature, is, after.resource), is));
            }
        }
    }
}
