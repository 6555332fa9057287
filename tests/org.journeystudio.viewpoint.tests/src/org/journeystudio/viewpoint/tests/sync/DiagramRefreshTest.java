package org.journeystudio.viewpoint.tests.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.Opportunity;
import org.journeystudio.model.journey.OpportunityStatus;
import org.journeystudio.model.journey.PainPoint;
import org.journeystudio.model.journey.Stage;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.journey.StepKind;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.model.query.StepFlow;
import org.journeystudio.viewpoint.representation.Diagram;
import org.journeystudio.viewpoint.representation.Edge;
import org.journeystudio.viewpoint.representation.Node;
import org.journeystudio.viewpoint.spec.Spec;
import org.journeystudio.viewpoint.sync.DiagramSynchronizer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A full refresh of the test specification on a template gives the views the specification describes. */
class DiagramRefreshTest {

    private Spec spec;
    private JourneyModel model;

    @BeforeEach
    void load() {
        spec = Fixtures.spec("diagram.viewpoint");
        model = JourneyPersistence.modelOf(Fixtures.template("ecommerce-purchase"));
    }

    @Test
    void containersHoldTheStagesAndStepsOfEveryJourney() {
        Diagram diagram = Fixtures.flow(spec, model).diagram();
        List<Node> journeys = nodes(diagram, "journey");
        assertEquals(model.getJourneys().size(), journeys.size());
        for (int j = 0; j < journeys.size(); j++) {
            Journey journey = model.getJourneys().get(j);
            Node view = journeys.get(j);
            assertEquals(journey, view.getSemantic());
            assertEquals(journey.getName() + " (" + journey.getKind().getName() + ")", view.getLabel());
            assertTrue(view.isContainer());
            assertEquals(journey.getStages().size(), view.getChildren().size());
            for (int s = 0; s < journey.getStages().size(); s++) {
                Stage stage = journey.getStages().get(s);
                Node stageView = view.getChildren().get(s);
                assertEquals(stage.getName(), stageView.getLabel(), "no label expression: the name");
                assertEquals(stage.getSteps(), stageView.getChildren().stream().map(Node::getSemantic).toList());
            }
        }
    }

    @Test
    void borderedNodesShowPainPointsSizedAndColouredBySeverity() {
        Diagram diagram = Fixtures.flow(spec, model).diagram();
        List<Node> pains = nodes(diagram, "pain");
        long expected = model.getJourneys().stream().flatMap(j -> j.getStages().stream())
                .flatMap(s -> s.getSteps().stream()).mapToLong(s -> s.getPainPoints().size()).sum();
        assertTrue(expected > 0);
        assertEquals(expected, pains.size());
        for (Node pain : pains) {
            PainPoint point = (PainPoint) pain.getSemantic();
            assertEquals(point.getSeverity() >= 4 ? "#d93025" : "#fbbc04", pain.getStyle().getFillColor());
            assertEquals(8 + point.getSeverity() * 2, pain.getStyle().getWidth());
            assertEquals("ELLIPSE", pain.getStyle().getShape());
        }
    }

    @Test
    void conditionalStylesApplyInOrderAndComputedColoursFollowEmotion() {
        Diagram diagram = Fixtures.flow(spec, model).diagram();
        for (Node view : nodes(diagram, "step")) {
            Step step = (Step) view.getSemantic();
            String expectedShape = step.getKind() == StepKind.DECISION ? "DIAMOND" : "ROUNDED";
            assertEquals(expectedShape, view.getStyle().getShape(), step.getName());
            if (step.getKind() != StepKind.DECISION && step.isMomentOfTruth()) {
                assertEquals("#fde68a", view.getStyle().getFillColor());
                assertTrue(view.getStyle().isLabelBold());
            } else if (step.getKind() != StepKind.DECISION) {
                String colour = !step.isSetEmotion() ? "#eeeeee" : step.getEmotion() < 0 ? "#fce8e6" : "#e6f4ea";
                assertEquals(colour, view.getStyle().getFillColor(), step.getName());
                assertEquals(step.getKind() == StepKind.TOUCHPOINT ? "touchpoint" : "step", view.getStyle().getIcon());
            }
        }
    }

    @Test
    void relationEdgesFollowTheFlowAndElementEdgesTheAddressedPainPoints() {
        Diagram diagram = Fixtures.flow(spec, model).diagram();
        long flow = model.getJourneys().stream().flatMap(j -> j.getStages().stream())
                .flatMap(s -> s.getSteps().stream()).mapToLong(s -> StepFlow.successors(s).size()).sum();
        assertEquals(flow, edges(diagram, "next").size());
        for (Edge edge : edges(diagram, "next")) {
            assertTrue(StepFlow.successors((Step) edge.getSource().getSemantic()).contains(edge.getTarget().getSemantic()));
        }
        long addressed = model.getOpportunities().stream().filter(o -> o.getStatus() != OpportunityStatus.DISCARDED)
                .mapToLong(o -> o.getAddresses().size()).sum();
        List<Edge> addresses = edges(diagram, "addresses");
        assertEquals(addressed, addresses.size());
        addresses.forEach(edge -> assertEquals("addresses", edge.getLabel()));
        addresses.forEach(edge -> assertEquals("DOT", edge.getStyle().getLineStyle()));
    }

    @Test
    void preconditionLeavesOutDiscardedOpportunities() {
        Opportunity discarded = model.getOpportunities().get(0);
        discarded.setStatus(OpportunityStatus.DISCARDED);
        Diagram diagram = Fixtures.flow(spec, model).diagram();
        List<Node> opportunities = nodes(diagram, "opportunity");
        long kept = model.getOpportunities().stream().filter(o -> o.getStatus() != OpportunityStatus.DISCARDED).count();
        assertEquals(kept, opportunities.size());
        assertFalse(opportunities.stream().anyMatch(node -> node.getSemantic() == discarded));
        Opportunity shown = model.getOpportunities().stream().filter(o -> o.getStatus() != OpportunityStatus.DISCARDED)
                .findFirst().orElseThrow();
        Node view = opportunities.stream().filter(node -> node.getSemantic() == shown).findFirst().orElseThrow();
        assertEquals(shown.getName() + " (impact " + shown.getImpact() + ", effort " + shown.getEffort() + ")",
                view.getLabel());
    }

    @Test
    void optionalLayerAddsItsMappingsOnlyWhenActive() {
        Diagram without = Fixtures.flow(spec, model).diagram();
        assertTrue(nodes(without, "persona").isEmpty());
        Diagram with = Fixtures.flow(spec, model, "people").diagram();
        assertEquals(model.getPersonas().size(), nodes(with, "persona").size());
        long followed = model.getJourneys().stream().filter(j -> j.getPersona() != null).count();
        assertEquals(followed, edges(with, "follows").size());
    }

    @Test
    void filtersHideViewsAllOrByCondition() {
        DiagramSynchronizer sync = Fixtures.flow(spec, model);
        Diagram diagram = sync.diagram();
        diagram.getActiveFilters().add("hideAssessed");
        sync.refreshIncremental();
        for (Node view : nodes(diagram, "step")) {
            assertEquals(!((Step) view.getSemantic()).isSetEmotion(), view.isVisible());
        }
        diagram.getActiveFilters().add("hideOpportunities");
        sync.refreshIncremental();
        assertTrue(nodes(diagram, "opportunity").stream().noneMatch(Node::isVisible));
        diagram.getActiveFilters().clear();
        sync.refreshIncremental();
        assertTrue(nodes(diagram, "step").stream().allMatch(Node::isVisible));
    }

    static List<Node> nodes(Diagram diagram, String mapping) {
        List<Node> found = new ArrayList<>();
        collect(diagram.getNodes(), node -> mapping.equals(node.getMapping()), found);
        return found;
    }

    private static void collect(List<Node> nodes, Predicate<Node> test, List<Node> found) {
        for (Node node : nodes) {
            if (test.test(node)) {
                found.add(node);
            }
            collect(node.getBorderedNodes(), test, found);
            collect(node.getChildren(), test, found);
        }
    }

    static List<Edge> edges(Diagram diagram, String mapping) {
        return diagram.getEdges().stream().filter(edge -> mapping.equals(edge.getMapping())).toList();
    }
}
