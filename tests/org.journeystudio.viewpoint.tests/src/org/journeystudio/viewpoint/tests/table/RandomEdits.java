package org.journeystudio.viewpoint.tests.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.journeystudio.model.journey.Channel;
import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.JourneyFactory;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.NamedElement;
import org.journeystudio.model.journey.Opportunity;
import org.journeystudio.model.journey.PainPoint;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.journey.StepKind;

/**
 * Random edits of a journey model of the kinds the tables show: renames, severities, pain points
 * added and removed, channels added to the map, channels added to and removed from steps, step
 * kinds and which opportunities address which pain points. Names come from a small pool with
 * repeats, numbers and commas, so that sorting meets ties and numeric labels.
 */
final class RandomEdits {

    private static final String[] NAMES = {"Alpha", "alpha", "Beta", "9", "10", "2.5", "Same", "Same", "Comma, quote \"",
        "", "zeta"};

    private final JourneyModel model;
    private final Journey journey;
    private final Random random;
    private int created;

    RandomEdits(JourneyModel model, Journey journey, long seed) {
        this.model = model;
        this.journey = journey;
        this.random = new Random(seed);
    }

    /** Applies one random edit and says what it did. */
    String apply() {
        int kind = random.nextInt(10);
        return switch (kind) {
            case 0 -> rename();
            case 1 -> severity();
            case 2 -> addPainPoint();
            case 3 -> removePainPoint();
            case 4 -> addChannelToStep();
            case 5 -> removeChannelFromStep();
            case 6 -> addChannel();
            case 7 -> toggleKind();
            case 8 -> toggleAddress();
            default -> rename();
        };
    }

    private String rename() {
        List<NamedElement> named = new ArrayList<>();
        named.addAll(painPoints());
        named.addAll(steps());
        named.addAll(model.getChannels());
        named.addAll(model.getEvidence());
        named.addAll(model.getOpportunities());
        NamedElement element = pick(named);
        String name = NAMES[random.nextInt(NAMES.length)];
        element.setName(name);
        return "rename " + element.eClass().getName() + " to '" + name + "'";
    }

    private String severity() {
        PainPoint painPoint = pick(painPoints());
        if (painPoint == null) {
            return addPainPoint();
        }
        painPoint.setSeverity(1 + random.nextInt(5));
        return "severity " + painPoint.getSeverity();
    }

    private String addPainPoint() {
        Step step = pick(steps());
        PainPoint painPoint = JourneyFactory.eINSTANCE.createPainPoint();
        painPoint.setName("New " + ++created);
        painPoint.setSeverity(1 + random.nextInt(5));
        if (!model.getEvidence().isEmpty() && random.nextBoolean()) {
            painPoint.getEvidence().add(pick(model.getEvidence()));
        }
        List<PainPoint> list = step.getPainPoints();
        list.add(random.nextInt(list.size() + 1), painPoint);
        return "add pain point to " + step.getName();
    }

    private String removePainPoint() {
        PainPoint painPoint = pick(painPoints());
        if (painPoint == null) {
            return addPainPoint();
        }
        ((Step) painPoint.eContainer()).getPainPoints().remove(painPoint);
        for (Opportunity opportunity : model.getOpportunities()) {
            opportunity.getAddresses().remove(painPoint);
        }
        return "remove pain point " + painPoint.getName();
    }

    private String addChannelToStep() {
        Step step = pick(steps());
        Channel channel = pick(model.getChannels());
        if (step.getChannels().contains(channel)) {
            return removeChannelFromStep();
        }
        step.getChannels().add(channel);
        return "add channel " + channel.getName() + " to " + step.getName();
    }

    private String removeChannelFromStep() {
        Step step = pick(steps());
        if (step.getChannels().isEmpty()) {
            return "nothing to remove from " + step.getName();
        }
        step.getChannels().remove(random.nextInt(step.getChannels().size()));
        return "remove a channel from " + step.getName();
    }

    private String addChannel() {
        Channel channel = JourneyFactory.eINSTANCE.createChannel();
        channel.setName("Channel " + ++created);
        List<Channel> list = model.getChannels();
        list.add(random.nextInt(list.size() + 1), channel);
        return "add channel " + channel.getName();
    }

    private String toggleKind() {
        Step step = pick(steps());
        step.setKind(step.getKind() == StepKind.TOUCHPOINT ? StepKind.ACTION : StepKind.TOUCHPOINT);
        return "kind of " + step.getName() + " to " + step.getKind();
    }

    private String toggleAddress() {
        Opportunity opportunity = pick(model.getOpportunities());
        PainPoint painPoint = pick(painPoints());
        if (opportunity == null || painPoint == null) {
            return addPainPoint();
        }
        if (!opportunity.getAddresses().remove(painPoint)) {
            opportunity.getAddresses().add(painPoint);
        }
        return "toggle " + opportunity.getName() + " addresses " + painPoint.getName();
    }

    private List<Step> steps() {
        List<Step> steps = new ArrayList<>();
        journey.getStages().forEach(stage -> steps.addAll(stage.getSteps()));
        return steps;
    }

    private List<PainPoint> painPoints() {
        List<PainPoint> painPoints = new ArrayList<>();
        steps().forEach(step -> painPoints.addAll(step.getPainPoints()));
        return painPoints;
    }

    private <T> T pick(List<T> elements) {
        return elements.isEmpty() ? null : elements.get(random.nextInt(elements.size()));
    }
}
