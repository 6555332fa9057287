package org.journeystudio.model.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Three-way merge of a list of distinct items (children, reference targets): items either side
 * removed are gone, items either side added are there once, each after the item it follows on
 * its side; the order of the kept items is that of the side that reordered them. When both
 * sides reordered them differently, ours is kept and the merge says so.
 */
final class ListMerge<T> {

    private final List<T> result;
    private final boolean reorderConflict;

    private ListMerge(List<T> result, boolean reorderConflict) {
        this.result = result;
        this.reorderConflict = reorderConflict;
    }

    static <T> ListMerge<T> merge(List<T> base, List<T> ours, List<T> theirs) {
        return merge(base, ours, theirs, Set.of());
    }

    /**
     * The same, where the items of {@code mustKeep} stay even when a side lacks them (an element
     * the merge kept although one side deleted it, or placed here although one side has it elsewhere).
     */
    static <T> ListMerge<T> merge(List<T> base, List<T> ours, List<T> theirs, Set<T> mustKeep) {
        Set<T> inOurs = new HashSet<>(ours);
        Set<T> inTheirs = new HashSet<>(theirs);
        Set<T> inBase = new HashSet<>(base);
        List<T> baseKept = keep(base, inOurs, inTheirs);
        Set<T> kept = new HashSet<>(baseKept);
        List<T> oursOrder = ours.stream().filter(kept::contains).toList();
        List<T> theirsOrder = theirs.stream().filter(kept::contains).toList();
        boolean oursReordered = !oursOrder.equals(baseKept);
        boolean theirsReordered = !theirsOrder.equals(baseKept);
        List<T> result = new ArrayList<>(oursReordered || !theirsReordered ? oursOrder : theirsOrder);
        Set<T> present = new HashSet<>(result);
        Set<T> inserted = new HashSet<>();
        insertAdded(result, present, inserted, ours, item -> !inBase.contains(item));
        insertAdded(result, present, inserted, theirs, item -> !inBase.contains(item));
        insertAdded(result, present, inserted, ours, mustKeep::contains);
        insertAdded(result, present, inserted, theirs, mustKeep::contains);
        return new ListMerge<>(result, oursReordered && theirsReordered && !oursOrder.equals(theirsOrder));
    }

    private static <T> List<T> keep(List<T> base, Set<T> inOurs, Set<T> inTheirs) {
        List<T> kept = new ArrayList<>();
        for (T item : base) {
            if (inOurs.contains(item) && inTheirs.contains(item)) {
                kept.add(item);
            }
        }
        return kept;
    }

    /**
     * Puts each item the side added after the nearest item before it (on that side) that the result
     * holds, and after what an earlier pass (ours) inserted there.
     */
    private static <T> void insertAdded(List<T> result, Set<T> present, Set<T> inserted, List<T> side,
            Predicate<T> wanted) {
        Set<T> earlier = new HashSet<>(inserted);
        T previous = null;
        for (T item : side) {
            if (wanted.test(item) && !present.contains(item)) {
                int at = previous == null ? 0 : result.indexOf(previous) + 1;
                while (at < result.size() && earlier.contains(result.get(at))) {
                    at++;
                }
                result.add(at, item);
                present.add(item);
                inserted.add(item);
            }
            if (present.contains(item)) {
                previous = item;
            }
        }
    }

    List<T> result() {
        return result;
    }

    /** Whether both sides reordered the kept items, differently (ours was kept). */
    boolean reorderConflict() {
        return reorderConflict;
    }
}
