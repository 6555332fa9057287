package org.journeystudio.model.deviation;

import java.util.List;
import java.util.OptionalDouble;

import org.journeystudio.model.journey.Channel;
import org.journeystudio.model.journey.PainPoint;
import org.journeystudio.model.journey.Step;

/**
 * One row of a deviation analysis: a step of the journey with the baseline steps it carries out,
 * or a skipped baseline step on its own ({@code step} is then {@code null}).
 *
 * @param kind            how the step deviates
 * @param step            the step of the journey; {@code null} for a skipped baseline step
 * @param baselineSteps   the baseline steps of the row in baseline order; empty for an added step
 * @param matches         how each baseline step was found; empty for skipped and added steps
 * @param channelsGained  channels of the step that its baseline steps do not use
 * @param channelsLost    channels of the baseline steps that no step carrying them out uses
 * @param emotionBefore   the mean assessed emotion of the baseline steps
 * @param emotionAfter    the step's emotion, when assessed
 * @param painPointsAppeared pain points of the step that its baseline steps do not have (by name)
 * @param painPointsGone  pain points of the baseline steps that no step carrying them out has (by name)
 * @param momentOfTruthBefore whether a baseline step of the row is a moment of truth
 * @param momentOfTruthAfter  whether the step is a moment of truth
 */
public record StepDeviation(DeviationKind kind, Step step, List<Step> baselineSteps, List<Match> matches,
        List<Channel> channelsGained, List<Channel> channelsLost, OptionalDouble emotionBefore,
        OptionalDouble emotionAfter, List<PainPoint> painPointsAppeared, List<PainPoint> painPointsGone,
        boolean momentOfTruthBefore, boolean momentOfTruthAfter) {

    /** The change of emotion from the baseline steps to the step, when both are assessed. */
    public OptionalDouble emotionDelta() {
        if (emotionBefore.isEmpty() || emotionAfter.isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(emotionAfter.getAsDouble() - emotionBefore.getAsDouble());
    }

    /** The step happens through other channels than planned: it lost one and gained another. */
    public boolean isChannelSwitch() {
        return !channelsGained.isEmpty() && !channelsLost.isEmpty();
    }

    /** Any channel gained or lost. */
    public boolean channelsChanged() {
        return !channelsGained.isEmpty() || !channelsLost.isEmpty();
    }

    /** A moment of truth on either side. */
    public boolean isMomentOfTruth() {
        return momentOfTruthBefore || momentOfTruthAfter;
    }

    /** The step of the journey, else the (skipped) baseline step: what the row is named after. */
    public Step subject() {
        return step != null ? step : baselineSteps.get(0);
    }
}
