package org.journeystudio.model.deviation;

import java.util.OptionalDouble;

import org.journeystudio.model.journey.Stage;

/**
 * A stage of the journey beside the baseline's stage of the same name; either may be missing.
 *
 * @param baselineStage the baseline's stage, {@code null} when the journey added the stage
 * @param stage         the journey's stage, {@code null} when the journey dropped it
 * @param stepsBefore   the steps of the baseline stage
 * @param stepsAfter    the steps of the journey's stage
 * @param meanEmotionBefore the mean assessed emotion of the baseline stage's steps
 * @param meanEmotionAfter  the mean assessed emotion of the journey stage's steps
 */
public record StageDeviation(Stage baselineStage, Stage stage, int stepsBefore, int stepsAfter,
        OptionalDouble meanEmotionBefore, OptionalDouble meanEmotionAfter) {

    /** The stage's name, the journey's where it has the stage. */
    public String name() {
        return stage != null ? stage.getName() : baselineStage.getName();
    }
}
