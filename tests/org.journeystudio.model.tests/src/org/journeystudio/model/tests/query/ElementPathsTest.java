package org.journeystudio.model.tests.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.journeystudio.model.journey.JourneyFactory;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.query.ElementPaths;
import org.journeystudio.model.tests.SampleMap;
import org.junit.jupiter.api.Test;

/** Readable element paths: named segments from the root's child down, positions for the unnamed. */
class ElementPathsTest {

    private final SampleMap map = new SampleMap();

    @Test
    void namedElementsAreNamed() {
        assertEquals("Journey 'Buy online' / Stage 'Purchase' / Step 'Pay'", ElementPaths.path(map.pay));
        assertEquals("Journey 'Buy online' / Stage 'Purchase' / Step 'Pay' / PainPoint 'Card declined'",
                ElementPaths.path(map.declined));
        assertEquals("Persona 'Ann'", ElementPaths.path(map.ann));
    }

    @Test
    void unnamedElementsAreNumberedAmongTheirSiblings() {
        map.call.setName(" ");
        assertEquals("Journey 'Buy online' / Stage 'Purchase' / Step #2", ElementPaths.path(map.call));
        assertEquals("Journey 'Buy online' / Stage 'Purchase' / Step 'Pay' / MetricValue #1", ElementPaths.path(map.payNps));
    }

    @Test
    void singleValuedChildrenAndRootsHaveTheirClassOnly() {
        assertEquals("EmotionScale", ElementPaths.path(map.model.getEmotionScale()));
        assertEquals("JourneyModel 'Acme'", ElementPaths.path(map.model));
        Step loose = JourneyFactory.eINSTANCE.createStep();
        assertEquals("Step", ElementPaths.path(loose));
    }
}
