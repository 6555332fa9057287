package org.journeystudio.model.tests.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.journeystudio.model.tests.ModelBuilder.journey;
import static org.journeystudio.model.tests.ModelBuilder.stage;
import static org.journeystudio.model.tests.ModelBuilder.step;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.JourneyFactory;
import org.journeystudio.model.journey.Stage;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.query.StepFlow;
import org.journeystudio.model.tests.SampleMap;
import org.junit.jupiter.api.Test;

/** The flow of steps: next references, document order across stages, the entry, reachability. */
class StepFlowTest {

    private final SampleMap map = new SampleMap();

    @Test
    void stepsAreInDocumentOrderAcrossStages() {
        assertEquals(List.of(map.browse, map.compare, map.pay, map.call, map.done), StepFlow.steps(map.current));
    }

    @Test
    void theEntryIsTheFirstStepOfTheFirstStageWithSteps() {
        assertEquals(Optional.of(map.browse), StepFlow.entry(map.current));
        Stage empty = JourneyFactory.eINSTANCE.createStage();
        map.current.getStages().add(0, empty);
        assertEquals(Optional.of(map.browse), StepFlow.entry(map.current));
        assertEquals(Optional.empty(), StepFlow.entry(journey(map.model, "Nothing yet", map.ann)));
    }

    @Test
    void successorsAreNextElseTheFollowingStep() {
        assertEquals(List.of(map.compare), StepFlow.successors(map.browse));
        assertEquals(List.of(map.pay, map.call), StepFlow.successors(map.compare));
        assertEquals(List.of(map.done), StepFlow.successors(map.call));
        assertEquals(List.of(), StepFlow.successors(map.done));
        map.compare.getNext().clear();
        assertEquals(List.of(map.pay), StepFlow.successors(map.compare), "across the stage boundary");
    }

    @Test
    void theFollowingStepSkipsEmptyStages() {
        map.current.getStages().add(1, JourneyFactory.eINSTANCE.createStage());
        map.compare.getNext().clear();
        assertEquals(List.of(map.pay), StepFlow.successors(map.compare));
    }

    @Test
    void reachableFollowsBranchesAndLoops() {
        assertEquals(Set.of(map.browse, map.compare, map.pay, map.call, map.done), StepFlow.reachable(map.current));
        map.done.getNext().add(map.compare);
        map.compare.getNext().remove(map.call);
        assertEquals(Set.of(map.browse, map.compare, map.pay, map.done), StepFlow.reachable(map.current));
    }

    @Test
    void reachableIgnoresStepsOfOtherJourneys() {
        map.compare.getNext().clear();
        map.compare.getNext().add(map.futurePay);
        assertEquals(Set.of(map.browse, map.compare), StepFlow.reachable(map.current));
        assertEquals(Set.of(map.futurePay), StepFlow.reachable(map.future));
    }

    @Test
    void aLongJourneyIsWalkedInLinearTime() {
        Journey journey = journey(map.model, "Long", map.ann);
        Stage stage = stage(journey, "All");
        for (int i = 0; i < 200_000; i++) {
            step(stage, "Step " + i);
        }
        long start = System.nanoTime();
        assertEquals(200_000, StepFlow.reachable(journey).size());
        // Quadratic work (an indexOf per step) would take minutes; linear work takes milliseconds.
        assertTrue(System.nanoTime() - start < 20_000_000_000L);
    }

    @Test
    void journeyOfFindsTheContainingJourney() {
        assertSame(map.current, StepFlow.journeyOf(map.pay));
        Step loose = JourneyFactory.eINSTANCE.createStep();
        assertNull(StepFlow.journeyOf(loose));
        assertEquals(List.of(), StepFlow.successors(loose));
    }
}
