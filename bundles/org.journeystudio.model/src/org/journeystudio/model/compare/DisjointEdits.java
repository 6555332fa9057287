package org.journeystudio.model.compare;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;

/**
 * Whether the edits of two sides of a merge are independent, so that the merge is ours with their
 * differences applied, without conflict: no element is named by a difference of each side, no element
 * one side deleted gets children from the other or is referred to by an element the other added or
 * changed, and a list of children that both sides changed
 * was only added to and taken from, not reordered or moved into or out of. Such lists are merged
 * item by item ({@link ListMerge}); all else is one side's alone.
 */
final class DisjointEdits {

    /** What one side did, as far as the other must not have touched it. */
    private record Touched(Set<String> elements, Set<String> deleted, Set<String> referred, Set<Location> lists,
            Set<Location> moves) {
        Touched() {
            this(new HashSet<>(), new HashSet<>(), new HashSet<>(), new HashSet<>(), new HashSet<>());
        }

        /** Whether this side needs, as a container or as a reference target, an element the other deleted. */
        boolean needsWhatIsGoneIn(Touched other) {
            return lists.stream().anyMatch(list -> other.deleted.contains(list.parent()))
                    || referred.stream().anyMatch(other.deleted::contains);
        }
    }

    private DisjointEdits() {
    }

    /**
     * The lists of children both sides changed (to be merged item by item), or null when the edits are
     * not independent.
     */
    static Set<Location> sharedLists(Resource base, Resource ours, List<Difference> oursDifferences, Resource theirs,
            List<Difference> theirsDifferences) {
        Touched mine = touched(base, ours, oursDifferences);
        Touched others = touched(base, theirs, theirsDifferences);
        if (mine.elements().stream().anyMatch(others.elements()::contains) || mine.needsWhatIsGoneIn(others)
                || others.needsWhatIsGoneIn(mine)) {
            return null;
        }
        Set<Location> shared = new HashSet<>(mine.lists());
        shared.retainAll(others.lists());
        for (Location list : shared) {
            if (mine.moves().contains(list) || others.moves().contains(list)) {
                return null;
            }
        }
        return shared;
    }

    private static Touched touched(Resource base, Resource side, List<Difference> differences) {
        Touched touched = new Touched();
        for (Difference difference : differences) {
            touched.elements().add(difference.id());
            EObject before = find(base, difference.id());
            EObject after = find(side, difference.id());
            switch (difference.kind()) {
                case ADDED -> touched.lists().add(difference.place());
                case DELETED -> {
                    touched.deleted().add(difference.id());
                    touched.lists().add(location(base, before));
                }
                case MOVED -> {
                    for (Location list : List.of(location(base, before), location(side, after))) {
                        touched.lists().add(list);
                        touched.moves().add(list);
                    }
                }
                default -> {
                    // A changed value: the element is named already.
                }
            }
            if (after != null && (difference.kind() == Difference.Kind.ADDED
                    || difference.kind() == Difference.Kind.CHANGED)) {
                ElementState state = ModelSnapshot.stateOf(side, after, Location.ROOT,
                        ModelSnapshot.comparedFeaturesOf(after.eClass()));
                state.values().values().forEach(values -> values.stream().filter(Ref.class::isInstance)
                        .forEach(ref -> touched.referred().add(((Ref) ref).key())));
            }
        }
        return touched;
    }

    /** The element of this xmi:id, or null (looked up in the id map only, never by a walk). */
    static EObject find(Resource resource, String id) {
        return resource instanceof XMLResource xml ? xml.getIDToEObjectMap().get(id) : null;
    }

    /** The list an element is in, as a snapshot names it. */
    static Location location(Resource resource, EObject element) {
        EObject container = element.eContainer();
        return container == null ? Location.ROOT
                : new Location(((XMLResource) resource).getID(container), element.eContainingFeature().getName());
    }
}
