package org.journeystudio.viewpoint.tests.builtin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.journeystudio.model.journey.BlueprintLane;
import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.JourneyPackage;
import org.journeystudio.model.journey.Opportunity;
import org.journeystudio.model.journey.PainPoint;
import org.journeystudio.model.journey.Persona;
import org.journeystudio.model.journey.Stage;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.journey.StepKind;
import org.journeystudio.model.journey.SupportAction;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.model.persistence.JourneyResource;
import org.journeystudio.model.templates.JourneyTemplates;
import org.journeystudio.model.validation.JourneyDiagnostic;
import org.journeystudio.model.validation.JourneyValidation;
import org.journeystudio.model.validation.Severity;
import org.journeystudio.viewpoint.DeleteTool;
import org.journeystudio.viewpoint.DiagramDescription;
import org.journeystudio.viewpoint.EdgeCreationTool;
import org.journeystudio.viewpoint.MappingTool;
import org.journeystudio.viewpoint.NodeCreationTool;
import org.journeystudio.viewpoint.TableDescription;
import org.journeystudio.viewpoint.builtin.JourneyViewpoint;
import org.journeystudio.viewpoint.representation.Diagram;
import org.journeystudio.viewpoint.representation.Node;
import org.journeystudio.viewpoint.representation.RepresentationFactory;
import org.journeystudio.viewpoint.representation.Table;
import org.journeystudio.viewpoint.spec.Spec;
import org.journeystudio.viewpoint.sync.DiagramSynchronizer;
import org.journeystudio.viewpoint.sync.Evaluator;
import org.journeystudio.viewpoint.tools.EditingDomains;
import org.journeystudio.viewpoint.tools.TableTools;
import org.journeystudio.viewpoint.tools.ToolLookup;
import org.journeystudio.viewpoint.tools.ToolPrompt;
import org.journeystudio.viewpoint.tools.ToolRunner;
import org.junit.jupiter.api.Test;

/**
 * The authoring tools of the journey viewpoint on the blank template, headless: every element a
 * palette, a drag or a table menu creates, with the questions a tool asks answered by a prompt,
 * and all of it undone back to the template's bytes.
 */
class AuthoringToolsTest {

    private final Spec spec = JourneyViewpoint.spec();
    private final JourneyResource resource;
    private final JourneyModel model;
    private final Journey journey;
    private final AdapterFactoryEditingDomain domain;
    private final ToolRunner runner;
    private final byte[] blank;

    AuthoringToolsTest() throws IOException {
        resource = JourneyTemplates.create("blank", URI.createFileURI("/tmp/authoring-tools.journey"));
        model = JourneyPersistence.modelOf(resource);
        journey = model.getJourneys().get(0);
        domain = EditingDomains.create(resource.getResourceSet());
        runner = new ToolRunner(domain, spec);
        blank = JourneyPersistence.toBytes(resource);
    }

    @Test
    void journeyMapToolsNameUniquelyAndTouchpointsAskForTheirChannels() {
        Diagram map = diagram("journeyMap", journey);
        Stage first = journey.getStages().get(0);
        create(map, "createStep", first);
        assertEquals("Step 2", first.getSteps().get(1).getName(), "beside Step 1");
        domain.getCommandStack().execute(SetCommand.create(domain, first.getSteps().get(1),
                JourneyPackage.Literals.NAMED_ELEMENT__NAME, "Step 3"));
        refresh(map);
        create(map, "createStep", first);
        assertEquals("Step 4", first.getSteps().get(2).getName(), "neither Step 1 nor Step 3 again");
        undoAll();

        runner.setPrompt((question, candidates) -> {
            assertEquals("Channels of the new touchpoint", question.getLabel());
            return new ToolPrompt.Answer(List.of(), "Web shop");
        });
        create(map, "createTouchpoint", first);
        Step touchpoint = first.getSteps().get(1);
        assertEquals(StepKind.TOUCHPOINT, touchpoint.getKind());
        assertEquals("Web shop", model.getChannels().get(0).getName(), "a new channel of the map");
        assertEquals(model.getChannels(), touchpoint.getChannels());
        runner.setPrompt((question, candidates) -> {
            assertEquals(model.getChannels(), candidates, "the map's channels are offered");
            return new ToolPrompt.Answer(candidates, "");
        });
        create(map, "createTouchpoint", first);
        assertEquals(model.getChannels(), first.getSteps().get(2).getChannels());
        runner.setPrompt(ToolPrompt.NONE);
        create(map, "createTouchpoint", first);
        assertEquals(StepKind.ACTION, first.getSteps().get(3).getKind(), "answered with no channel, no JM003");
        create(map, "createDecision", first);
        assertEquals(StepKind.DECISION, first.getSteps().get(4).getKind());
        assertEquals("Decision 1", first.getSteps().get(4).getName());
        assertEquals(List.of(), errors(), "no tool left an error");
        undoAll();
    }

    @Test
    void journeyMapToolsAddPainsOpportunitiesThoughtsFeelingsAndEmotions() {
        Diagram map = diagram("journeyMap", journey);
        Step step = journey.getStages().get(0).getSteps().get(0);
        create(map, "createPainPoint", step);
        create(map, "createPainPoint", step);
        assertEquals(List.of("Pain point 1", "Pain point 2"), step.getPainPoints().stream().map(PainPoint::getName).toList());
        create(map, "createOpportunity", step.getPainPoints().get(0));
        Opportunity opportunity = model.getOpportunities().get(0);
        assertEquals(List.of(step.getPainPoints().get(0)), opportunity.getAddresses());
        refresh(map);
        EdgeCreationTool addresses = (EdgeCreationTool) tool(map, "linkAddresses");
        assertNotNull(runner.createEdge(addresses, view(map, "opportunity", opportunity),
                view(map, "painPoint", step.getPainPoints().get(1))));
        assertEquals(step.getPainPoints(), opportunity.getAddresses(), "the addresses edge adds the second pain");
        refresh(map);
        assertEquals(2, map.getEdges().stream().filter(edge -> "addresses".equals(edge.getMapping())).count());

        create(map, "addThought", step);
        create(map, "addFeeling", step);
        refresh(map);
        assertNotNull(runner.directEdit(view(map, "thought", step), "Will this be quick?"));
        assertNotNull(runner.directEdit(view(map, "feeling", step), "hopeful"));
        assertEquals("Will this be quick?", step.getThoughts());
        assertEquals("hopeful", step.getFeeling());
        assertEquals("Will this be quick?", runner.commands().directEditText(view(map, "thought", step)),
                "the thought is edited without its quotes");

        create(map, "addEmotion", step);
        assertEquals(0, step.getEmotion(), "an emotion starts in the middle of the scale");
        refresh(map);
        Node dot = view(map, "emotion", step);
        assertNotNull(runner.execute(runner.commands().dropView(dot, map, dot, 0.9)));
        assertEquals(2, step.getEmotion(), "dragged near the top: +2");
        refresh(map);
        assertNotNull(runner.execute(runner.commands().dropView(view(map, "emotion", step), map,
                view(map, "emotionsLane", journey), 0.3)));
        assertEquals(-1, step.getEmotion(), "dropped at 0.3 of the lane: snapped to -1");

        assertEquals(List.of(), errors(), "no tool left an error");
        undoAll();
    }

    @Test
    void dragsReorderStepsWithinAndAcrossStagesAndReorderStages() {
        Diagram map = diagram("journeyMap", journey);
        Stage first = journey.getStages().get(0);
        create(map, "createStep", first);
        create(map, "createStep", first);
        create(map, "createStage", first);
        Stage second = journey.getStages().get(1);
        assertEquals("Stage 2", second.getName());
        List<Step> steps = List.copyOf(first.getSteps());

        drop(map, "step", steps.get(0), "step", steps.get(2));
        assertEquals(List.of(steps.get(1), steps.get(2), steps.get(0)), first.getSteps(), "onto a later step: its place");
        drop(map, "step", steps.get(2), "stage", second);
        assertEquals(List.of(steps.get(2)), second.getSteps(), "onto a stage: at its end");
        drop(map, "step", steps.get(0), "step", steps.get(2));
        assertEquals(List.of(steps.get(0), steps.get(2)), second.getSteps(), "onto a step of another stage: before it");
        drop(map, "stage", second, "stage", first);
        assertEquals(List.of(second, first), journey.getStages(), "a stage onto another: its place");
        assertNull(runner.commands().dropView(view(map, "step", steps.get(1)), map, view(map, "step", steps.get(1)), null),
                "a step dropped onto itself stays");
        undoAll();
    }

    @Test
    void blueprintToolsAddSupportActionsInEachLaneWithTheirOwnerTeam() {
        Diagram blueprint = diagram("serviceBlueprint", journey);
        Step step = journey.getStages().get(0).getSteps().get(0);
        runner.setPrompt((question, candidates) -> new ToolPrompt.Answer(List.of(), "Billing"));
        create(blueprint, "createFrontstage", step);
        runner.setPrompt((question, candidates) -> {
            assertFalse(question.isMultiple(), "one owner");
            return new ToolPrompt.Answer(candidates, "");
        });
        create(blueprint, "createBackstage", step);
        create(blueprint, "createSupportProcess", step);
        runner.setPrompt(ToolPrompt.NONE);
        create(blueprint, "createEvidence", step);
        List<SupportAction> actions = step.getSupportActions();
        assertEquals(List.of(BlueprintLane.FRONTSTAGE, BlueprintLane.BACKSTAGE, BlueprintLane.SUPPORT_PROCESS,
                BlueprintLane.PHYSICAL_EVIDENCE), actions.stream().map(SupportAction::getLane).toList());
        assertEquals("Billing", model.getTeams().get(0).getName());
        assertEquals(model.getTeams().get(0), actions.get(0).getOwner());
        assertEquals(model.getTeams().get(0), actions.get(2).getOwner(), "an existing team chosen");
        assertNull(actions.get(3).getOwner(), "no team chosen");
        assertEquals("Backstage action 1", actions.get(1).getName());
        refresh(blueprint);
        assertNotNull(view(blueprint, "support", actions.get(2)));

        runner.setPrompt((question, candidates) -> new ToolPrompt.Answer(List.of(), "Print shop"));
        create(blueprint, "setOwnerTeam", actions.get(3));
        assertEquals("Print shop", actions.get(3).getOwner().getName(), "the owner tool on a made action: a new team");
        runner.setPrompt((question, candidates) -> new ToolPrompt.Answer(List.of(candidates.get(0)), ""));
        create(blueprint, "setOwnerTeam", actions.get(3));
        assertEquals(model.getTeams().get(0), actions.get(3).getOwner(), "and then one of the map's teams");
        assertEquals(2, model.getTeams().size());
        undoAll();
    }

    @Test
    void personaCardToolsAddListsAndTheQuoteEditedInPlace() {
        Persona persona = model.getPersonas().get(0);
        Diagram card = diagram("personaCard", persona);
        for (String name : List.of("addGoal", "addGoal", "addMotivation", "addBehaviour", "addFrustration", "addQuote")) {
            create(card, name, persona);
        }
        assertEquals(List.of("New goal 1", "New goal 2"), persona.getGoals());
        assertEquals(List.of("New motivation 1"), persona.getMotivations());
        assertEquals(1, persona.getBehaviors().size());
        assertEquals(1, persona.getFrustrations().size());
        refresh(card);
        assertEquals("New goal 1; New goal 2", runner.commands().directEditText(view(card, "goals", persona)));
        assertNotNull(runner.directEdit(view(card, "goals", persona), "Pay on time; Avoid fees ;"));
        assertEquals(List.of("Pay on time", "Avoid fees"), persona.getGoals());
        assertNotNull(runner.directEdit(view(card, "quote", persona), "I just want it done."));
        assertEquals("I just want it done.", persona.getQuote());
        undoAll();
    }

    @Test
    void tableToolsAddAndDeleteRows() {
        TableTools tools = new TableTools(runner.commands());
        Table pains = table("painPoints", journey);
        NodeCreationTool newPain = TableTools.of(description(pains), NodeCreationTool.class).get(0);
        assertNotNull(runner.execute(tools.createLine(newPain, pains, null)));
        Step step = journey.getStages().get(0).getSteps().get(0);
        PainPoint pain = step.getPainPoints().get(0);
        assertEquals("Pain point 1", pain.getName(), "on the journey's last step when nothing is selected");
        assertNotNull(runner.execute(tools.createLine(newPain, pains, pain)));
        assertEquals("Pain point 2", step.getPainPoints().get(1).getName(), "beside the selected one");
        DeleteTool deletePain = TableTools.of(description(pains), DeleteTool.class).get(0);
        assertNotNull(runner.execute(tools.deleteLines(deletePain, pains, List.copyOf(step.getPainPoints()))));
        assertTrue(step.getPainPoints().isEmpty());

        Table opportunities = table("opportunities", model);
        NodeCreationTool newOpportunity = TableTools.of(description(opportunities), NodeCreationTool.class).get(0);
        assertNotNull(runner.execute(tools.createLine(newOpportunity, opportunities, null)));
        assertEquals("Opportunity 1", model.getOpportunities().get(0).getName());
        DeleteTool deleteOpportunity = TableTools.of(description(opportunities), DeleteTool.class).get(0);
        assertNotNull(runner.execute(tools.deleteLines(deleteOpportunity, opportunities,
                List.of(model.getOpportunities().get(0)))));
        assertTrue(model.getOpportunities().isEmpty());
        undoAll();
    }

    private void create(Diagram diagram, String toolName, EObject clicked) {
        refresh(diagram);
        MappingTool tool = tool(diagram, toolName);
        Node on = clicked == null ? null : anyView(diagram, clicked);
        assertNotNull(runner.createNode(tool, diagram, on, null), toolName + " on " + clicked);
    }

    private void drop(Diagram diagram, String draggedMapping, EObject dragged, String targetMapping, EObject target) {
        refresh(diagram);
        assertNotNull(runner.execute(runner.commands().dropView(view(diagram, draggedMapping, dragged), diagram,
                view(diagram, targetMapping, target), null)));
    }

    private MappingTool tool(Diagram diagram, String name) {
        return (MappingTool) ToolLookup.of(spec, diagram).tools(MappingTool.class).stream()
                .filter(tool -> name.equals(tool.getName())).findFirst().orElseThrow();
    }

    private List<String> errors() {
        return JourneyValidation.validate(resource).stream().filter(d -> d.severity() == Severity.ERROR)
                .map(JourneyDiagnostic::toString).toList();
    }

    private void undoAll() {
        while (domain.getCommandStack().canUndo()) {
            domain.getCommandStack().undo();
        }
        try {
            assertArrayEquals(blank, JourneyPersistence.toBytes(resource), "undo gives the blank map back");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Diagram diagram(String description, EObject target) {
        Diagram diagram = RepresentationFactory.eINSTANCE.createDiagram();
        diagram.setTarget(target);
        diagram.setDescription(description);
        refresh(diagram);
        return diagram;
    }

    private Table table(String description, EObject target) {
        Table table = RepresentationFactory.eINSTANCE.createTable();
        table.setTarget(target);
        table.setDescription(description);
        return table;
    }

    private TableDescription description(Table table) {
        return (TableDescription) spec.description(table.getDescription());
    }

    private void refresh(Diagram diagram) {
        DiagramDescription description = (DiagramDescription) spec.description(diagram.getDescription());
        DiagramSynchronizer sync = new DiagramSynchronizer(new Evaluator(spec), description, diagram);
        sync.refresh();
        sync.dispose();
    }

    private static Node view(Diagram diagram, String mapping, EObject semantic) {
        return nodes(diagram).stream().filter(node -> node.getSemantic() == semantic && mapping.equals(node.getMapping()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + mapping + " view of " + semantic));
    }

    /** A view of the element that is not a lane (lanes show the journey itself). */
    private static Node anyView(Diagram diagram, EObject semantic) {
        return nodes(diagram).stream().filter(node -> node.getSemantic() == semantic && !node.getMapping().endsWith("Lane"))
                .findFirst().orElseGet(() -> nodes(diagram).stream().filter(node -> node.getSemantic() == semantic)
                        .findFirst().orElseThrow());
    }

    private static List<Node> nodes(Diagram diagram) {
        List<Node> all = new ArrayList<>();
        collect(diagram.getNodes(), all);
        return all;
    }

    private static void collect(List<Node> nodes, List<Node> into) {
        for (Node node : nodes) {
            into.add(node);
            collect(node.getChildren(), into);
        }
    }
}
