package org.journeystudio.model.edit.labels;

import static org.journeystudio.model.edit.labels.LabelWords.count;
import static org.journeystudio.model.edit.labels.LabelWords.hasName;
import static org.journeystudio.model.edit.labels.LabelWords.literal;
import static org.journeystudio.model.edit.labels.LabelWords.name;
import static org.journeystudio.model.edit.labels.LabelWords.noun;
import static org.journeystudio.model.edit.labels.LabelWords.number;
import static org.journeystudio.model.edit.labels.LabelWords.signed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.journeystudio.model.journey.Channel;
import org.journeystudio.model.journey.EmotionScale;
import org.journeystudio.model.journey.Evidence;
import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.JourneyPackage;
import org.journeystudio.model.journey.Metric;
import org.journeystudio.model.journey.MetricValue;
import org.journeystudio.model.journey.NamedElement;
import org.journeystudio.model.journey.Opportunity;
import org.journeystudio.model.journey.PainPoint;
import org.journeystudio.model.journey.Persona;
import org.journeystudio.model.journey.Stage;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.journey.SupportAction;
import org.journeystudio.model.journey.util.JourneySwitch;

/**
 * One label per class of the journey metamodel. Every case reads only the features listed in
 * {@link LabelInputs}; a case that starts reading another feature must be added there too.
 */
final class LabelSwitch extends JourneySwitch<String> {

    @Override
    public String caseEmotionScale(EmotionScale scale) {
        return "Emotion scale " + signed(scale.getMin()) + ".." + signed(scale.getMax());
    }

    @Override
    public String casePersona(Persona persona) {
        return named(persona, persona.getRole() == null ? null : persona.getRole().strip());
    }

    @Override
    public String caseJourney(Journey journey) {
        return named(journey, literal(journey.getKind()),
                journey.getPersona() == null ? null : "persona: " + name(journey.getPersona()));
    }

    @Override
    public String caseStage(Stage stage) {
        return named(stage, count(stage.getSteps().size(), "step"));
    }

    @Override
    public String caseStep(Step step) {
        String kind = literal(step.getKind());
        if (!step.getChannels().isEmpty()) {
            kind += ": " + step.getChannels().stream().map(LabelWords::name).collect(Collectors.joining(", "));
        }
        return named(step, kind,
                step.isSetEmotion() ? "emotion " + signed(step.getEmotion()) : null,
                step.isMomentOfTruth() ? "moment of truth" : null);
    }

    @Override
    public String caseSupportAction(SupportAction action) {
        return named(action, literal(action.getLane()),
                action.getOwner() == null ? null : "owner: " + name(action.getOwner()));
    }

    @Override
    public String casePainPoint(PainPoint painPoint) {
        return named(painPoint, "severity " + painPoint.getSeverity());
    }

    @Override
    public String caseOpportunity(Opportunity opportunity) {
        return named(opportunity, "impact " + opportunity.getImpact(), "effort " + opportunity.getEffort(),
                literal(opportunity.getStatus()));
    }

    @Override
    public String caseChannel(Channel channel) {
        return named(channel, literal(channel.getKind()));
    }

    @Override
    public String caseEvidence(Evidence evidence) {
        return named(evidence, literal(evidence.getSource()),
                evidence.getSampleSize() > 0 ? "n=" + evidence.getSampleSize() : null);
    }

    @Override
    public String caseMetric(Metric metric) {
        String unit = metric.getUnit() == null || metric.getUnit().isBlank() ? null : metric.getUnit().strip();
        String range = null;
        if (metric.eIsSet(JourneyPackage.Literals.METRIC__MIN) || metric.eIsSet(JourneyPackage.Literals.METRIC__MAX)) {
            range = number(metric.getMin()) + ".." + number(metric.getMax()) + (unit == null ? "" : " " + unit);
            unit = null;
        }
        return named(metric, literal(metric.getKind()), range, unit);
    }

    @Override
    public String caseMetricValue(MetricValue value) {
        String head = "Metric value " + (value.getMetric() == null ? "(no metric)" : name(value.getMetric()));
        List<String> readings = new ArrayList<>();
        if (value.isSetTarget()) {
            readings.add("target " + number(value.getTarget()));
        }
        if (value.isSetActual()) {
            readings.add("actual " + number(value.getActual()));
        }
        return readings.isEmpty() ? head : head + ": " + String.join(", ", readings);
    }

    /** Journey models and teams, and any named element without a case of its own. */
    @Override
    public String caseNamedElement(NamedElement element) {
        return named(element);
    }

    @Override
    public String defaultCase(EObject object) {
        return noun(object.eClass());
    }

    /**
     * {@code Noun 'name' (details)}. An unnamed element shows only {@code Noun (unnamed)}:
     * naming it is what it needs first, and details next to no name would read as one.
     */
    private static String named(NamedElement element, String... details) {
        String noun = noun(element.eClass());
        if (!hasName(element)) {
            return noun + " " + LabelWords.UNNAMED;
        }
        return LabelWords.withDetails(noun + " '" + element.getName() + "'", Arrays.asList(details));
    }
}
