package org.journeystudio.viewpoint.services;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.JourneyPackage.Literals;
import org.journeystudio.model.journey.Opportunity;
import org.journeystudio.model.journey.PainPoint;
import org.journeystudio.model.journey.Stage;
import org.journeystudio.model.journey.Step;
import org.journeystudio.viewpoint.expression.Reads;
import org.journeystudio.viewpoint.expression.RecordsReads;
import org.journeystudio.viewpoint.expression.ServiceRegistry;

/**
 * Journey functions for viewpoint expressions, namespace {@value #NAMESPACE}
 * ({@code journey:successors(self)}). Every model read goes through {@link Reads}, so an edit
 * re-evaluates only the expressions whose results it can change.
 */
@RecordsReads
public final class JourneyServices {

    public static final String NAMESPACE = "journey";

    private JourneyServices() {
    }

    /** Registers these functions under {@value #NAMESPACE}. */
    public static ServiceRegistry registerIn(ServiceRegistry registry) {
        return registry.register(NAMESPACE, JourneyServices.class);
    }

    /**
     * Where the flow goes after the step (DESIGN §2 "Flow"): its {@code next} steps; without any,
     * the following step in document order across stage boundaries; none at the journey's end.
     */
    public static List<Step> successors(Step step) {
        List<Step> next = steps(Reads.many(step, Literals.STEP__NEXT));
        if (!next.isEmpty()) {
            return next;
        }
        Step following = following(step);
        return following == null ? List.of() : List.of(following);
    }

    /** The step after this one in document order, across stage boundaries; null at the end of the journey. */
    public static Step following(Step step) {
        if (!(Reads.container(step) instanceof Stage stage)) {
            return null;
        }
        List<?> siblings = Reads.many(stage, Literals.STAGE__STEPS);
        int index = siblings.indexOf(step);
        if (index + 1 < siblings.size()) {
            return (Step) siblings.get(index + 1);
        }
        if (!(Reads.container(stage) instanceof Journey journey)) {
            return null;
        }
        List<?> stages = Reads.many(journey, Literals.JOURNEY__STAGES);
        for (int i = stages.indexOf(stage) + 1; i < stages.size(); i++) {
            List<?> steps = Reads.many((Stage) stages.get(i), Literals.STAGE__STEPS);
            if (!steps.isEmpty()) {
                return (Step) steps.get(0);
            }
        }
        return null;
    }

    /** All steps of the journey, stage by stage, in document order. */
    public static List<Step> stepsOf(Journey journey) {
        List<Step> steps = new ArrayList<>();
        for (Object stage : Reads.many(journey, Literals.JOURNEY__STAGES)) {
            steps.addAll(steps(Reads.many((Stage) stage, Literals.STAGE__STEPS)));
        }
        return steps;
    }

    /** Every pain point of the journey's steps, stage by stage and step by step, in document order. */
    public static List<PainPoint> painPointsOf(Journey journey) {
        List<PainPoint> painPoints = new ArrayList<>();
        for (Step step : stepsOf(journey)) {
            for (Object painPoint : Reads.many(step, Literals.STEP__PAIN_POINTS)) {
                painPoints.add((PainPoint) painPoint);
            }
        }
        return painPoints;
    }

    /**
     * The opportunities of the pain point's map that address it, in document order (addresses
     * backwards). One recorded read of the map's opportunities and one of the inverse reference
     * stand for the scan, so a table of n pain points records O(n) reads, not n times the opportunities.
     */
    public static List<Opportunity> opportunitiesAddressing(PainPoint painPoint) {
        EObject root = painPoint;
        while (root != null && !(root instanceof JourneyModel)) {
            root = Reads.container(root);
        }
        List<Opportunity> addressing = new ArrayList<>();
        if (root instanceof JourneyModel model) {
            Reads.inverse(painPoint, Literals.OPPORTUNITY__ADDRESSES);
            for (Object each : Reads.many(model, Literals.JOURNEY_MODEL__OPPORTUNITIES)) {
                Opportunity opportunity = (Opportunity) each;
                if (opportunity.getAddresses().contains(painPoint)) {
                    addressing.add(opportunity);
                }
            }
        }
        return addressing;
    }

    /** The highest severity among the pain points the opportunity addresses; 0 when it addresses none. */
    public static int maxSeverity(Opportunity opportunity) {
        int max = 0;
        for (Object each : Reads.many(opportunity, Literals.OPPORTUNITY__ADDRESSES)) {
            max = Math.max(max, (Integer) Reads.get((PainPoint) each, Literals.PAIN_POINT__SEVERITY));
        }
        return max;
    }

    /**
     * How many opportunities before this one in its map have the same impact and effort: its place in
     * the cell of an impact × effort matrix, so that views sharing a cell can be offset.
     */
    public static int sameRatingsBefore(Opportunity opportunity) {
        if (!(Reads.container(opportunity) instanceof JourneyModel model)) {
            return 0;
        }
        Object impact = Reads.get(opportunity, Literals.OPPORTUNITY__IMPACT);
        Object effort = Reads.get(opportunity, Literals.OPPORTUNITY__EFFORT);
        int before = 0;
        for (Object each : Reads.many(model, Literals.JOURNEY_MODEL__OPPORTUNITIES)) {
            if (each == opportunity) {
                break;
            }
            Opportunity other = (Opportunity) each;
            if (impact.equals(Reads.get(other, Literals.OPPORTUNITY__IMPACT))
                    && effort.equals(Reads.get(other, Literals.OPPORTUNITY__EFFORT))) {
                before++;
            }
        }
        return before;
    }

    /** The step's emotion in words: "not assessed", or "negative (-2)", "neutral (0)", "positive (+1)". */
    public static String emotionLabel(Step step) {
        if (!(Reads.get(step, Literals.STEP__EMOTION) instanceof Integer emotion)) {
            return "not assessed";
        }
        if (emotion < 0) {
            return "negative (" + emotion + ")";
        }
        return emotion == 0 ? "neutral (0)" : "positive (+" + emotion + ")";
    }

    private static List<Step> steps(List<?> elements) {
        List<Step> steps = new ArrayList<>(elements.size());
        for (Object element : elements) {
            steps.add((Step) element);
        }
        return steps;
    }
}
