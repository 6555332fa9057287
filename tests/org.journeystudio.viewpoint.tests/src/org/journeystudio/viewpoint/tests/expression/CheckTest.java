package org.journeystudio.viewpoint.tests.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.journeystudio.model.journey.JourneyPackage.Literals;
import org.journeystudio.viewpoint.expression.ExpressionEngine;
import org.journeystudio.viewpoint.expression.ServiceRegistry;
import org.journeystudio.viewpoint.services.JourneyServices;
import org.junit.jupiter.api.Test;

/** The static check a specification validator runs on every expression before evaluating anything. */
class CheckTest {

    private final ExpressionEngine engine = new ExpressionEngine(JourneyServices.registerIn(new ServiceRegistry()));

    private List<String> check(String source, EClass selfType) {
        Map<String, EClass> variables = new HashMap<>();
        variables.put("self", selfType);
        variables.put("container", Literals.STAGE);
        variables.put("view", null);
        return engine.check(engine.compile(source), variables);
    }

    @Test
    void validPathsHaveNoProblem() {
        assertEquals(List.of(), check("self.name + ' (' + size(self.channels) + ')'", Literals.STEP));
        assertEquals(List.of(), check("self.persona.name + container.goal", Literals.JOURNEY));
        assertEquals(List.of(), check("self.stages[0].steps[1].emotion", Literals.JOURNEY));
        assertEquals(List.of(), check("journey:successors(self)", Literals.STEP));
        assertEquals(List.of(), check("view.anything.at.all", Literals.STEP), "an untyped variable is not checked");
    }

    @Test
    void unknownFeaturesAreNamedWithTheirClass() {
        assertEquals(List.of("Journey has no feature 'stagez'"), check("self.stagez", Literals.JOURNEY));
        assertEquals(List.of("Persona has no feature 'nam'"), check("self.persona.nam", Literals.JOURNEY));
        assertEquals(List.of("Step has no feature 'emotio'"), check("self.stages[0].steps[0].emotio", Literals.JOURNEY));
    }

    @Test
    void pathsThroughListsAndValuesAreExplained() {
        assertEquals(List.of("Journey.stages is a list; it has no feature 'name'"), check("self.stages.name", Literals.JOURNEY));
        assertEquals(List.of("NamedElement.name is a value (EString); it has no feature 'size'"),
                check("self.name.size", Literals.STEP));
    }

    @Test
    void everyProblemOnceInTheOrderOfTheExpression() {
        assertEquals(List.of("Stage has no feature 'stepz'", "unknown variable 'slef'", "Step has no feature 'kindd'"),
                check("container.stepz + slef.name + self.kindd + container.stepz", Literals.STEP));
    }

    @Test
    void aFunctionTheServicesLackIsNamedWithItsNamespace() {
        assertEquals(List.of("the journey services have no function 'noSuchFunction' (journey:noSuchFunction)"),
                check("journey:noSuchFunction(self) + journey:successors(self)", Literals.STEP));
        assertEquals(List.of("the journey services have no function 'getClass' (journey:getClass)"),
                check("journey:getClass()", Literals.STEP), "what the sandbox refuses to call is no function");
    }

    @Test
    void textInStringsAndTheColonOfAConditionAreNotReadAsCalls() {
        assertEquals(List.of(), check("'journey:noSuchFunction(x)' + \"journey:nope(\\\"y\\\")\"", Literals.STEP));
        assertEquals(List.of(), check("self.name == null ? 'none':size(self.channels)", Literals.STEP));
    }
}
