package org.journeystudio.model.deviation;

import java.util.ArrayList;
import java.util.List;

import org.journeystudio.model.journey.Step;

/**
 * The rows of the analysis in the order reports and the diagram show them: the journey's steps
 * in document order, each skipped baseline step right after the row of the baseline step before it
 * (so it stands where the customer would have met it), or first when nothing comes before it.
 */
final class Alignment {

    /** A row before its facts are computed: a journey step or {@code null}, and its baseline steps. */
    record Row(Step step, List<Step> baselineSteps) {
    }

    private Alignment() {
    }

    static List<Row> rows(StepOrder journey, StepOrder baseline, Correspondence correspondence) {
        List<Row> rows = new ArrayList<>();
        for (Step step : journey.steps()) {
            List<Step> baselineSteps = new ArrayList<>();
            correspondence.matches(step).forEach(match -> baselineSteps.add(match.baselineStep()));
            baselineSteps.sort((a, b) -> Integer.compare(baseline.position(a), baseline.position(b)));
            rows.add(new Row(step, List.copyOf(baselineSteps)));
        }
        AfterPredecessor.insert(rows, baseline.steps(), step -> correspondence.counterparts(step).isEmpty(),
                Row::baselineSteps, step -> new Row(null, List.of(step)));
        return rows;
    }
}
