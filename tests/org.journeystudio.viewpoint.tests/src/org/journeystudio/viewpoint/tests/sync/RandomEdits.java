package org.journeystudio.viewpoint.tests.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.JourneyFactory;
import org.journeystudio.model.journey.JourneyKind;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.Opportunity;
import org.journeystudio.model.journey.OpportunityStatus;
import org.journeystudio.model.journey.PainPoint;
import org.journeystudio.model.journey.Stage;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.journey.StepKind;

/** Random edits of a journey model of every kind a diagram depends on, from a seed. */
final class RandomEdits {

    private static final int KINDS = 16;

    private final JourneyModel model;
    private final Random random;
    private int counter;

    RandomEdits(JourneyModel model, long seed) {
        this.model = model;
        this.random = new Random(seed);
    }

    /** Applies one random edit and says which. */
    String apply() {
        int kind = random.nextInt(KINDS);
        List<Step> steps = steps();
        if (steps.isEmpty() && kind < 11) {
            kind = 11;
        }
        return switch (kind) {
            case 0 -> rename(pick(steps));
            case 1 -> emotion(pick(steps));
            case 2 -> toggleMomentOfTruth(pick(steps));
            case 3 -> stepKind(pick(steps));
            case 4 -> delete(pick(steps));
            case 5 -> link(pick(steps), pick(steps));
            case 6 -> unlink(pick(steps));
            case 7 -> addPain(pick(steps));
            case 8 -> move(pick(steps));
            case 9 -> severity();
            case 10 -> deletePain();
            case 11 -> addStep();
            case 12 -> opportunity();
            case 13 -> address();
            case 14 -> journey();
            default -> persona();
        };
    }

    private String rename(Step step) {
        step.setName("Step " + ++counter);
        return "rename step";
    }

    private String emotion(Step step) {
        if (random.nextInt(3) == 0) {
            step.unsetEmotion();
            return "unset emotion";
        }
        step.setEmotion(random.nextInt(5) - 2);
        return "set emotion";
    }

    private String toggleMomentOfTruth(Step step) {
        step.setMomentOfTruth(!step.isMomentOfTruth());
        return "toggle moment of truth";
    }

    private String stepKind(Step step) {
        step.setKind(StepKind.get(random.nextInt(3)));
        return "step kind";
    }

    private String delete(Step step) {
        EcoreUtil.delete(step, true);
        return "delete step";
    }

    private String link(Step from, Step to) {
        if (journeyOf(from) == journeyOf(to) && from != to) {
            from.getNext().add(to);
        }
        return "link steps";
    }

    private String unlink(Step step) {
        if (!step.getNext().isEmpty()) {
            step.getNext().remove(random.nextInt(step.getNext().size()));
        }
        return "unlink step";
    }

    private String addPain(Step step) {
        PainPoint pain = JourneyFactory.eINSTANCE.createPainPoint();
        pain.setName("Pain " + ++counter);
        pain.setSeverity(1 + random.nextInt(5));
        step.getPainPoints().add(pain);
        return "add pain point";
    }

    private String move(Step step) {
        List<Stage> stages = journeyOf(step).getStages();
        Stage target = stages.get(random.nextInt(stages.size()));
        if (target.getSteps().contains(step)) {
            target.getSteps().move(random.nextInt(target.getSteps().size()), step);
        } else {
            target.getSteps().add(random.nextInt(target.getSteps().size() + 1), step);
        }
        return "move step";
    }

    private String severity() {
        List<PainPoint> pains = pains();
        if (!pains.isEmpty()) {
            pick(pains).setSeverity(1 + random.nextInt(5));
        }
        return "severity";
    }

    private String deletePain() {
        List<PainPoint> pains = pains();
        if (!pains.isEmpty()) {
            EcoreUtil.delete(pick(pains), true);
        }
        return "delete pain point";
    }

    private String addStep() {
        Journey journey = model.getJourneys().get(random.nextInt(model.getJourneys().size()));
        if (journey.getStages().isEmpty()) {
            Stage stage = JourneyFactory.eINSTANCE.createStage();
            stage.setName("Stage " + ++counter);
            journey.getStages().add(stage);
        }
        Stage stage = journey.getStages().get(random.nextInt(journey.getStages().size()));
        Step step = JourneyFactory.eINSTANCE.createStep();
        step.setName("New " + ++counter);
        stage.getSteps().add(random.nextInt(stage.getSteps().size() + 1), step);
        return "add step";
    }

    private String opportunity() {
        Opportunity opportunity = model.getOpportunities().isEmpty() || random.nextBoolean()
                ? newOpportunity() : pick(model.getOpportunities());
        opportunity.setStatus(random.nextBoolean() ? OpportunityStatus.DISCARDED : OpportunityStatus.IDEA);
        opportunity.setImpact(1 + random.nextInt(5));
        return "opportunity";
    }

    private Opportunity newOpportunity() {
        Opportunity opportunity = JourneyFactory.eINSTANCE.createOpportunity();
        opportunity.setName("Idea " + ++counter);
        model.getOpportunities().add(opportunity);
        return opportunity;
    }

    private String address() {
        List<PainPoint> pains = pains();
        if (!pains.isEmpty() && !model.getOpportunities().isEmpty()) {
            Opportunity opportunity = pick(model.getOpportunities());
            PainPoint pain = pick(pains);
            if (opportunity.getAddresses().contains(pain)) {
                opportunity.getAddresses().remove(pain);
            } else {
                opportunity.getAddresses().add(pain);
            }
        }
        return "address";
    }

    private String journey() {
        Journey journey = pick(model.getJourneys());
        journey.setKind(JourneyKind.get(random.nextInt(4)));
        if (random.nextBoolean() && !model.getPersonas().isEmpty()) {
            journey.setPersona(random.nextBoolean() ? null : pick(model.getPersonas()));
        }
        return "journey";
    }

    private String persona() {
        if (!model.getPersonas().isEmpty()) {
            pick(model.getPersonas()).setRole(random.nextBoolean() ? null : "Role " + ++counter);
        }
        return "persona";
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private List<Step> steps() {
        List<Step> steps = new ArrayList<>();
        model.getJourneys().forEach(j -> j.getStages().forEach(s -> steps.addAll(s.getSteps())));
        return steps;
    }

    private List<PainPoint> pains() {
        List<PainPoint> pains = new ArrayList<>();
        steps().forEach(step -> pains.addAll(step.getPainPoints()));
        return pains;
    }

    private static Journey journeyOf(Step step) {
        return (Journey) step.eContainer().eContainer();
    }
}
