package org.journeystudio.model.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Applies the differences {@link ModelDiff} found between two versions to a snapshot of the
 * old one, which gives the new one: deletions and the old places of moved elements go first,
 * then values change, then added and moved elements are put in place in ascending order of
 * their new positions, so that each finds the elements before it already there.
 */
public final class DiffPatch {

    private DiffPatch() {
    }

    /** A new snapshot: the old one with the differences applied (the old one is not changed). */
    public static ModelSnapshot apply(ModelSnapshot old, List<Difference> differences) {
        ModelSnapshot result = old.copy();
        Set<String> added = new HashSet<>();
        List<Difference> placed = new ArrayList<>();
        for (Difference difference : differences) {
            switch (difference.kind()) {
                case DELETED -> takeOut(result, difference.id(), true);
                case MOVED -> {
                    takeOut(result, difference.id(), false);
                    placed.add(difference);
                }
                case ADDED -> {
                    added.add(difference.id());
                    placed.add(difference);
                }
                case CHANGED -> result.get(difference.id()).setValue(difference.changedFeature(), difference.newValues());
                default -> throw new IllegalStateException(difference.kind().name());
            }
        }
        for (Difference difference : placed) {
            if (difference.kind() == Difference.Kind.ADDED) {
                // With its children lists as they are in the new version: its children are placed already.
                result.elements().put(difference.id(), difference.addedState().copy());
            } else {
                result.get(difference.id()).setLocation(difference.place());
            }
        }
        placed.sort(Comparator.comparingInt(Difference::index));
        for (Difference difference : placed) {
            Location place = difference.place();
            if (place.isRoot() || !added.contains(place.parent())) {
                result.editableChildrenAt(place).add(difference.index(), difference.id());
            }
        }
        return result;
    }

    private static void takeOut(ModelSnapshot snapshot, String id, boolean delete) {
        ElementState state = snapshot.get(id);
        if (state == null) {
            return;
        }
        Location place = state.location();
        if (place.isRoot() || snapshot.get(place.parent()) != null) {
            snapshot.editableChildrenAt(place).remove(id);
        }
        if (delete) {
            snapshot.elements().remove(id);
        }
    }
}
