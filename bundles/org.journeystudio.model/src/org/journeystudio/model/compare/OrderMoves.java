package org.journeystudio.model.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.journeystudio.model.query.IncreasingOrder;

/**
 * Which items of a list changed position: of the items a list kept, those outside a longest run
 * that kept its relative order. An item is then "moved" only when the user moved it, not when
 * something was inserted or removed before it. O(n log n), for long lists of large maps.
 */
final class OrderMoves {

    private OrderMoves() {
    }

    /** The items of {@code after} that are in {@code before} but not in a longest order-keeping run. */
    static <T> Set<T> moved(List<T> before, List<T> after) {
        Map<T, Integer> oldIndex = new HashMap<>(before.size() * 2);
        for (int i = 0; i < before.size(); i++) {
            oldIndex.put(before.get(i), i);
        }
        List<T> kept = new ArrayList<>();
        List<Integer> sequence = new ArrayList<>();
        for (T item : after) {
            Integer index = oldIndex.get(item);
            if (index != null) {
                kept.add(item);
                sequence.add(index);
            }
        }
        boolean[] inOrder = IncreasingOrder.kept(sequence.stream().mapToInt(Integer::intValue).toArray());
        Set<T> moved = new HashSet<>();
        for (int i = 0; i < inOrder.length; i++) {
            if (!inOrder[i]) {
                moved.add(kept.get(i));
            }
        }
        return moved;
    }
}
