package org.journeystudio.viewpoint.tests.tools;

import static org.journeystudio.viewpoint.tests.tools.ToolFixture.assertSameBytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.journeystudio.model.journey.PainPoint;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.model.persistence.JourneyResource;
import org.journeystudio.model.templates.JourneyTemplates;
import org.journeystudio.viewpoint.DiagramDescription;
import org.journeystudio.viewpoint.Tool;
import org.journeystudio.viewpoint.expression.Bindings;
import org.journeystudio.viewpoint.spec.Spec;
import org.journeystudio.viewpoint.tools.EditingDomains;
import org.journeystudio.viewpoint.tools.OperationInterpreter;
import org.journeystudio.viewpoint.tools.ToolCommand;
import org.journeystudio.viewpoint.tools.ToolException;
import org.journeystudio.viewpoint.tools.ToolRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Edge cases of single operations (specs/operations.viewpoint), run through the interpreter
 * inside a tool command on the stack, with self bound to a step that has two channels and a
 * pain point and no owner.
 */
class OperationInterpreterTest {

    private Spec spec;
    private JourneyResource resource;
    private AdapterFactoryEditingDomain domain;
    private ToolRunner runner;
    private Step step;

    @BeforeEach
    void open() throws IOException {
        spec = ToolFixture.loadSpec("operations.viewpoint");
        resource = JourneyTemplates.create("ecommerce-purchase", URI.createURI("memory:/operations.journey"));
        domain = EditingDomains.create(resource.getResourceSet());
        runner = new ToolRunner(domain, spec);
        step = JourneyPersistence.modelOf(resource).getJourneys().get(0).getStages().get(1).getSteps().get(0);
    }

    private Tool tool(String name) {
        DiagramDescription flow = (DiagramDescription) spec.description("flow");
        return flow.getAdditionalLayers().get(0).getTools().stream().filter(tool -> name.equals(tool.getName()))
                .findFirst().orElseThrow();
    }

    private ToolCommand run(String name) {
        Tool tool = tool(name);
        ToolCommand command = new ToolCommand(name, () -> true, target -> new OperationInterpreter(domain, spec, target)
                .run(tool.getOperations(), Bindings.of("self", step)));
        return (ToolCommand) runner.execute(command);
    }

    private byte[] bytes() {
        try {
            return JourneyPersistence.toBytes(resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void fails(String tool, String message) {
        byte[] before = bytes();
        ToolException failure = assertThrows(ToolException.class, () -> run(tool));
        assertTrue(failure.getMessage().contains(message), failure.getMessage());
        assertTrue(failure.getMessage().contains(tool), "the message names the tool: " + failure.getMessage());
        assertSameBytes(before, bytes(), "after " + tool + " failed");
        assertTrue(!domain.getCommandStack().canUndo());
    }

    /** Runs a tool that succeeds, then undoes it back to the same bytes. */
    private void undoable(String tool, Runnable check) {
        byte[] before = bytes();
        assertNotNull(run(tool));
        check.run();
        domain.getCommandStack().undo();
        assertSameBytes(before, bytes(), "after undoing " + tool);
    }

    @Test
    void valuesOfTheWrongClassAreRefused() {
        fails("addWrongType", "Step.next takes a Step, not a Channel");
    }

    @Test
    void unsetWithElementsRemovesJustThose() {
        assertEquals(2, step.getChannels().size());
        undoable("unsetSome", () -> assertTrue(step.getChannels().isEmpty()));
    }

    @Test
    void removingAnAbsentValueChangesNothing() {
        byte[] before = bytes();
        assertNotNull(run("removeAbsent"));
        assertSameBytes(before, bytes(), "nothing to remove");
    }

    @Test
    void changeContextNeedsOneElement() {
        fails("browseMany", "not one model element");
    }

    @Test
    void abstractClassesCannotBeCreated() {
        fails("createAbstract", "'NamedElement' is not a concrete class");
    }

    @Test
    void aFailingExpressionUndoesTheChangesBeforeIt() {
        fails("failingExpression", "valueExpression");
    }

    @Test
    void aManyValuedFeatureIsReplacedByAList() {
        undoable("setMany", () -> assertEquals(List.of(step), step.getNext()));
    }

    @Test
    void deleteTakesTheElementsOfItsExpression() {
        List<PainPoint> pains = List.copyOf(step.getPainPoints());
        assertTrue(!pains.isEmpty());
        undoable("deleteSome", () -> {
            assertTrue(step.getPainPoints().isEmpty());
            pains.forEach(pain -> assertEquals(null, pain.eContainer()));
        });
    }

    @Test
    void numbersAreConvertedWhenNothingIsLost() {
        int before = step.getPainPoints().size();
        undoable("painPointWithSeverity", () -> {
            PainPoint created = step.getPainPoints().get(before);
            assertEquals(4, created.getSeverity());
            assertEquals("Severity 4", created.getName());
        });
        fails("fractionalSeverity", "not a valid EInt");
    }

    @Test
    void singleValuedFeaturesTakeTextAndOneElementLists() {
        String name = step.getName();
        undoable("textFromValues", () -> {
            assertEquals(step.getKind().getName(), step.getFeeling());
            assertEquals(name, step.getThoughts());
        });
        fails("twoValuesForOne", "Step.feeling holds one value, not 2");
    }

    @Test
    void anIndexPastTheEndIsRefused() {
        fails("indexOutOfRange", "cannot be executed");
    }

    @Test
    void theCommandResultIsTheCreatedElement() {
        ToolCommand command = run("painPointWithSeverity");
        List<?> result = List.copyOf(command.getResult());
        assertEquals(1, result.size());
        assertEquals(step, ((EObject) result.get(0)).eContainer());
    }
}
