package org.journeystudio.model.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        Set<T> moved = new HashSet<>(kept);
        for (int position : longestIncreasing(sequence)) {
            moved.remove(kept.get(position));
        }
        return moved;
    }

    /** Positions of a longest strictly increasing subsequence (patience sorting). */
    static List<Integer> longestIncreasing(List<Integer> sequence) {
        int n = sequence.size();
        int[] tails = new int[n];
        int[] previous = new int[n];
        int length = 0;
        for (int i = 0; i < n; i++) {
            int low = 0;
            int high = length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (sequence.get(tails[middle]) < sequence.get(i)) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            previous[i] = low > 0 ? tails[low - 1] : -1;
            tails[low] = i;
            length = Math.max(length, low + 1);
        }
        List<Integer> positions = new ArrayList<>(length);
        for (int at = length == 0 ? -1 : tails[length - 1]; at >= 0; at = previous[at]) {
            positions.add(at);
        }
        Collections.reverse(positions);
        return positions;
    }
}
