package org.journeystudio.viewpoint.tests.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.journeystudio.viewpoint.expression.Bindings;
import org.journeystudio.viewpoint.expression.ExpressionEngine;
import org.journeystudio.viewpoint.expression.ExpressionException;
import org.journeystudio.viewpoint.expression.ReadRecorder;
import org.journeystudio.viewpoint.expression.ServiceRegistry;
import org.journeystudio.viewpoint.services.JourneyServices;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Specification files are user input: no expression reaches the JVM or changes the model. Each
 * attempt fails with an ExpressionException, at compilation or at evaluation, and the model is
 * left as it was.
 */
class SandboxTest {

    private final SmallJourney map = new SmallJourney();
    private final ExpressionEngine engine = new ExpressionEngine(JourneyServices.registerIn(new ServiceRegistry()));

    @ParameterizedTest
    @ValueSource(strings = {
        "''.class.forName('java.lang.Runtime')",
        "''.getClass().forName('java.lang.Runtime')",
        "self.name.getClass().forName('java.lang.Runtime').getRuntime().exec('true')",
        "self.getClass()",
        "self.eClass().getInstanceClass()",
        "self.eClass().instanceClass.forName('java.lang.System')",
        "self.stages.getClass()",
        "new('java.lang.ProcessBuilder', 'true')",
        "java.lang.System.exit(1)",
        "System.exit(1)",
        "Runtime.getRuntime()",
        "journey:getClass()",
        "journey:class.forName('java.lang.Runtime')",
        "journey:forName('java.lang.Runtime')",
        "journey:getName()",
        "journey:getDeclaredMethods()",
        "journey:hashCode()",
        "self.kind.getDeclaringClass()",
        "self.name.repeat(100000000)",
        "#pragma jexl.import java.lang\n Runtime.getRuntime()",
        "#pragma jexl.namespace.rt java.lang.Runtime\n rt:getRuntime()",
        "@silent self.name",
        "var x = 1",
        "for (s : self.stages) { s }",
        "(x) -> x",
        "x => x",
        "self.name = 'Hacked'",
        "self.stages[0] = null",
        "self.stages.clear()",
        "self.stages.remove(0)",
        "self.stages.add(self.stages[0])",
        "self.stages.iterator().remove()",
        "self.eSet(self.eClass().getEStructuralFeature('name'), 'Hacked')",
        "self.setName('Hacked')",
        "self.eResource()",
        "self.eAdapters()",
        "self.eClass().getEPackage().getEFactoryInstance().create(self.eClass())",
        "self.eClass().eSet(self.eClass().eClass().getEStructuralFeature('name'), 'Hacked')",
    })
    void escapesAreRefused(String source) {
        assertThrows(ExpressionException.class,
                () -> engine.compile(source).evaluate(Bindings.of("self", map.journey), ReadRecorder.NONE));
        assertEquals("Buy online", map.journey.getName());
        assertEquals(List.of(map.consider, map.wait, map.purchase), map.journey.getStages());
        assertEquals("Journey", map.journey.eClass().getName());
    }
}
