package org.journeystudio.viewpoint.tests.expression;

import java.util.Collection;

import org.eclipse.emf.ecore.EObject;
import org.journeystudio.model.journey.Channel;
import org.journeystudio.model.journey.ChannelKind;
import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.JourneyFactory;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.NamedElement;
import org.journeystudio.model.journey.Persona;
import org.journeystudio.model.journey.Stage;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.journey.StepKind;

/**
 * A small journey map for expression tests:
 *
 * <pre>
 * Journey 'Buy online' (Ann)
 *   Stage 'Consider': Browse (emotion +1), Compare (decision; next Call)
 *   Stage 'Wait':     (no steps)
 *   Stage 'Purchase': Pay (touchpoint Web + Phone, emotion -2), Call (touchpoint Phone, emotion not assessed)
 * </pre>
 */
final class SmallJourney {

    private static final JourneyFactory FACTORY = JourneyFactory.eINSTANCE;

    final JourneyModel model = named(FACTORY.createJourneyModel(), "Acme");
    final Persona ann = add(model.getPersonas(), named(FACTORY.createPersona(), "Ann"));
    final Channel web = channel("Web", ChannelKind.WEB);
    final Channel phone = channel("Phone", ChannelKind.PHONE);
    final Journey journey = add(model.getJourneys(), named(FACTORY.createJourney(), "Buy online"));
    final Stage consider = stage("Consider");
    final Stage wait = stage("Wait");
    final Stage purchase = stage("Purchase");
    final Step browse = step(consider, "Browse", StepKind.ACTION);
    final Step compare = step(consider, "Compare", StepKind.DECISION);
    final Step pay = step(purchase, "Pay", StepKind.TOUCHPOINT);
    final Step call = step(purchase, "Call", StepKind.TOUCHPOINT);

    SmallJourney() {
        journey.setPersona(ann);
        browse.setEmotion(1);
        compare.getNext().add(call);
        pay.getChannels().add(web);
        pay.getChannels().add(phone);
        pay.setEmotion(-2);
        call.getChannels().add(phone);
    }

    private Channel channel(String name, ChannelKind kind) {
        Channel channel = add(model.getChannels(), named(FACTORY.createChannel(), name));
        channel.setKind(kind);
        return channel;
    }

    private Stage stage(String name) {
        return add(journey.getStages(), named(FACTORY.createStage(), name));
    }

    private static Step step(Stage stage, String name, StepKind kind) {
        Step step = add(stage.getSteps(), named(FACTORY.createStep(), name));
        step.setKind(kind);
        return step;
    }

    private static <T extends NamedElement> T named(T element, String name) {
        element.setName(name);
        return element;
    }

    private static <T extends EObject> T add(Collection<? super T> list, T element) {
        list.add(element);
        return element;
    }
}
