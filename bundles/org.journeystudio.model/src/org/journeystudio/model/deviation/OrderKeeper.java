package org.journeystudio.model.deviation;

/**
 * The largest set of one-to-one pairs that keep the baseline's order: a longest strictly
 * increasing subsequence of the baseline positions, read in the journey's order. The pairs
 * outside it are the fewest that must have moved.
 */
final class OrderKeeper {

    private OrderKeeper() {
    }

    /** For each value, whether it belongs to a longest increasing subsequence (O(n log n)). */
    static boolean[] kept(int[] values) {
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
