package org.journeystudio.model.query;

/**
 * A longest strictly increasing subsequence of positions: the largest set of items that kept their
 * relative order between two orderings (a journey's steps against its baseline's, a list of a map
 * against its older version). The items outside it are the fewest that must have moved, so that
 * an insertion or a removal before an item does not count as moving it.
 */
public final class IncreasingOrder {

    private IncreasingOrder() {
    }

    /** For each value, whether it belongs to a longest increasing subsequence (O(n log n)). */
    public static boolean[] kept(int[] values) {
        int n = values.length;
        int[] tails = new int[n];
        int[] previous = new int[n];
        int length = 0;
        for (int i = 0; i < n; i++) {
            int low = 0;
            int high = length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (values[tails[middle]] < values[i]) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            previous[i] = low > 0 ? tails[low - 1] : -1;
            tails[low] = i;
            length = Math.max(length, low + 1);
        }
        boolean[] kept = new boolean[n];
        for (int i = length > 0 ? tails[length - 1] : -1; i >= 0; i = previous[i]) {
            kept[i] = true;
        }
        return kept;
    }
}
