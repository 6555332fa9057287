package org.journeystudio.viewpoint.tests.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.journeystudio.model.journey.JourneyFactory;
import org.journeystudio.model.journey.PainPoint;
import org.journeystudio.model.journey.StepKind;
import org.journeystudio.viewpoint.expression.Bindings;
import org.journeystudio.viewpoint.expression.ExpressionEngine;
import org.journeystudio.viewpoint.expression.ReadRecorder;
import org.journeystudio.viewpoint.expression.ServiceRegistry;
import org.journeystudio.viewpoint.services.JourneyServices;
import org.junit.jupiter.api.Test;

/** The expressions of viewpoint specifications, evaluated on a small journey. */
class EvaluationTest {

    private final SmallJourney map = new SmallJourney();
    private final ExpressionEngine engine = new ExpressionEngine(JourneyServices.registerIn(new ServiceRegistry()));

    private Object eval(String source, Object self) {
        return engine.compile(source).evaluate(Bindings.of("self", self), ReadRecorder.NONE);
    }

    @Test
    void containmentListsAreTheModelsOwn() {
        assertEquals(List.of(map.consider, map.wait, map.purchase), eval("self.stages", map.journey));
        assertSame(map.journey.getStages(), eval("self.stages", map.journey));
    }

    @Test
    void enumerationLiteralsEqualTheirNames() {
        assertEquals(true, eval("self.kind == 'TOUCHPOINT'", map.pay));
        assertEquals(false, eval("self.kind == 'TOUCHPOINT'", map.browse));
        assertEquals(true, eval("self.kind != 'ACTION'", map.compare));
        assertEquals(true, eval("'DECISION' == self.kind", map.compare));
        assertEquals(true, eval("self.kind =~ ['ACTION', 'DECISION']", map.compare));
        assertEquals(false, eval("self.kind =~ ['ACTION', 'DECISION']", map.pay));
        assertEquals(StepKind.TOUCHPOINT, eval("self.kind", map.pay), "the value stays the literal");
    }

    @Test
    void unsetEmotionReadsAsNull() {
        assertNull(eval("self.emotion", map.call));
        assertEquals(-2, eval("self.emotion", map.pay));
        assertEquals(true, eval("self.emotion != null && self.emotion < 0", map.pay));
        assertEquals(false, eval("self.emotion != null && self.emotion < 0", map.call));
        assertEquals(false, eval("self.emotion != null && self.emotion < 0", map.browse));
        assertEquals("?", eval("self.emotion ?? '?'", map.call));
    }

    @Test
    void labelsConcatenateTextAndSizes() {
        assertEquals("Pay (2)", eval("self.name + ' (' + size(self.channels) + ')'", map.pay));
        assertEquals("Wait (0)", eval("self.name + ' (' + size(self.steps) + ')'", map.wait));
    }

    @Test
    void conditionalStyles() {
        String colour = "self.severity >= 4 ? '#d93025' : '#f4b400'";
        PainPoint declined = JourneyFactory.eINSTANCE.createPainPoint();
        map.pay.getPainPoints().add(declined);
        assertEquals("#f4b400", eval(colour, declined), "default severity is 3");
        declined.setSeverity(5);
        assertEquals("#d93025", eval(colour, declined));
    }

    @Test
    void navigationThroughReferencesIndexesAndContainers() {
        assertEquals("Ann", eval("self.persona.name", map.journey));
        assertEquals("Purchase", eval("self.stages[2].name", map.journey));
        assertEquals("Phone", eval("self.channels[1].name", map.pay));
        assertEquals("Buy online", eval("self.eContainer().eContainer().name", map.pay));
        assertEquals("Step", eval("self.eClass().name", map.pay));
        map.journey.setPersona(null);
        assertNull(eval("self.persona?.name", map.journey));
    }

    @Test
    void readOnlyMethodsOfValuesAndLists() {
        assertEquals("PAY", eval("self.name.toUpperCase()", map.pay));
        Bindings withWeb = Bindings.of("self", map.pay).with("channel", map.web);
        assertEquals(true, engine.compile("self.channels.contains(channel)").evaluate(withWeb, ReadRecorder.NONE));
        assertEquals(2, eval("self.channels.size()", map.pay));
        assertEquals(true, eval("self.steps.isEmpty()", map.wait));
    }

    @Test
    void serviceFunctionsAreNamespaced() {
        assertEquals(List.of(map.call), eval("journey:successors(self)", map.compare));
        assertEquals("Call", eval("journey:successors(self)[0].name", map.compare));
    }

    @Test
    void nestedBindingsSeeAndShadowTheirParent() {
        Bindings outer = new Bindings().with("self", map.pay).with("container", map.purchase);
        Bindings inner = outer.child().with("self", map.call).with("arg0", "!");
        Object label = engine.compile("self.name + ' in ' + container.name + arg0").evaluate(inner, ReadRecorder.NONE);
        assertEquals("Call in Purchase!", label);
        assertEquals("Pay", engine.compile("self.name").evaluate(outer, ReadRecorder.NONE));
        assertEquals(true, engine.compile("view == null").evaluate(outer.child().with("view", null), ReadRecorder.NONE));
    }
}
