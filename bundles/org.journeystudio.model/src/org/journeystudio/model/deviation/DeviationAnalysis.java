package org.journeystudio.model.deviation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.Stage;
import org.journeystudio.model.journey.Step;

/**
 * Compares a journey with its baseline (planned against actual, current against future state):
 * which steps were kept, moved, skipped, added, merged or split, and what changed at each step,
 * stage and in the whole journey. Headless; the command, the HTML report and the Deviation diagram
 * all ask this class, so they cannot disagree.
 */
public final class DeviationAnalysis {

    private DeviationAnalysis() {
    }

    /** Whether the journey has a baseline to compare it with (not itself). */
    public static boolean hasBaseline(Journey journey) {
        return journey.getBaseline() != null && journey.getBaseline() != journey && !journey.getBaseline().eIsProxy();
    }

    /**
     * The journey against its baseline.
     *
     * @throws IllegalArgumentException when the journey has no baseline (see {@link #hasBaseline})
     */
    public static JourneyDeviation of(Journey journey) {
        if (!hasBaseline(journey)) {
            throw new IllegalArgumentException("Journey '" + journey.getName() + "' has no baseline");
        }
        StepOrder after = StepOrder.of(journey);
        StepOrder before = StepOrder.of(journey.getBaseline());
        Correspondence correspondence = new Correspondence(after, before);
        Map<Step, DeviationKind> kinds = StepClassifier.classify(after, before, correspondence);
        List<StepDeviation> rows = new ArrayList<>();
        for (Alignment.Row row : Alignment.rows(after, before, correspondence)) {
            DeviationKind kind = row.step() == null ? DeviationKind.SKIPPED : kinds.get(row.step());
            rows.add(RowFacts.of(kind, row, correspondence));
        }
        return new JourneyDeviation(journey, rows, stages(journey, journey.getBaseline()));
    }

    private static List<StageDeviation> stages(Journey journey, Journey baseline) {
        List<StageDeviation> stages = new ArrayList<>();
        Set<Stage> paired = new HashSet<>();
        for (Stage stage : journey.getStages()) {
            Stage before = baseline.getStages().stream()
                    .filter(candidate -> !paired.contains(candidate) && sameName(candidate, stage))
                    .findFirst().orElse(null);
            if (before != null) {
                paired.add(before);
            }
            stages.add(stage(before, stage));
        }
        baseline.getStages().stream().filter(stage -> !paired.contains(stage)).forEach(s -> stages.add(stage(s, null)));
        return stages;
    }

    private static StageDeviation stage(Stage before, Stage after) {
        List<Step> stepsBefore = before == null ? List.of() : before.getSteps();
        List<Step> stepsAfter = after == null ? List.of() : after.getSteps();
        return new StageDeviation(before, after, stepsBefore.size(), stepsAfter.size(),
                RowFacts.meanEmotion(stepsBefore), RowFacts.meanEmotion(stepsAfter));
    }

    private static boolean sameName(Stage a, Stage b) {
        return Correspondence.normal(a.getName()).equals(Correspondence.normal(b.getName()));
    }
}
