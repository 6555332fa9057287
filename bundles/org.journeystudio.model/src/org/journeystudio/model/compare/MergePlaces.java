package org.journeystudio.model.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Where each element of a merge goes: the place one side gave it when only that side moved it,
 * ours when both moved it differently (a conflict); the other side's place when the chosen
 * container is gone. Two moves that together would put an element inside itself are undone to
 * ours' places.
 */
final class MergePlaces {

    private final MergeSides sides;
    private final Set<String> present;
    private final List<Conflict> conflicts;
    private final Map<String, Location> places = new LinkedHashMap<>();

    MergePlaces(MergeSides sides, Set<String> present, List<Conflict> conflicts) {
        this.sides = sides;
        this.present = present;
        this.conflicts = conflicts;
    }

    Map<String, Location> places() {
        for (String id : present) {
            places.put(id, place(id));
        }
        for (String id : present) {
            Location chosen = places.get(id);
            if (!chosen.isRoot() && !present.contains(chosen.parent())) {
                Location other = other(id, chosen);
                if (other != null && (other.isRoot() || present.contains(other.parent()))) {
                    places.put(id, other);
                }
            }
        }
        breakCycles();
        return places;
    }

    private Location place(String id) {
        Location ours = locationIn(sides.ours(), id);
        Location theirs = locationIn(sides.theirs(), id);
        if (ours == null || theirs == null) {
            return ours != null ? ours : theirs;
        }
        if (ours.equals(theirs)) {
            return ours;
        }
        Location base = locationIn(sides.base(), id);
        if (theirs.equals(base)) {
            return ours;
        }
        if (ours.equals(base)) {
            return theirs;
        }
        conflicts.add(new Conflict(Conflict.Kind.MOVED, id, sides.path(id), null,
                ValueText.place(ours, -1, sides.oursResource()), ValueText.place(theirs, -1, sides.theirsResource()),
                "kept ours"));
        return ours;
    }

    private Location other(String id, Location chosen) {
        Location ours = locationIn(sides.ours(), id);
        Location theirs = locationIn(sides.theirs(), id);
        return Objects.equals(chosen, ours) ? theirs : ours;
    }

    private static Location locationIn(ModelSnapshot snapshot, String id) {
        ElementState state = snapshot.get(id);
        return state == null ? null : state.location();
    }

    /** Puts the elements of any cycle of containers back where ours has them, until there is none. */
    private void breakCycles() {
        for (List<String> cycle = findCycle(); !cycle.isEmpty(); cycle = findCycle()) {
            boolean changed = false;
            for (String id : cycle) {
                Location ours = locationIn(sides.ours(), id);
                if (ours != null && !ours.equals(places.get(id))) {
                    places.put(id, ours);
                    changed = true;
                }
            }
            if (!changed) {
                // Cannot happen with ours a tree; dropped from the tree rather than looping.
                places.put(cycle.get(0), new Location(cycle.get(0), "(cycle)"));
            }
        }
    }

    private List<String> findCycle() {
        Map<String, Integer> state = new HashMap<>();
        for (String start : places.keySet()) {
            List<String> path = new ArrayList<>();
            String at = start;
            while (at != null && present.contains(at) && state.get(at) == null) {
                state.put(at, 1);
                path.add(at);
                Location place = places.get(at);
                at = place.parent();
            }
            if (at != null && Integer.valueOf(1).equals(state.get(at))) {
                return path.subList(path.indexOf(at), path.size());
            }
            path.forEach(id -> state.put(id, 2));
        }
        return List.of();
    }
}
