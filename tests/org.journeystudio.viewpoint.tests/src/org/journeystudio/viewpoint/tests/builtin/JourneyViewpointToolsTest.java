package org.journeystudio.viewpoint.tests.builtin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.journeystudio.model.journey.Channel;
import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.Stage;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.journey.StepKind;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.model.persistence.JourneyResource;
import org.journeystudio.model.templates.JourneyTemplates;
import org.journeystudio.viewpoint.DiagramDescription;
import org.journeystudio.viewpoint.EdgeCreationTool;
import org.journeystudio.viewpoint.NodeCreationTool;
import org.journeystudio.viewpoint.builtin.JourneyViewpoint;
import org.journeystudio.viewpoint.representation.Diagram;
import org.journeystudio.viewpoint.representation.Edge;
import org.journeystudio.viewpoint.representation.Node;
import org.journeystudio.viewpoint.representation.RepresentationFactory;
import org.journeystudio.viewpoint.spec.Spec;
import org.journeystudio.viewpoint.sync.DiagramSynchronizer;
import org.journeystudio.viewpoint.sync.Evaluator;
import org.journeystudio.viewpoint.tools.EditingDomains;
import org.journeystudio.viewpoint.tools.ToolLookup;
import org.journeystudio.viewpoint.tools.ToolPrompt;
import org.journeystudio.viewpoint.tools.ToolRunner;
import org.junit.jupiter.api.Test;

/** The palette tools of the journey map and the journey flow edit the model as their labels say, undoably. */
class JourneyViewpointToolsTest {

    private final Spec spec = JourneyViewpoint.spec();

    @Test
    void journeyMapCreatesStagesAndStepsRenamesTogglesAndDeletes() throws IOException {
        JourneyResource resource = JourneyTemplates.create("invoice-payment", URI.createFileURI("/tmp/tools-map.journey"));
        Journey journey = JourneyPersistence.modelOf(resource).getJourneys().get(0);
        byte[] before = JourneyPersistence.toBytes(resource);
        AdapterFactoryEditingDomain domain = EditingDomains.create(resource.getResourceSet());
        Diagram diagram = diagram(journey, "journeyMap");
        ToolRunner runner = new ToolRunner(domain, spec);
        ToolLookup lookup = ToolLookup.of(spec, diagram);
        int stages = journey.getStages().size();

        assertNotNull(runner.createNode(tool(lookup, "createStage"), diagram, null, null));
        Stage last = journey.getStages().get(stages);
        assertEquals("Stage 1", last.getName(), "the template's stages have names of their own");

        Node stageView = viewOf(diagram, journey.getStages().get(0));
        int steps = journey.getStages().get(0).getSteps().size();
        Channel web = JourneyPersistence.modelOf(resource).getChannels().get(0);
        runner.setPrompt((question, candidates) -> new ToolPrompt.Answer(List.of(web), ""));
        assertNotNull(runner.createNode(tool(lookup, "createTouchpoint"), diagram, stageView, null));
        Step touchpoint = journey.getStages().get(0).getSteps().get(steps);
        assertEquals(StepKind.TOUCHPOINT, touchpoint.getKind());
        assertEquals(List.of(web), touchpoint.getChannels(), "the channel the prompt chose");

        assertNotNull(runner.createNode(tool(lookup, "createStep"), diagram, null, null));
        assertEquals(1, last.getSteps().size(), "a click on no stage puts the step into the last stage");

        refresh(diagram);
        Node stepView = viewOf(diagram, touchpoint);
        assertNotNull(runner.directEdit(stepView, "Pay by phone"));
        assertEquals("Pay by phone", touchpoint.getName());
        assertNull(runner.doubleClick(stepView), "a double click changes nothing: it edits the label");
        assertNotNull(runner.createNode(tool(lookup, "toggleMomentOfTruth"), diagram, stepView, null));
        assertTrue(touchpoint.isMomentOfTruth(), "the explicit tool toggles the moment of truth");
        assertNotNull(runner.delete(List.of(stepView)));
        assertEquals(steps, journey.getStages().get(0).getSteps().size());

        while (domain.getCommandStack().canUndo()) {
            domain.getCommandStack().undo();
        }
        assertArrayEquals(before, JourneyPersistence.toBytes(resource), "undo restores the model");
    }

    @Test
    void journeyFlowLinksStepsWithNext() throws IOException {
        Flow flow = supportCallFlow();
        Journey journey = flow.journey();
        Diagram diagram = flow.diagram();
        ToolRunner runner = flow.runner();
        ToolLookup lookup = ToolLookup.of(spec, diagram);
        Step first = journey.getStages().get(0).getSteps().get(0);
        Stage lastStage = journey.getStages().get(journey.getStages().size() - 1);
        Step last = lastStage.getSteps().get(lastStage.getSteps().size() - 1);

        EdgeCreationTool link = lookup.tools(EdgeCreationTool.class).get(0);
        assertNotNull(runner.createEdge(link, viewOf(diagram, last), viewOf(diagram, first)));
        assertTrue(last.getNext().contains(first), "a loop back to the start");

        int count = journey.getStages().size();
        assertNotNull(runner.createNode(tool(lookup, "createStage"), diagram, viewOf(diagram, first), null));
        assertEquals(count + 1, journey.getStages().size());
        assertEquals(1, journey.getStages().get(count).getSteps().size(), "a new stage in the flow starts with a step");
    }

    @Test
    void journeyFlowDeletesANextLinkButNotTheImplicitEdgeToTheFollowingStep() throws IOException {
        Flow flow = supportCallFlow();
        Diagram diagram = flow.diagram();
        ToolRunner runner = flow.runner();
        AdapterFactoryEditingDomain domain = flow.domain();
        Edge linked = diagram.getEdges().stream()
                .filter(edge -> ((Step) edge.getSemantic()).getNext().contains(edge.getTarget().getSemantic()))
                .findFirst().orElseThrow();
        Step source = (Step) linked.getSemantic();
        List<Step> before = List.copyOf(source.getNext());

        assertNotNull(runner.delete(List.of(linked)));
        List<Step> expected = new ArrayList<>(before);
        expected.remove(linked.getTarget().getSemantic());
        assertEquals(expected, source.getNext(), "the target is no longer a next step of the source");
        domain.getCommandStack().undo();
        assertEquals(before, source.getNext(), "undo links it again");

        refresh(diagram);
        Edge implicit = diagram.getEdges().stream()
                .filter(edge -> ((Step) edge.getSemantic()).getNext().isEmpty()).findFirst().orElseThrow();
        assertNull(runner.delete(List.of(implicit)), "the edge to the following step is not a link to delete");
    }

    /** The journey flow of the support-call template's first journey, with a tool runner on its own command stack. */
    private record Flow(Journey journey, AdapterFactoryEditingDomain domain, Diagram diagram, ToolRunner runner) {
    }

    private Flow supportCallFlow() throws IOException {
        JourneyResource resource = JourneyTemplates.create("support-call", URI.createFileURI("/tmp/tools-flow.journey"));
        Journey journey = JourneyPersistence.modelOf(resource).getJourneys().get(0);
        AdapterFactoryEditingDomain domain = EditingDomains.create(resource.getResourceSet());
        Diagram diagram = diagram(journey, "journeyFlow");
        return new Flow(journey, domain, diagram, new ToolRunner(domain, spec));
    }

    private Diagram diagram(Journey journey, String description) {
        Diagram diagram = RepresentationFactory.eINSTANCE.createDiagram();
        diagram.setTarget(journey);
        diagram.setDescription(description);
        refresh(diagram);
        return diagram;
    }

    private void refresh(Diagram diagram) {
        DiagramDescription description = (DiagramDescription) spec.description(diagram.getDescription());
        DiagramSynchronizer sync = new DiagramSynchronizer(new Evaluator(spec), description, diagram);
        sync.refresh();
        sync.dispose();
    }

    private static NodeCreationTool tool(ToolLookup lookup, String name) {
        return lookup.tools(NodeCreationTool.class).stream().filter(tool -> name.equals(tool.getName())).findFirst()
                .orElseThrow();
    }

    private static Node viewOf(Diagram diagram, Object semantic) {
        List<Node> all = new ArrayList<>();
        collect(diagram.getNodes(), all);
        return all.stream().filter(node -> node.getSemantic() == semantic).findFirst().orElseThrow();
    }

    private static void collect(List<Node> nodes, List<Node> into) {
        for (Node node : nodes) {
            into.add(node);
            collect(node.getChildren(), into);
        }
    }
}
