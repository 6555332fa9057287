package org.journeystudio.viewpoint.tests.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.journeystudio.model.journey.JourneyFactory;
import org.journeystudio.model.journey.StepKind;
import org.journeystudio.viewpoint.expression.Results;
import org.junit.jupiter.api.Test;

/** The coercions the runtime applies to expression results. */
class ResultsTest {

    private final SmallJourney map = new SmallJourney();

    @Test
    void booleans() {
        assertFalse(Results.asBoolean(null));
        assertTrue(Results.asBoolean(true));
        assertFalse(Results.asBoolean(Boolean.FALSE));
        assertFalse(Results.asBoolean(0));
        assertTrue(Results.asBoolean(-2));
        assertFalse(Results.asBoolean(""));
        assertFalse(Results.asBoolean("false"));
        assertTrue(Results.asBoolean("yes"));
        assertFalse(Results.asBoolean(List.of()));
        assertTrue(Results.asBoolean(map.pay));
    }

    @Test
    void strings() {
        assertEquals("", Results.asString(null));
        assertEquals("TOUCHPOINT", Results.asString(StepKind.TOUCHPOINT));
        assertEquals("Pay", Results.asString(map.pay));
        assertEquals("EmotionScale", Results.asString(JourneyFactory.eINSTANCE.createEmotionScale()));
        assertEquals("Web, Phone", Results.asString(map.pay.getChannels()));
        assertEquals("3", Results.asString(3));
    }

    @Test
    void integers() {
        assertEquals(4, Results.asInt(4.7, 0));
        assertEquals(12, Results.asInt(" 12 ", 0));
        assertEquals(-1, Results.asInt("twelve", -1));
        assertEquals(7, Results.asInt(null, 7));
    }

    @Test
    void listsAndElements() {
        assertEquals(List.of(), Results.asList(null));
        assertEquals(List.of(map.web, map.phone), Results.asList(map.pay.getChannels()));
        assertEquals(List.of(1, 2), Results.asList(new int[] {1, 2}));
        assertEquals(List.of("a"), Results.asList("a"));
        assertEquals(List.of(map.pay), Results.asEObjects(map.pay));
        assertEquals(List.of(map.web), Results.asEObjects(List.of("Web", map.web, 3)));
        assertEquals(List.of(), Results.asEObjects(null));
    }
}
