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
        int leading = 0;
        List<Step> order = baseline.steps();
        for (int i = 0; i < order.size(); i++) {
            Step skipped = order.get(i);
            if (!correspondence.counterparts(skipped).isEmpty()) {
                continue;
            }
            int at = i == 0 ? -1 : lastRowOf(rows, order.get(i - 1));
            if (at < 0) {
                rows.add(leading++, new Row(null, List.of(skipped)));
            } else {
                rows.add(at + 1, new Row(null, List.of(skipped)));
            }
        }
        return rows;
    }

    private static int lastRowOf(List<Row> rows, Step baselineStep) {
        for (int i = rows.size() - 1; i >= 0; i--) {
            if (rows.get(i).baselineSteps().contains(baselineStep)) {
                return i;
            }
        }
        return -1;
    }
}
