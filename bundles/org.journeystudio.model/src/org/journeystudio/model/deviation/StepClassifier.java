package org.journeystudio.model.deviation;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.journeystudio.model.journey.Stage;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.query.IncreasingOrder;

/** The kind of every step of the journey (skipped baseline steps are the {@link Alignment}'s). */
final class StepClassifier {

    private StepClassifier() {
    }

    static Map<Step, DeviationKind> classify(StepOrder journey, StepOrder baseline, Correspondence correspondence) {
        Map<Step, DeviationKind> kinds = new IdentityHashMap<>();
        List<Step> inPlace = new ArrayList<>();
        for (Step step : journey.steps()) {
            List<Match> matches = correspondence.matches(step);
            if (matches.isEmpty()) {
                kinds.put(step, DeviationKind.ADDED);
            } else if (matches.size() > 1) {
                kinds.put(step, DeviationKind.MERGED);
            } else if (correspondence.counterparts(matches.get(0).baselineStep()).size() > 1) {
                kinds.put(step, DeviationKind.SPLIT);
            } else if (!sameStage(step, matches.get(0).baselineStep())) {
                kinds.put(step, DeviationKind.MOVED);
            } else {
                inPlace.add(step);
            }
        }
        int[] positions = new int[inPlace.size()];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = baseline.position(correspondence.matches(inPlace.get(i)).get(0).baselineStep());
        }
        boolean[] kept = IncreasingOrder.kept(positions);
        for (int i = 0; i < kept.length; i++) {
            kinds.put(inPlace.get(i), kept[i] ? DeviationKind.KEPT : DeviationKind.MOVED);
        }
        return kinds;
    }

    private static boolean sameStage(Step step, Step baselineStep) {
        return Correspondence.normal(((Stage) step.eContainer()).getName())
                .equals(Correspondence.normal(((Stage) baselineStep.eContainer()).getName()));
    }
}
