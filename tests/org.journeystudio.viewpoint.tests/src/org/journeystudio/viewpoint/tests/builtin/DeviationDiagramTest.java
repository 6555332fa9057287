package org.journeystudio.viewpoint.tests.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.model.query.StepFlow;
import org.journeystudio.model.templates.JourneyTemplates;
import org.journeystudio.viewpoint.DiagramDescription;
import org.journeystudio.viewpoint.builtin.JourneyViewpoint;
import org.journeystudio.viewpoint.representation.Diagram;
import org.journeystudio.viewpoint.representation.Edge;
import org.journeystudio.viewpoint.representation.Node;
import org.journeystudio.viewpoint.representation.RepresentationFactory;
import org.journeystudio.viewpoint.spec.Applicability;
import org.journeystudio.viewpoint.spec.Spec;
import org.journeystudio.viewpoint.sync.DiagramSynchronizer;
import org.journeystudio.viewpoint.sync.Evaluator;
import org.junit.jupiter.api.Test;

/** The Deviation diagram of the onboarding template: two rows aligned by correspondence, both curves, a moved edge. */
class DeviationDiagramTest {

    private final Spec spec = JourneyViewpoint.spec();
    private final DiagramDescription description = (DiagramDescription) spec.description("deviation");
    private JourneyModel model;
    private Journey actual;
    private Journey planned;

    private Diagram refresh() throws IOException {
        model = JourneyPersistence.modelOf(JourneyTemplates.create("onboarding-planned-actual",
                URI.createFileURI("/tmp/onboarding-planned-actual.journey")));
        planned = model.getJourneys().get(0);
        actual = model.getJourneys().get(1);
        Diagram diagram = RepresentationFactory.eINSTANCE.createDiagram();
        diagram.setTarget(actual);
        Evaluator evaluator = new Evaluator(spec);
        DiagramSynchronizer sync = new DiagramSynchronizer(evaluator, description, diagram);
        sync.refresh();
        assertTrue(evaluator.problems().isEmpty(), evaluator.problems().toString());
        sync.dispose();
        return diagram;
    }

    @Test
    void appliesOnlyToAJourneyWithABaseline() throws IOException {
        refresh();
        assertTrue(Applicability.appliesTo(spec, description, actual));
        assertFalse(Applicability.appliesTo(spec, description, planned));
        assertFalse(Applicability.appliesTo(spec, description, model));
        assertTrue(Applicability.appliesTo(spec, spec.description("journeyMap"), planned));
    }

    @Test
    void lanesHoldTheColumnsTheBaselineTheJourneyAndBothCurves() throws IOException {
        Diagram diagram = refresh();
        List<Node> lanes = diagram.getNodes();
        assertEquals(List.of("Change", "Planned", "Actual", "Emotions"), lanes.stream().map(Node::getLabel).toList());
        List<String> headings = lanes.get(0).getChildren().stream().map(Node::getLabel).toList();
        assertEquals(List.of("Kept", "Kept", "Split", "Split", "Moved", "Merged", "Kept", "Moved",
                "Kept · channel switch", "Kept · channel switch", "Skipped", "Added"), headings);
        assertEquals(StepFlow.steps(planned), semantics(lanes.get(1)));
        assertEquals(StepFlow.steps(actual), semantics(lanes.get(2)));
        assertEquals(20, lanes.get(3).getChildren().size(), "every step of both journeys is assessed");
        Map<String, Long> edges = diagram.getEdges().stream().collect(Collectors.groupingBy(Edge::getMapping,
                Collectors.counting()));
        assertEquals(Map.of("baselineCurve", 9L, "deviationCurve", 9L, "moved", 1L), edges);
    }

    @Test
    void correspondingStepsShareAColumnAndAMovedStepStandsApart() throws IOException {
        Diagram diagram = refresh();
        Map<Step, Node> baseline = bySemantic(diagram.getNodes().get(1));
        Map<Step, Node> journey = bySemantic(diagram.getNodes().get(2));
        Step sign = step(planned, "Sign the account agreement");
        Step deposit = step(planned, "Make the first deposit");
        Step merged = step(actual, "Make the first deposit");
        assertSame(merged, baseline.get(sign).getColumn());
        assertSame(merged, baseline.get(deposit).getColumn());
        Step plannedOnline = step(planned, "Set up online banking");
        Step actualOnline = step(actual, "Set up online banking");
        assertSame(plannedOnline, baseline.get(plannedOnline).getColumn());
        assertSame(actualOnline, journey.get(actualOnline).getColumn());
        Edge moved = diagram.getEdges().stream().filter(e -> "moved".equals(e.getMapping())).findFirst().orElseThrow();
        assertSame(plannedOnline, moved.getSource().getSemantic());
        assertSame(actualOnline, moved.getTarget().getSemantic());
        Node skipped = baseline.get(step(planned, "Attend the welcome call"));
        assertEquals("DASH", skipped.getStyle().getBorderStyle());
        Node added = journey.get(step(actual, "Call support about a blocked first payment"));
        assertEquals("#dcfce7", added.getStyle().getFillColor());
        Node switched = journey.get(step(actual, "Collect the debit card at the branch"));
        assertEquals("Channel switch: Mail → Branch", switched.getDetail());
        assertEquals("#dc2626", switched.getStyle().getBorderColor());
    }

    private static List<Object> semantics(Node lane) {
        return lane.getChildren().stream().map(Node::getSemantic).collect(Collectors.toList());
    }

    private static Map<Step, Node> bySemantic(Node lane) {
        return lane.getChildren().stream().collect(Collectors.toMap(n -> (Step) n.getSemantic(), n -> n));
    }

    private static Step step(Journey journey, String name) {
        return StepFlow.steps(journey).stream().filter(s -> name.equals(s.getName())).findFirst().orElseThrow();
    }
}
