package org.journeystudio.viewpoint.tests.tools;

import static org.journeystudio.viewpoint.tests.tools.ToolFixture.assertSameBytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.journeystudio.model.journey.Stage;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.journey.StepKind;
import org.journeystudio.viewpoint.ContainerCreationTool;
import org.journeystudio.viewpoint.DropTool;
import org.journeystudio.viewpoint.EdgeCreationTool;
import org.journeystudio.viewpoint.NodeCreationTool;
import org.journeystudio.viewpoint.ReconnectTool;
import org.journeystudio.viewpoint.representation.Node;
import org.journeystudio.viewpoint.representation.RepresentationFactory;
import org.journeystudio.viewpoint.representation.ViewState;
import org.journeystudio.viewpoint.tools.Position;
import org.journeystudio.viewpoint.tools.ToolCommands;
import org.journeystudio.viewpoint.tools.ToolException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every tool kind of specs/tools.viewpoint through the runner: the semantic result and the
 * refreshed views, then undo (the model byte for byte and the views as before) and redo (the
 * same result again).
 */
class ToolRunnerTest {

    private ToolFixture f;

    @BeforeEach
    void open() {
        f = ToolFixture.open("ecommerce-purchase");
    }

    /** Runs the action, checks its result, undoes it, checks the start, redoes it and checks the result again. */
    private void undoable(Supplier<Command> action, Runnable check) {
        byte[] before = f.bytes();
        String viewsBefore = f.views();
        assertNotNull(action.get(), "the tool applies");
        f.refresh();
        check.run();
        byte[] after = f.bytes();
        String viewsAfter = f.views();
        assertFalse(Arrays.equals(before, after), "the tool changed the model");
        f.undo();
        assertSameBytes(before, f.bytes(), "after undo");
        assertEquals(viewsBefore, f.views(), "views after undo");
        f.redo();
        assertSameBytes(after, f.bytes(), "after redo");
        assertEquals(viewsAfter, f.views(), "views after redo");
        check.run();
    }

    private Stage stage(int index) {
        return f.journey.getStages().get(index);
    }

    @Test
    void nodeCreationAddsALinkedStepShownAtTheDropPosition() {
        Stage stage = stage(0);
        int count = stage.getSteps().size();
        List<Step> dangling = stage.getSteps().stream().filter(step -> step.getNext().isEmpty()).toList();
        assertFalse(dangling.isEmpty());
        NodeCreationTool tool = f.tool("newStep", NodeCreationTool.class);
        undoable(() -> f.runner.createNode(tool, f.diagram, f.stageView(stage), new Position(40, 60)), () -> {
            assertEquals(count + 1, stage.getSteps().size());
            Step created = stage.getSteps().get(count);
            assertEquals("Step " + (count + 1), created.getName());
            assertEquals(StepKind.TOUCHPOINT, created.getKind());
            assertTrue(created.isSetEmotion());
            assertEquals(0, created.getEmotion());
            for (Step step : dangling) {
                assertEquals(List.of(created), step.getNext(), step.getName() + " leads to the new step");
                assertNotNull(f.edge(step, created));
            }
            Node view = f.stepView(created);
            assertEquals(created.getName(), view.getLabel());
            assertSame(f.stageView(stage), view.eContainer());
            assertNotNull(view.getState(), "the drop position is stored");
            assertEquals(40, view.getState().getX());
            assertEquals(60, view.getState().getY());
        });
    }

    @Test
    void containerCreationNestsAStepAndUsesItsVariable() {
        int count = f.journey.getStages().size();
        ContainerCreationTool tool = f.tool("newStage", ContainerCreationTool.class);
        undoable(() -> f.runner.createNode(tool, f.diagram, null, new Position(300, 20)), () -> {
            Stage created = stage(count);
            String name = "Stage " + (count + 1);
            assertEquals(name, created.getName());
            assertEquals("Goal of " + name, created.getGoal());
            assertEquals(List.of("Start of " + name), created.getSteps().stream().map(Step::getName).toList());
            Node view = f.stageView(created);
            assertEquals(name, view.getLabel());
            assertEquals(List.of("Start of " + name), view.getChildren().stream().map(Node::getLabel).toList());
            assertEquals(300, view.getState().getX());
        });
    }

    @Test
    void edgeCreationPutsTheTargetFirstAndItsPreconditionRefusesLoops() {
        Step source = stage(1).getSteps().get(0);
        Step target = stage(1).getSteps().get(2);
        EdgeCreationTool tool = f.tool("link", EdgeCreationTool.class);
        undoable(() -> f.runner.createEdge(tool, f.stepView(source), f.stepView(target)), () -> {
            assertSame(target, source.getNext().get(0));
            assertEquals(target.getName(), f.edge(source, target).getTarget().getLabel());
        });
        byte[] before = f.bytes();
        assertFalse(f.runner.commands().createEdge(tool, f.stepView(source), f.stepView(source)).canExecute());
        assertNull(f.runner.createEdge(tool, f.stepView(source), f.stepView(source)));
        assertSameBytes(before, f.bytes(), "a refused tool changes nothing");
    }

    @Test
    void deleteToolRemovesTheStepItsReferencesAndItsStoredState() {
        Step first = stage(1).getSteps().get(0);
        Step second = stage(1).getSteps().get(1);
        first.getNext().add(second);
        ViewState state = RepresentationFactory.eINSTANCE.createViewState();
        state.setMapping("step");
        state.setSemantic(second);
        state.setX(7);
        f.diagram.getStates().add(state);
        f.refresh();
        undoable(() -> f.runner.delete(List.of(f.stepView(second))), () -> {
            assertFalse(stage(1).getSteps().contains(second));
            assertFalse(first.getNext().contains(second));
            assertFalse(f.diagram.getStates().contains(state));
            assertTrue(f.stepViews().stream().noneMatch(view -> view.getSemantic() == second));
        });
    }

    @Test
    void deleteToolPreconditionKeepsMomentsOfTruth() {
        Step step = stage(0).getSteps().get(0);
        step.setMomentOfTruth(true);
        f.refresh();
        byte[] before = f.bytes();
        assertNull(f.runner.delete(List.of(f.stepView(step))));
        assertSameBytes(before, f.bytes(), "nothing deleted");
        assertFalse(f.domain.getCommandStack().canUndo());
    }

    @Test
    void defaultDeleteOfAStageRemovesItsStepsAndEveryReferenceToThem() {
        Stage doomed = stage(0);
        Step outside = stage(1).getSteps().get(0);
        Step inside = doomed.getSteps().get(1);
        outside.getNext().add(inside);
        f.refresh();
        undoable(() -> f.runner.delete(List.of(f.stageView(doomed), f.stepView(inside))), () -> {
            assertFalse(f.journey.getStages().contains(doomed));
            assertTrue(outside.getNext().isEmpty());
            assertTrue(f.diagram.getNodes().stream().noneMatch(view -> view.getSemantic() == doomed));
        });
    }

    @Test
    void defaultDeleteOfARelationEdgeRemovesTheReference() {
        Step source = stage(2).getSteps().get(0);
        Step target = stage(2).getSteps().get(1);
        source.getNext().add(target);
        f.refresh();
        undoable(() -> f.runner.delete(List.of(f.edge(source, target))), () -> {
            assertFalse(source.getNext().contains(target));
            assertTrue(f.diagram.getEdges().stream().noneMatch(edge -> edge.getSemantic() == source));
            assertTrue(stage(2).getSteps().contains(target), "the elements stay");
        });
    }

    @Test
    void reconnectMovesTheTargetEndOnly() {
        Step source = stage(1).getSteps().get(0);
        Step oldTarget = stage(1).getSteps().get(1);
        Step newTarget = stage(1).getSteps().get(2);
        source.getNext().add(oldTarget);
        f.refresh();
        ReconnectTool tool = f.tool("retarget", ReconnectTool.class);
        assertNull(f.runner.reconnect(tool, f.edge(source, oldTarget), f.stepView(newTarget), ToolCommands.End.SOURCE),
                "the tool only moves target ends");
        undoable(() -> f.runner.reconnect(tool, f.edge(source, oldTarget), f.stepView(newTarget), ToolCommands.End.TARGET),
                () -> {
                    assertEquals(List.of(newTarget), source.getNext());
                    assertNotNull(f.edge(source, newTarget));
                });
    }

    @Test
    void directEditSplitsTheTextByTheEditMask() {
        Step step = stage(0).getSteps().get(1);
        undoable(() -> f.runner.directEdit(f.stepView(step), "Ask a friend (2)"), () -> {
            assertEquals("Ask a friend", step.getName());
            assertEquals(2, step.getEmotion());
            assertEquals("Ask a friend", f.stepView(step).getLabel());
        });
        undoable(() -> f.runner.directEdit(f.stepView(step), "Unsure ()"), () -> {
            assertEquals("Unsure", step.getName());
            assertFalse(step.isSetEmotion(), "an empty emotion unsets it");
        });
    }

    @Test
    void directEditWithoutToolRenames() {
        Stage stage = stage(0);
        undoable(() -> f.runner.directEdit(f.stageView(stage), "Discovery"), () -> {
            assertEquals("Discovery", stage.getName());
            assertEquals("Discovery", f.stageView(stage).getLabel());
        });
    }

    @Test
    void aValueOfTheWrongTypeLeavesTheModelUnchanged() {
        Step step = stage(0).getSteps().get(1);
        String name = step.getName();
        byte[] before = f.bytes();
        String views = f.views();
        ToolException failure = assertThrows(ToolException.class,
                () -> f.runner.directEdit(f.stepView(step), "Renamed (very happy)"));
        assertTrue(failure.getMessage().contains("Step.emotion"), failure.getMessage());
        assertTrue(failure.getMessage().startsWith("toolsTest / flow / default / editStep"), failure.getMessage());
        assertEquals(name, step.getName(), "the name set before the failure is undone");
        f.refresh();
        assertSameBytes(before, f.bytes(), "after a failed tool");
        assertEquals(views, f.views());
        assertFalse(f.domain.getCommandStack().canUndo(), "a failed tool leaves nothing to undo");
    }

    @Test
    void anUnknownFeatureAtRunTimeLeavesTheModelUnchanged() {
        Stage stage = stage(0);
        String goal = stage.getGoal();
        byte[] before = f.bytes();
        ToolException failure = assertThrows(ToolException.class, () -> f.runner.doubleClick(f.stageView(stage)));
        assertTrue(failure.getMessage().contains("Stage has no feature 'persona'"), failure.getMessage());
        assertEquals(goal, stage.getGoal());
        assertSameBytes(before, f.bytes(), "after a failed tool");
    }

    @Test
    void doubleClickTogglesTheMomentOfTruth() {
        Step step = stage(0).getSteps().get(0);
        undoable(() -> f.runner.doubleClick(f.stepView(step)), () -> assertTrue(step.isMomentOfTruth()));
        undoable(() -> f.runner.doubleClick(f.stepView(step)), () -> assertFalse(step.isMomentOfTruth()));
    }

    @Test
    void dropMovesAStepToTheFrontOfAnotherStage() {
        Step step = stage(0).getSteps().get(2);
        DropTool tool = f.tool("moveStep", DropTool.class);
        undoable(() -> f.runner.drop(tool, step, f.diagram, f.stageView(stage(1))), () -> {
            assertSame(stage(1), step.eContainer());
            assertSame(step, stage(1).getSteps().get(0));
            assertSame(f.stageView(stage(1)), f.stepView(step).eContainer());
        });
    }

    @Test
    void dropWithinItsStageReordersAndRefusesOtherClasses() {
        Step step = stage(0).getSteps().get(3);
        DropTool tool = f.tool("moveStep", DropTool.class);
        undoable(() -> f.runner.drop(tool, step, f.diagram, f.stageView(stage(0))), () -> {
            assertSame(step, stage(0).getSteps().get(0));
            assertEquals(step.getName(), f.stageView(stage(0)).getChildren().get(0).getLabel());
        });
        assertNull(f.runner.drop(tool, stage(2), f.diagram, f.stageView(stage(0))), "only steps can be dropped");
    }

    @Test
    void aFalsePreconditionBlocksTheTool() {
        Stage stage = stage(0);
        stage.setName("Frozen");
        f.refresh();
        NodeCreationTool tool = f.tool("newStep", NodeCreationTool.class);
        byte[] before = f.bytes();
        assertFalse(f.runner.commands().createNode(tool, f.diagram, f.stageView(stage), null).canExecute());
        assertNull(f.runner.createNode(tool, f.diagram, f.stageView(stage), null));
        assertSameBytes(before, f.bytes(), "nothing created");
        assertNotNull(f.runner.createNode(tool, f.diagram, f.stageView(stage(1)), null), "other stages are not frozen");
    }
}
