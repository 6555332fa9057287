package org.journeystudio.model.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One difference taken over from one version of a document to the other, as a compare view's
 * "copy" does: the old version gets what the new one has for that element and feature, and
 * nothing else. An added element comes with its children (added, or moved into it), and an
 * added or moved element with its added containers when the old version does not have them;
 * the differences taken are applied by {@link DiffPatch}.
 */
public final class DifferenceCopy {

    private final Map<String, Difference> additions = new HashMap<>();
    private final Map<String, Difference> moves = new HashMap<>();
    private final Set<Difference> taken = new LinkedHashSet<>();
    private final ModelSnapshot old;
    private final ModelSnapshot newer;

    private DifferenceCopy(ModelSnapshot old, ModelSnapshot newer, List<Difference> differences) {
        this.old = old;
        this.newer = newer;
        for (Difference difference : differences) {
            if (difference.kind() == Difference.Kind.ADDED) {
                additions.put(difference.id(), difference);
            } else if (difference.kind() == Difference.Kind.MOVED) {
                moves.put(difference.id(), difference);
            }
        }
    }

    /**
     * The old version with one of the differences from it to the new version applied (the old
     * snapshot is not changed).
     *
     * @param old         the old version
     * @param newer       the new version
     * @param differences all differences from the old version to the new one, as {@link ModelDiff} gave them
     * @param chosen      the one to apply, one of {@code differences}
     */
    public static ModelSnapshot apply(ModelSnapshot old, ModelSnapshot newer, List<Difference> differences,
            Difference chosen) {
        DifferenceCopy copy = new DifferenceCopy(old, newer, differences);
        copy.take(chosen);
        List<Difference> inOrder = new ArrayList<>();
        for (Difference difference : differences) {
            if (copy.taken.contains(difference)) {
                inOrder.add(copy.placedAmongPresent(difference));
            }
        }
        return DiffPatch.apply(old, inOrder);
    }

    /**
     * An added or moved element's position counted among the siblings before it that the result
     * has at that place (those kept and those taken along), not among all of the new version's:
     * the siblings not taken over are missing there.
     */
    private Difference placedAmongPresent(Difference difference) {
        Location place = difference.place();
        if (place == null || difference.kind() == Difference.Kind.CHANGED) {
            return difference;
        }
        List<String> siblings = newer.childrenAt(place);
        int before = 0;
        for (String sibling : siblings.subList(0, Math.min(difference.index(), siblings.size()))) {
            if (present(sibling, place)) {
                before++;
            }
        }
        if (before == difference.index()) {
            return difference;
        }
        return new Difference(difference.kind(), difference.id(), difference.path(), null, difference.oldValue(),
                difference.newValue()).withState(difference.addedState()).placedAt(place, before);
    }

    private boolean present(String id, Location place) {
        for (Difference taken : taken) {
            if (taken.id().equals(id) && taken.kind() != Difference.Kind.CHANGED) {
                return taken.kind() != Difference.Kind.DELETED && place.equals(taken.place());
            }
        }
        ElementState kept = old.get(id);
        return kept != null && place.equals(kept.location());
    }

    /**
     * The same difference seen from the other side: in the differences from the new version to
     * the old one, the one that undoes {@code difference} (an addition for a deletion, the same
     * feature's change, the same element's move), or null.
     */
    public static Difference counterpart(Difference difference, List<Difference> reversed) {
        Difference.Kind wanted = switch (difference.kind()) {
            case ADDED -> Difference.Kind.DELETED;
            case DELETED -> Difference.Kind.ADDED;
            default -> difference.kind();
        };
        for (Difference candidate : reversed) {
            if (candidate.kind() == wanted && candidate.id().equals(difference.id())
                    && Objects.equals(candidate.feature(), difference.feature())) {
                return candidate;
            }
        }
        return null;
    }

    private void take(Difference difference) {
        if (!taken.add(difference)) {
            return;
        }
        if (difference.kind() == Difference.Kind.ADDED) {
            for (List<String> children : difference.addedState().children().values()) {
                for (String child : children) {
                    // A child is new too, or moved in from elsewhere: either way it must come along.
                    Difference brought = additions.containsKey(child) ? additions.get(child) : moves.get(child);
                    if (brought != null) {
                        take(brought);
                    }
                }
            }
        }
        Location place = difference.place();
        if (place != null && !place.isRoot() && old.get(place.parent()) == null) {
            Difference container = additions.get(place.parent());
            if (container != null) {
                take(container);
            }
        }
    }
}
