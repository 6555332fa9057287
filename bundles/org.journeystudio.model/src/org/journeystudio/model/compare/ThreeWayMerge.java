package org.journeystudio.model.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Three-way merge of two versions of a document with their common ancestor, elements matched by
 * id. What one side changed is taken; what both changed alike is taken once; what they changed
 * differently is a {@link Conflict}, resolved for ours. The steps: which elements stay
 * ({@link #presence}), where each goes ({@link MergePlaces}), the order of every list, which
 * elements the tree still reaches, then feature values, then references to what is gone dropped.
 */
public final class ThreeWayMerge {

    private final MergeSides sides;
    private final ModelSnapshot merged = new ModelSnapshot();
    private final List<Conflict> conflicts = new ArrayList<>();
    private final Set<String> present = new LinkedHashSet<>();

    private ThreeWayMerge(MergeSides sides) {
        this.sides = sides;
    }

    /** Merges resources; the paths in the conflicts are read from them. */
    public static MergeResult merge(Resource base, Resource ours, Resource theirs) {
        return merge(new MergeSides(base, ours, theirs));
    }

    /**
     * Merges into an empty resource, ready to be saved, and gives the conflicts. When both sides are
     * documents of unique xmi:ids whose edits touch different elements ({@link DisjointEdits}), the
     * result is ours with their differences applied ({@link ResourcePatch}): no snapshot of the three
     * is taken, and nothing is built that ours already has. Otherwise the full merge runs and the
     * result is built from its snapshot; the references it had to leave out are reported as well.
     */
    public static MergedInto mergeInto(Resource base, Resource ours, Resource theirs, Resource target) {
        if (DisjointMerge.into(base, ours, theirs, target)) {
            return new MergedInto(List.of(), true);
        }
        MergeResult result = merge(base, ours, theirs);
        List<SnapshotBuilder.Dropped> dropped = SnapshotBuilder.build(result.merged(), target);
        if (!dropped.isEmpty()) {
            throw new IllegalStateException("the merge left references to missing elements: " + dropped);
        }
        return new MergedInto(result.conflicts(), false);
    }

    /** What {@link #mergeInto} did: the conflicts, and whether ours was patched (edits of different elements). */
    public record MergedInto(List<Conflict> conflicts, boolean patched) {

        /** Whether the merge met no conflict. */
        public boolean clean() {
            return conflicts.isEmpty();
        }
    }

    /** Merges the snapshots of three resources. */
    public static MergeResult merge(MergeSides sides) {
        ThreeWayMerge merge = new ThreeWayMerge(sides);
        merge.presence();
        Map<String, Location> places = new MergePlaces(sides, merge.present, merge.conflicts).places();
        for (String id : merge.present) {
            ElementState state = sides.ours().get(id) != null ? sides.ours().get(id) : sides.theirs().get(id);
            merge.merged.elements().put(id,
                    new ElementState(id, state.type(), places.get(id)).markPositional(state.positional()));
        }
        merge.lists(places);
        merge.dropUnreached();
        merge.values();
        merge.dropDanglingReferences();
        return new MergeResult(merge.merged, merge.conflicts);
    }

    /** Decides which elements stay: a deletion wins unless the other side touched the element (then ours wins). */
    private void presence() {
        Map<String, String> touchedOurs = SideChanges.touched(sides.base(), sides.ours());
        Map<String, String> touchedTheirs = SideChanges.touched(sides.base(), sides.theirs());
        Set<String> deletionConflicts = new HashSet<>();
        for (String id : sides.allIds()) {
            ElementState ours = sides.ours().get(id);
            ElementState theirs = sides.theirs().get(id);
            ElementState base = sides.base().get(id);
            if (ours != null && theirs != null) {
                present.add(id);
                if (ours.type() != theirs.type()) {
                    conflict(Conflict.Kind.CHANGED, id, "class", ours.type().getName(), theirs.type().getName(),
                            "kept ours");
                }
            } else if (base == null && (ours != null || theirs != null)) {
                present.add(id);
            } else if (ours != null || theirs != null) {
                deletedOnOneSide(id, ours != null, ours != null ? touchedOurs : touchedTheirs, deletionConflicts);
            }
        }
    }

    private void deletedOnOneSide(String id, boolean keptByOurs, Map<String, String> touchedByKeeper,
            Set<String> deletionConflicts) {
        String reason = touchedByKeeper.get(id);
        if (reason == null) {
            return;
        }
        if (keptByOurs) {
            present.add(id);
        }
        deletionConflicts.add(id);
        String parent = sides.base().get(id).location().parent();
        if (!deletionConflicts.contains(parent)) {
            conflict(Conflict.Kind.DELETED_CHANGED, id, null, keptByOurs ? reason : "deleted",
                    keptByOurs ? "deleted" : reason, keptByOurs ? "kept ours" : "deleted, as on ours");
        }
    }

    /** Merges the order of every list of children, each holding the elements placed there. */
    private void lists(Map<String, Location> places) {
        Map<Location, Set<String>> members = new LinkedHashMap<>();
        for (String id : present) {
            members.computeIfAbsent(places.get(id), p -> new LinkedHashSet<>()).add(id);
        }
        members.forEach((place, ids) -> {
            if (place.isRoot() || merged.get(place.parent()) != null) {
                List<String> list = mergedList(place, ids);
                merged.editableChildrenAt(place).addAll(list);
            }
        });
    }

    private List<String> mergedList(Location place, Set<String> ids) {
        List<String> base = only(sides.base().childrenAt(place), ids);
        List<String> ours = only(sides.ours().childrenAt(place), ids);
        List<String> theirs = only(sides.theirs().childrenAt(place), ids);
        ListMerge<String> merge = ListMerge.merge(base, ours, theirs, ids);
        String where = place.isRoot() ? "(root)" : sides.path(place.parent());
        if (merge.reorderConflict()) {
            conflicts.add(new Conflict(Conflict.Kind.REORDERED, place.parent(), where, place.feature(),
                    sides.pathsIn(sides.oursResource(), ours), sides.pathsIn(sides.theirsResource(), theirs),
                    "kept ours"));
        }
        List<String> list = merge.result();
        if (!place.isRoot() && list.size() > 1 && !single(place).isMany()) {
            String kept = ours.isEmpty() ? list.get(0) : ours.get(0);
            conflicts.add(new Conflict(Conflict.Kind.REPLACED, place.parent(), where, place.feature(),
                    sides.path(kept), sides.pathsIn(sides.theirsResource(), theirs), "kept ours"));
            return List.of(kept);
        }
        return list;
    }

    private EReference single(Location place) {
        return (EReference) merged.get(place.parent()).type().getEStructuralFeature(place.feature());
    }

    private static List<String> only(List<String> list, Set<String> ids) {
        return list.stream().filter(ids::contains).toList();
    }

    /** Drops the elements the merged tree does not reach (their container is gone), reporting the topmost. */
    private void dropUnreached() {
        Set<String> reached = new HashSet<>();
        List<String> pending = new ArrayList<>(merged.roots());
        while (!pending.isEmpty()) {
            String id = pending.remove(pending.size() - 1);
            if (reached.add(id)) {
                merged.get(id).children().values().forEach(pending::addAll);
            }
        }
        List<String> unreached = merged.elements().keySet().stream().filter(id -> !reached.contains(id)).toList();
        Set<String> gone = new HashSet<>(unreached);
        for (String id : unreached) {
            Location place = merged.get(id).location();
            if (!gone.contains(place.parent())) {
                boolean ours = sides.ours().get(id) != null;
                conflict(Conflict.Kind.DROPPED_ELEMENT, id, null, ours ? "kept" : "deleted its container",
                        ours ? "deleted its container" : "added or changed it", "dropped with its container");
            }
        }
        unreached.forEach(merged.elements()::remove);
        present.retainAll(reached);
    }

    private void values() {
        for (ElementState state : merged.elements().values()) {
            String id = state.id();
            ElementState ours = sides.ours().get(id);
            ElementState theirs = sides.theirs().get(id);
            if (ours == null || theirs == null || ours.type() != theirs.type() || ours.sameValues(theirs)) {
                // One side only, or both alike: nothing to merge feature by feature.
                (ours != null ? ours : theirs).values().forEach(state::setValue);
                continue;
            }
            ElementState base = sides.base().get(id);
            Set<EStructuralFeature> features = new LinkedHashSet<>(ours.values().keySet());
            features.addAll(theirs.values().keySet());
            if (base != null && base.type() == state.type()) {
                features.addAll(base.values().keySet());
            }
            for (EStructuralFeature feature : features) {
                List<Object> before = base == null || base.type() != state.type() ? null : base.value(feature);
                state.setValue(feature, value(id, feature, before, ours.value(feature), theirs.value(feature)));
            }
        }
    }

    private List<Object> value(String id, EStructuralFeature feature, List<Object> base, List<Object> ours,
            List<Object> theirs) {
        if (Objects.equals(ours, theirs) || Objects.equals(theirs, base)) {
            return ours;
        }
        if (Objects.equals(ours, base)) {
            return theirs;
        }
        if (feature.isMany() && feature.isUnique()) {
            ListMerge<Object> merge = ListMerge.merge(base == null ? List.of() : base, ours == null ? List.of() : ours,
                    theirs == null ? List.of() : theirs);
            if (merge.reorderConflict()) {
                conflict(Conflict.Kind.REORDERED, id, feature.getName(), sides.text(feature, ours, true),
                        sides.text(feature, theirs, false), "kept ours");
            }
            return merge.result().isEmpty() ? null : merge.result();
        }
        conflict(Conflict.Kind.CHANGED, id, feature.getName(), sides.text(feature, ours, true),
                sides.text(feature, theirs, false), "kept ours");
        return ours;
    }

    /** Drops references to elements the merge does not keep, so that the result has no dangling one. */
    private void dropDanglingReferences() {
        for (ElementState state : merged.elements().values()) {
            Map<EStructuralFeature, List<Object>> changed = new HashMap<>();
            state.values().forEach((feature, values) -> {
                if (feature instanceof EReference) {
                    List<Object> kept = values.stream().filter(v -> !dangling(v)).toList();
                    if (kept.size() < values.size()) {
                        changed.put(feature, kept);
                        reportDropped(state.id(), feature, values, kept);
                    }
                }
            });
            changed.forEach((feature, kept) -> state.setValue(feature,
                    kept.isEmpty() ? null : kept));
        }
    }

    private boolean dangling(Object value) {
        return value instanceof Ref ref && !ref.external() && !present.contains(ref.key());
    }

    private void reportDropped(String id, EStructuralFeature feature, List<Object> values, List<Object> kept) {
        for (Object value : values) {
            if (!kept.contains(value)) {
                String target = sides.path(((Ref) value).key());
                boolean oursHasIt = sides.ours().get(((Ref) value).key()) != null;
                conflict(Conflict.Kind.DROPPED_REFERENCE, id, feature.getName(),
                        oursHasIt ? "refers to " + target : "deleted " + target,
                        oursHasIt ? "deleted " + target : "refers to " + target, "reference dropped");
            }
        }
    }

    private void conflict(Conflict.Kind kind, String id, String feature, String ours, String theirs,
            String resolution) {
        conflicts.add(new Conflict(kind, id, sides.path(id), feature, ours, theirs, resolution));
    }
}
