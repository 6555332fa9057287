package org.journeystudio.model.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * The differences between two versions of a document, elements matched by id: what was
 * deleted (in the old version's order), then what was added, moved or changed (in the new
 * version's order). Works on any EMF model; paths read as validation's do.
 */
public final class ModelDiff {

    private final ModelSnapshot before;
    private final ModelSnapshot after;
    private final Resource oldResource;
    private final Resource newResource;
    private final List<Difference> differences = new ArrayList<>();

    private ModelDiff(Resource oldResource, ModelSnapshot before, Resource newResource, ModelSnapshot after) {
        this.oldResource = oldResource;
        this.newResource = newResource;
        this.before = before;
        this.after = after;
    }

    /**
     * The differences from the old resource to the new one: read from the elements directly when both
     * are documents of unique xmi:ids (no copy of what did not change), else through snapshots.
     */
    public static List<Difference> compare(Resource oldResource, Resource newResource) {
        List<Difference> direct = ResourceDiff.compare(oldResource, newResource);
        return direct != null ? direct
                : compare(oldResource, ModelSnapshot.of(oldResource), newResource, ModelSnapshot.of(newResource));
    }

    /** The same, from snapshots already taken of the two resources. */
    public static List<Difference> compare(Resource oldResource, ModelSnapshot before, Resource newResource,
            ModelSnapshot after) {
        ModelDiff diff = new ModelDiff(oldResource, before, newResource, after);
        diff.deletions();
        diff.additionsMovesAndChanges();
        return diff.differences;
    }

    private void deletions() {
        for (ElementState old : before.elements().values()) {
            ElementState now = after.get(old.id());
            if (now == null || now.type() != old.type()) {
                differences.add(new Difference(Difference.Kind.DELETED, old.id(), path(oldResource, old.id()), null,
                        null, null));
            }
        }
    }

    private void additionsMovesAndChanges() {
        Set<String> reordered = reorderedIds();
        for (ElementState now : after.elements().values()) {
            ElementState old = before.get(now.id());
            if (old == null || old.type() != now.type()) {
                differences.add(new Difference(Difference.Kind.ADDED, now.id(), path(newResource, now.id()), null,
                        null, null).withState(now).placedAt(now.location(), indexIn(after, now)));
                continue;
            }
            if (!old.location().equals(now.location()) || reordered.contains(now.id())) {
                int index = indexIn(after, now);
                differences.add(new Difference(Difference.Kind.MOVED, now.id(), path(newResource, now.id()), null,
                        ValueText.place(old.location(), indexIn(before, old), oldResource),
                        ValueText.place(now.location(), index, newResource)).placedAt(now.location(), index));
            }
            if (!old.sameValues(now)) {
                changes(old, now, path(newResource, now.id()));
            }
        }
    }

    private static int indexIn(ModelSnapshot snapshot, ElementState state) {
        return snapshot.childrenAt(state.location()).indexOf(state.id());
    }

    /** Ids that kept their place but not their relative order among the siblings they kept. */
    private Set<String> reorderedIds() {
        Set<String> moved = new HashSet<>(OrderMoves.moved(sameParentOnly(Location.ROOT), after.roots()));
        for (ElementState now : after.elements().values()) {
            for (Map.Entry<String, List<String>> list : now.children().entrySet()) {
                Location here = new Location(now.id(), list.getKey());
                ElementState old = before.get(now.id());
                if (old != null && list.getValue().equals(old.children().get(list.getKey()))) {
                    continue;
                }
                moved.addAll(OrderMoves.moved(sameParentOnly(here), list.getValue()));
            }
        }
        return moved;
    }

    /** The old list at a place, restricted to the elements that are at that place in the new version too. */
    private List<String> sameParentOnly(Location place) {
        List<String> kept = new ArrayList<>();
        for (String id : before.childrenAt(place)) {
            ElementState now = after.get(id);
            if (now != null && now.location().equals(place) && now.type() == before.get(id).type()) {
                kept.add(id);
            }
        }
        return kept;
    }

    private void changes(ElementState old, ElementState now, String path) {
        Set<EStructuralFeature> features = new LinkedHashSet<>(old.values().keySet());
        features.addAll(now.values().keySet());
        for (EStructuralFeature feature : features) {
            List<Object> was = old.value(feature);
            List<Object> is = now.value(feature);
            if (!Objects.equals(was, is)) {
                differences.add(Difference.changed(now.id(), path, feature, ValueText.of(feature, was, oldResource),
                        ValueText.of(feature, is, newResource), is));
            }
        }
    }

    private static String path(Resource resource, String id) {
        return ValueText.pathOr(resource, id);
    }
}
