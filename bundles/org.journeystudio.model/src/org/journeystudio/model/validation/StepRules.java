package org.journeystudio.model.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.journeystudio.model.journey.EmotionScale;
import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.journey.StepKind;
import org.journeystudio.model.query.StepFlow;

/**
 * JM003 (touchpoint without channel), JM004 (emotion off the scale), JM007 (next, baselineStep),
 * JM105 (unreachable).
 */
final class StepRules {

    private StepRules() {
    }

    static void check(Step step, Findings findings, ValidationRun run) {
        if (step.getKind() == StepKind.TOUCHPOINT && step.getChannels().isEmpty()) {
            findings.report(Rule.JM003, step, "Touchpoint " + Labels.object(step) + " has no channel");
        }
        checkEmotion(step, findings);
        Journey journey = StepFlow.journeyOf(step);
        checkNext(step, journey, findings);
        checkBaselineStep(step, journey, findings);
        if (journey != null && !run.reachable(journey).contains(step)) {
            Step entry = StepFlow.entry(journey).orElseThrow();
            findings.report(Rule.JM105, step, Labels.subject(step) + " cannot be reached from the journey's entry, "
                    + Labels.object(entry));
        }
    }

    private static void checkEmotion(Step step, Findings findings) {
        if (!step.isSetEmotion()) {
            return;
        }
        EmotionScale scale = scaleOf(step);
        // An empty scale is JM009's finding; measuring against it would flag every step.
        if (scale == null || scale.getMin() >= scale.getMax()) {
            return;
        }
        int emotion = step.getEmotion();
        if (emotion < scale.getMin() || emotion > scale.getMax()) {
            findings.report(Rule.JM004, step, Labels.subject(step) + " has emotion " + emotion
                    + ", outside the emotion scale " + scale.getMin() + ".." + scale.getMax());
        }
    }

    private static EmotionScale scaleOf(Step step) {
        EObject root = EcoreUtil.getRootContainer(step);
        return root instanceof JourneyModel model ? model.getEmotionScale() : null;
    }

    private static void checkNext(Step step, Journey journey, Findings findings) {
        for (Step target : step.getNext()) {
            // Unresolved targets are JM008's finding.
            if (target.eIsProxy()) {
                continue;
            }
            Journey other = StepFlow.journeyOf(target);
            if (other != journey) {
                String where = other == null ? ", which is in no journey" : " of another journey, " + Labels.object(other);
                findings.report(Rule.JM007, step, Labels.subject(step) + " flows to " + Labels.object(target) + where);
            }
        }
    }

    private static void checkBaselineStep(Step step, Journey journey, Findings findings) {
        Step target = step.getBaselineStep();
        // Unresolved targets are JM008's finding.
        if (target == null || target.eIsProxy()) {
            return;
        }
        Journey baseline = journey == null ? null : journey.getBaseline();
        Journey other = StepFlow.journeyOf(target);
        if (baseline == null) {
            findings.report(Rule.JM007, step, Labels.subject(step) + " names " + Labels.object(target)
                    + " as its baseline step, but its journey has no baseline");
        } else if (other != baseline) {
            String where = other == null ? ", which is in no journey"
                    : other == journey ? " of its own journey" : " of " + Labels.object(other);
            findings.report(Rule.JM007, step, Labels.subject(step) + " names " + Labels.object(target)
                    + where + " as its baseline step, not one of its baseline " + Labels.object(baseline));
        }
    }
}
