package org.journeystudio.benchmarks;

import java.util.Random;

import org.eclipse.emf.common.util.URI;
import org.journeystudio.model.journey.Channel;
import org.journeystudio.model.journey.ChannelKind;
import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.JourneyFactory;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.PainPoint;
import org.journeystudio.model.journey.Persona;
import org.journeystudio.model.journey.Stage;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.journey.StepKind;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.model.persistence.JourneyResource;

/**
 * One journey of a given number of steps (six per stage) for the journey-map benchmarks: channels,
 * emotions (one in seven left unassessed), thoughts, and a pain point on every third step, from a
 * fixed seed. The large generated maps spread their steps over many short journeys; a journey map
 * shows one journey, so this one puts them all in one.
 */
final class StepsMap {

    private static final JourneyFactory FACTORY = JourneyFactory.eINSTANCE;
    private static final int STEPS_PER_STAGE = 6;

    private StepsMap() {
    }

    static Journey generate(int steps) {
        Random random = new Random(steps);
        JourneyResource resource = (JourneyResource) JourneyPersistence.newResourceSet()
                .createResource(URI.createURI("steps-" + steps + ".journey"));
        JourneyModel model = FACTORY.createJourneyModel();
        model.setName("Benchmark map");
        model.setEmotionScale(FACTORY.createEmotionScale());
        resource.getContents().add(model);
        Persona persona = FACTORY.createPersona();
        persona.setName("Dana");
        model.getPersonas().add(persona);
        ChannelKind[] kinds = {ChannelKind.WEB, ChannelKind.MOBILE_APP, ChannelKind.EMAIL, ChannelKind.PHONE};
        for (ChannelKind kind : kinds) {
            Channel channel = FACTORY.createChannel();
            channel.setName(kind.getName());
            channel.setKind(kind);
            model.getChannels().add(channel);
        }
        Journey journey = FACTORY.createJourney();
        journey.setName("A journey of " + steps + " steps");
        journey.setPersona(persona);
        model.getJourneys().add(journey);
        Stage stage = null;
        for (int i = 0; i < steps; i++) {
            if (i % STEPS_PER_STAGE == 0) {
                stage = FACTORY.createStage();
                stage.setName("Stage " + (i / STEPS_PER_STAGE + 1));
                stage.setGoal("What the customer wants in stage " + (i / STEPS_PER_STAGE + 1));
                journey.getStages().add(stage);
            }
            stage.getSteps().add(step(i, model, random));
        }
        return journey;
    }

    private static Step step(int index, JourneyModel model, Random random) {
        Step step = FACTORY.createStep();
        step.setName("Step " + (index + 1) + " of the customer's way through the service");
        step.setKind(random.nextInt(3) == 0 ? StepKind.ACTION : StepKind.TOUCHPOINT);
        if (step.getKind() == StepKind.TOUCHPOINT) {
            step.getChannels().add(model.getChannels().get(random.nextInt(model.getChannels().size())));
        }
        if (random.nextInt(7) != 0) {
            step.setEmotion(random.nextInt(5) - 2);
        }
        step.setThoughts("What am I supposed to do now?");
        if (index % 3 == 0) {
            PainPoint pain = FACTORY.createPainPoint();
            pain.setName("Pain point of step " + (index + 1));
            pain.setSeverity(1 + random.nextInt(5));
            step.getPainPoints().add(pain);
        }
        return step;
    }
}
