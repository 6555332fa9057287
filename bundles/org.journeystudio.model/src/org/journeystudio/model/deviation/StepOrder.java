package org.journeystudio.model.deviation;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.query.StepFlow;

/**
 * The steps of a journey in document order (stage by stage), the order the map shows them in and
 * the one "moved" is measured against. {@code next} links do not change it: branches and loops
 * would give a step several places in a flow, but it has one place in the map.
 */
final class StepOrder {

    private final List<Step> steps;
    private final Map<Step, Integer> positions = new IdentityHashMap<>();

    private StepOrder(List<Step> steps) {
        this.steps = List.copyOf(steps);
        for (int i = 0; i < steps.size(); i++) {
            positions.put(steps.get(i), i);
        }
    }

    static StepOrder of(Journey journey) {
        return new StepOrder(StepFlow.steps(journey));
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
