package org.journeystudio.model.tests.clipboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.journeystudio.model.clipboard.CopiedElements;
import org.journeystudio.model.clipboard.PastePlacement;
import org.journeystudio.model.journey.JourneyPackage.Literals;
import org.journeystudio.model.tests.SampleMap;
import org.junit.jupiter.api.Test;

/** Where a paste puts elements for the element a person selected. */
class PastePlacementTest {

    private final SampleMap map = new SampleMap();

    @Test
    void aStepPastedOnAStepGoesRightAfterIt() {
        PastePlacement placement = PastePlacement.find(map.pay, List.of(map.browse)).orElseThrow();
        assertSame(map.purchase, placement.owner());
        assertSame(Literals.STAGE__STEPS, placement.feature());
        assertEquals(1, placement.index(), "after Pay, the first step of Purchase");
    }

    @Test
    void aPainPointPastedOnAStepGoesIntoItAtTheEnd() {
        PastePlacement placement = PastePlacement.find(map.call, List.of(map.declined)).orElseThrow();
        assertSame(map.call, placement.owner());
        assertSame(Literals.STEP__PAIN_POINTS, placement.feature());
        assertEquals(0, placement.index());
    }

    @Test
    void aPersonaPastedOnAStepGoesToTheNearestContainerThatTakesIt() {
        PastePlacement placement = PastePlacement.find(map.call, List.of(map.ann)).orElseThrow();
        assertSame(map.model, placement.owner());
        assertSame(Literals.JOURNEY_MODEL__PERSONAS, placement.feature());
        assertEquals(1, placement.index());
    }

    @Test
    void aStageHasNoPlaceUnderAPersonaAndMixedElementsNeedOneListForAll() {
        assertEquals(Optional.empty(), PastePlacement.find(map.ann, List.of(map.purchase)));
        assertEquals(Optional.empty(), PastePlacement.find(map.pay, List.of(map.purchase, map.pay)));
        assertTrue(PastePlacement.find(map.model, CopiedElements.of(List.of(map.ann, map.web)).elements()).isEmpty());
        assertEquals(Optional.empty(), PastePlacement.find(null, List.of(map.pay)));
    }
}
