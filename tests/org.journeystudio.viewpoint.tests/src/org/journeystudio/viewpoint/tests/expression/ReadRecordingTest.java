package org.journeystudio.viewpoint.tests.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.journeystudio.viewpoint.expression.Bindings;
import org.journeystudio.viewpoint.expression.Expression;
import org.journeystudio.viewpoint.expression.ExpressionEngine;
import org.journeystudio.viewpoint.expression.ServiceRegistry;
import org.junit.jupiter.api.Test;

/** Every evaluation reports exactly the objects and features it read, in reading order. */
class ReadRecordingTest {

    private final SmallJourney map = new SmallJourney();
    private final ExpressionEngine engine = new ExpressionEngine(new ServiceRegistry());

    private List<String> reads(String source, EObject self) {
        return reads(engine.compile(source), self);
    }

    private static List<String> reads(Expression expression, EObject self) {
        RecordedReads recorder = new RecordedReads();
        expression.evaluate(Bindings.of("self", self), recorder);
        return recorder.reads();
    }

    @Test
    void eachFeatureOfAPathIsOneRead() {
        assertEquals(List.of("Journey 'Buy online'.name", "Journey 'Buy online'.persona", "Persona 'Ann'.name"),
                reads("self.name + self.persona.name", map.journey));
    }

    @Test
    void unsetFeaturesAreReadToo() {
        assertEquals(List.of("Step 'Call'.emotion"), reads("self.emotion != null && self.emotion < 0", map.call));
        assertEquals(List.of("Step 'Pay'.emotion", "Step 'Pay'.emotion"),
                reads("self.emotion != null && self.emotion < 0", map.pay));
    }

    @Test
    void onlyTheBranchTakenIsRead() {
        String source = "self.kind == 'TOUCHPOINT' ? self.channels : self.next";
        assertEquals(List.of("Step 'Pay'.kind", "Step 'Pay'.channels"), reads(source, map.pay));
        assertEquals(List.of("Step 'Compare'.kind", "Step 'Compare'.next"), reads(source, map.compare));
    }

    @Test
    void containerNavigationIsAContainerRead() {
        assertEquals(List.of("Step 'Pay'.eContainer()", "Stage 'Purchase'.name"), reads("self.eContainer().name", map.pay));
        assertEquals(List.of("EClass.name"), reads("self.eClass().name", map.pay), "an element's class never changes");
    }

    @Test
    void aCompiledExpressionRecordsForEachEvaluationAndElement() {
        Expression label = engine.compile("self.name + size(self.channels)");
        assertEquals(List.of("Step 'Pay'.name", "Step 'Pay'.channels"), reads(label, map.pay));
        assertEquals(List.of("Step 'Call'.name", "Step 'Call'.channels"), reads(label, map.call));
        assertEquals(List.of("Channel 'Web'.name", "Channel 'Web'.kind"), reads("self.name + self.kind", map.web));
    }

    @Test
    void indexedAccessReadsTheList() {
        assertEquals(List.of("Journey 'Buy online'.stages", "Stage 'Purchase'.steps", "Step 'Call'.name"),
                reads("self.stages[2].steps[1].name", map.journey));
    }
}
