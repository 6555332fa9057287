package org.journeystudio.ui.tests.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.journeystudio.model.journey.BlueprintLane;
import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.NamedElement;
import org.journeystudio.model.journey.Persona;
import org.journeystudio.model.journey.Stage;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.journey.StepKind;
import org.journeystudio.model.journey.SupportAction;
import org.journeystudio.model.persistence.JourneyPersistence;

/** What {@link EndToEndMapTest} built, checked element by element in the saved file. */
final class EndToEndChecks {

    private EndToEndChecks() {
    }

    static void saved(Path path) throws Exception {
        JourneyModel saved = JourneyPersistence.modelOf(JourneyPersistence.load(path));
        assertEquals(List.of("Web"), names(saved.getChannels()), "the channel made with the touchpoint");
        assertEquals(List.of("Billing"), names(saved.getTeams()), "the team made with the frontstage action");
        Persona persona = saved.getPersonas().get(0);
        assertEquals(List.of("Pay on time", "No late fees"), persona.getGoals());
        assertEquals("I pay on the day the bill arrives.", persona.getQuote());

        Journey journey = saved.getJourneys().get(0);
        assertEquals(List.of("Stage 1", "Pay"), names(journey.getStages()));
        Stage first = journey.getStages().get(0);
        Stage second = journey.getStages().get(1);
        assertEquals(List.of("Step 1", "Pay now?"), names(first.getSteps()));
        assertEquals(List.of("Pay online", "Pay later", "Call us"), names(second.getSteps()));
        Step decision = first.getSteps().get(1);
        Step pay = second.getSteps().get(0);
        Step call = second.getSteps().get(2);
        assertEquals(StepKind.DECISION, decision.getKind());
        assertEquals(List.of(decision), first.getSteps().get(0).getNext());
        assertEquals(List.of(pay, second.getSteps().get(1)), decision.getNext(), "two branches");
        assertEquals(StepKind.TOUCHPOINT, pay.getKind());
        assertEquals(saved.getChannels(), pay.getChannels());
        assertEquals(-1, pay.getEmotion());
        assertEquals(List.of("Card declined"), names(pay.getPainPoints()));
        assertEquals(List.of("Long wait"), names(call.getPainPoints()));
        assertEquals(List.of("One-click pay"), names(saved.getOpportunities()));
        assertEquals(pay.getPainPoints(), saved.getOpportunities().get(0).getAddresses());

        List<SupportAction> actions = pay.getSupportActions();
        assertEquals(List.of("Show the amount", "Check the card", "Settle with the bank"), names(actions));
        assertEquals(List.of(BlueprintLane.FRONTSTAGE, BlueprintLane.BACKSTAGE, BlueprintLane.SUPPORT_PROCESS),
                map(actions, SupportAction::getLane));
        assertEquals(List.of(saved.getTeams().get(0), saved.getTeams().get(0), saved.getTeams().get(0)),
                map(actions, SupportAction::getOwner), "each action owned by the team");
        assertEquals(List.of("New journey", "Pay tomorrow"), names(saved.getJourneys()));
        assertTrue(Files.readString(path.resolveSibling("blank.journeyrep")).contains("Journey Map – Pay tomorrow"),
                "the second journey's Journey Map is stored");
    }

    private static List<String> names(List<? extends NamedElement> elements) {
        return map(elements, NamedElement::getName);
    }

    private static <T, R> List<R> map(List<? extends T> elements, Function<T, R> what) {
        return elements.stream().map(what).toList();
    }
}
