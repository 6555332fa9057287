package org.journeystudio.model.deviation;

import java.util.List;

import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.query.StepFlow;

/** The steps a step may name as its {@code baselineStep}: the steps of its journey's baseline (JM007). */
public final class BaselineSteps {

    private BaselineSteps() {
    }

    /** The steps of the baseline of the step's journey in document order; empty without a baseline. */
    public static List<Step> candidates(Step step) {
        Journey journey = StepFlow.journeyOf(step);
        if (journey == null || journey.getBaseline() == null || journey.getBaseline() == journey) {
            return List.of();
        }
        return StepFlow.steps(journey.getBaseline());
    }
}
