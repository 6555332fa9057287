package org.journeystudio.model.deviation;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.query.StepFlow;

/**
 * The order in which a customer meets a journey's steps: as the flow first reaches them from
 * the entry (so {@code next} links reorder, and loops are met once), then the steps the flow
 * never reaches, in document order.
 */
final class FlowOrder {

    private final List<Step> steps;
    private final Map<Step, Integer> positions = new IdentityHashMap<>();

    private FlowOrder(List<Step> steps) {
        this.steps = List.copyOf(steps);
        for (int i = 0; i < steps.size(); i++) {
            positions.put(steps.get(i), i);
        }
    }

    static FlowOrder of(Journey journey) {
        Set<Step> order = new LinkedHashSet<>(StepFlow.reachable(journey));
        order.addAll(StepFlow.steps(journey));
        return new FlowOrder(new ArrayList<>(order));
    }

    List<Step> steps() {
        return steps;
    }

    /** The step's place in the order, -1 for a step of another journey. */
    int position(Step step) {
        return positions.getOrDefault(step, -1);
    }

    boolean contains(Step step) {
        return positions.containsKey(step);
    }
}
