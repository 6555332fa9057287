package org.journeystudio.viewpoint.services;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.journeystudio.model.journey.BlueprintLane;
import org.journeystudio.model.journey.EmotionScale;
import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.JourneyPackage.Literals;
import org.journeystudio.model.journey.NamedElement;
import org.journeystudio.model.journey.Opportunity;
import org.journeystudio.model.journey.PainPoint;
import org.journeystudio.model.journey.Stage;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.journey.StepKind;
import org.journeystudio.model.journey.SupportAction;
import org.journeystudio.model.query.ElementNames;
import org.journeystudio.viewpoint.expression.Reads;
import org.journeystudio.viewpoint.expression.RecordsReads;
import org.journeystudio.viewpoint.expression.ServiceRegistry;

/**
 * Functions the journey viewpoint's lanes use ({@code map:level(self)}): where an element sits
 * in the lane grid and what the lanes collect. Every model read goes through {@link Reads}, so a
 * refresh after an edit re-evaluates only the views that read what changed.
 */
@RecordsReads
public final class JourneyMapServices {

    public static final String NAMESPACE = "map";

    private JourneyMapServices() {
    }

    /** Registers these functions under {@value #NAMESPACE}. */
    public static ServiceRegistry registerIn(ServiceRegistry registry) {
        return registry.register(NAMESPACE, JourneyMapServices.class);
    }

    /** The step's emotion on its model's scale, 0 (min) to 1 (max); null when not assessed. */
    public static Double level(Step step) {
        if (!(Reads.get(step, Literals.STEP__EMOTION) instanceof Integer emotion)) {
            return null;
        }
        int[] scale = scaleOf(step);
        return scale[1] <= scale[0] ? 0.5 : (emotion - scale[0]) / (double) (scale[1] - scale[0]);
    }

    /** The minimum and maximum of the emotion scale of the element's model (-2 and 2 outside a model). */
    static int[] scaleOf(EObject element) {
        if (modelOf(element) instanceof JourneyModel model
                && Reads.get(model, Literals.JOURNEY_MODEL__EMOTION_SCALE) instanceof EmotionScale scale) {
            return new int[] {(Integer) Reads.get(scale, Literals.EMOTION_SCALE__MIN),
                (Integer) Reads.get(scale, Literals.EMOTION_SCALE__MAX)};
        }
        return new int[] {-2, 2};
    }

    /** The next step of the emotion curve: the following step when both are assessed; none makes a gap. */
    public static List<Step> curveNext(Step step) {
        if (Reads.get(step, Literals.STEP__EMOTION) == null) {
            return List.of();
        }
        Step following = JourneyServices.following(step);
        return following == null || Reads.get(following, Literals.STEP__EMOTION) == null ? List.of() : List.of(following);
    }

    /** The stage an element belongs to (itself for a stage), or null. */
    public static Stage stageOf(EObject element) {
        EObject current = element;
        while (current != null && !(current instanceof Stage)) {
            current = Reads.container(current);
        }
        return (Stage) current;
    }

    /**
     * Where a new step goes when a user clicks an element: the stage of the element (itself for a
     * stage, a step's stage), else the last stage of the journey the element is or belongs to; null
     * for a journey without stages.
     */
    public static Stage stageFor(EObject element) {
        Stage stage = stageOf(element);
        if (stage != null) {
            return stage;
        }
        Journey journey = journeyOf(element);
        List<?> stages = journey == null ? List.of() : Reads.many(journey, Literals.JOURNEY__STAGES);
        return stages.isEmpty() ? null : (Stage) stages.get(stages.size() - 1);
    }

    /** The journey an element is or belongs to, or null. */
    public static Journey journeyOf(EObject element) {
        EObject current = element;
        while (current != null && !(current instanceof Journey)) {
            current = Reads.container(current);
        }
        return (Journey) current;
    }

    /** The step an element (pain point, support action, metric value) belongs to, or null. */
    public static Step stepOf(EObject element) {
        EObject current = element;
        while (current != null && !(current instanceof Step)) {
            current = Reads.container(current);
        }
        return (Step) current;
    }

    /** The journey model an element belongs to. */
    public static JourneyModel modelOf(EObject element) {
        EObject current = element;
        while (current != null && !(current instanceof JourneyModel)) {
            current = Reads.container(current);
        }
        return (JourneyModel) current;
    }

    /** Every pain point of the journey's steps, in document order. */
    public static List<PainPoint> painPoints(Journey journey) {
        List<PainPoint> pains = new ArrayList<>();
        for (Step step : JourneyServices.stepsOf(journey)) {
            for (Object pain : Reads.many(step, Literals.STEP__PAIN_POINTS)) {
                pains.add((PainPoint) pain);
            }
        }
        return pains;
    }

    /** The journey's TOUCHPOINT steps. */
    public static List<Step> touchpoints(Journey journey) {
        List<Step> touchpoints = new ArrayList<>();
        for (Step step : JourneyServices.stepsOf(journey)) {
            if (Reads.get(step, Literals.STEP__KIND) == StepKind.TOUCHPOINT) {
                touchpoints.add(step);
            }
        }
        return touchpoints;
    }

    /** The support actions of the journey's steps in one blueprint lane (by literal name). */
    public static List<SupportAction> supportActions(Journey journey, String lane) {
        BlueprintLane wanted = BlueprintLane.get(lane);
        List<SupportAction> actions = new ArrayList<>();
        for (Step step : JourneyServices.stepsOf(journey)) {
            for (Object action : Reads.many(step, Literals.STEP__SUPPORT_ACTIONS)) {
                if (Reads.get((SupportAction) action, Literals.SUPPORT_ACTION__LANE) == wanted) {
                    actions.add((SupportAction) action);
                }
            }
        }
        return actions;
    }

    /** The opportunities of the model that address at least one pain point of the journey. */
    public static List<Opportunity> opportunities(Journey journey) {
        List<Opportunity> found = new ArrayList<>();
        JourneyModel model = modelOf(journey);
        if (model == null) {
            return found;
        }
        List<PainPoint> pains = painPoints(journey);
        for (Object each : Reads.many(model, Literals.JOURNEY_MODEL__OPPORTUNITIES)) {
            Opportunity opportunity = (Opportunity) each;
            if (Reads.many(opportunity, Literals.OPPORTUNITY__ADDRESSES).stream().anyMatch(pains::contains)) {
                found.add(opportunity);
            }
        }
        return found;
    }

    /** The stage (of the given journey) of the first pain point an opportunity addresses there, or null. */
    public static Stage opportunityStage(Opportunity opportunity, Journey journey) {
        for (Object pain : Reads.many(opportunity, Literals.OPPORTUNITY__ADDRESSES)) {
            Stage stage = stageOf((EObject) pain);
            if (stage != null && Reads.container(stage) == journey) {
                return stage;
            }
        }
        return null;
    }

    /** The first pain point of the given journey that an opportunity addresses, or null. */
    public static PainPoint firstAddressed(Opportunity opportunity, Journey journey) {
        for (Object pain : Reads.many(opportunity, Literals.OPPORTUNITY__ADDRESSES)) {
            Stage stage = stageOf((EObject) pain);
            if (stage != null && Reads.container(stage) == journey) {
                return (PainPoint) pain;
            }
        }
        return null;
    }

    /** The names of the step's channels, e.g. "Web, Phone". */
    public static String channelNames(Step step) {
        return names(Reads.many(step, Literals.STEP__CHANNELS));
    }

    /** The glyph name of the step's first channel kind (e.g. "WEB"), or "step" without channels. */
    public static String channelIcon(Step step) {
        List<?> channels = Reads.many(step, Literals.STEP__CHANNELS);
        if (channels.isEmpty()) {
            return "step";
        }
        return Reads.get((EObject) channels.get(0), Literals.CHANNEL__KIND).toString();
    }

    /** The names of named elements joined with ", ". */
    public static String names(List<?> elements) {
        List<String> names = new ArrayList<>();
        for (Object element : elements) {
            if (element instanceof NamedElement named) {
                names.add(named.eIsProxy() ? ElementNames.of(named)
                        : String.valueOf(Objects.requireNonNullElse(Reads.get(named, Literals.NAMED_ELEMENT__NAME), "")));
            }
        }
        return String.join(", ", names);
    }

    /** Lines of text as a bullet list. */
    public static String bullets(List<?> lines) {
        StringBuilder text = new StringBuilder();
        for (Object line : lines) {
            text.append(text.isEmpty() ? "" : "\n").append("\u2022 ").append(line);
        }
        return text.toString();
    }

    /** The opportunities of the model that address a pain point. */
    public static List<Opportunity> addressing(PainPoint pain) {
        List<Opportunity> found = new ArrayList<>();
        JourneyModel model = modelOf(pain);
        if (model != null) {
            for (Object each : Reads.many(model, Literals.JOURNEY_MODEL__OPPORTUNITIES)) {
                if (Reads.many((Opportunity) each, Literals.OPPORTUNITY__ADDRESSES).contains(pain)) {
                    found.add((Opportunity) each);
                }
            }
        }
        return found;
    }
}
