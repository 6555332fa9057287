package org.journeystudio.model.deviation;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import org.journeystudio.model.journey.Step;

/**
 * Places baseline steps that stand on their own (skipped ones; in the diagram, moved ones too) where
 * the customer would have met them: right after the last item that holds the baseline step before
 * them, or first when they open the baseline.
 */
final class AfterPredecessor {

    private AfterPredecessor() {
    }

    static <T> void insert(List<T> items, List<Step> baseline, Predicate<Step> apart, Function<T, List<Step>> held,
            Function<Step, T> item) {
        for (int i = 0; i < baseline.size(); i++) {
            Step step = baseline.get(i);
            if (apart.test(step)) {
                int at = i == 0 ? -1 : lastHolding(items, baseline.get(i - 1), held);
                items.add(at + 1, item.apply(step));
            }
        }
    }

    private static <T> int lastHolding(List<T> items, Step baselineStep, Function<T, List<Step>> held) {
        for (int i = items.size() - 1; i >= 0; i--) {
            if (held.apply(items.get(i)).contains(baselineStep)) {
                return i;
            }
        }
        return -1;
    }
}
