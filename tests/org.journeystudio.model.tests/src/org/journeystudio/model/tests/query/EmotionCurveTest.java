package org.journeystudio.model.tests.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.journeystudio.model.query.EmotionCurve;
import org.journeystudio.model.query.EmotionCurve.Point;
import org.journeystudio.model.tests.SampleMap;
import org.junit.jupiter.api.Test;

/** The emotion curve: one point per step, gaps for unassessed steps, and its lowest and highest points. */
class EmotionCurveTest {

    private final SampleMap map = new SampleMap();

    @Test
    void pointsFollowTheStepsWithGapsForUnassessedSteps() {
        map.compare.unsetEmotion();
        assertEquals(List.of(
                new Point(map.browse, OptionalInt.of(1)),
                new Point(map.compare, OptionalInt.empty()),
                new Point(map.pay, OptionalInt.of(-1)),
                new Point(map.call, OptionalInt.of(-2)),
                new Point(map.done, OptionalInt.of(2))), EmotionCurve.points(map.current));
    }

    @Test
    void lowestAndHighestAreAssessedStepsTheFirstOfEqualsWinning() {
        assertEquals(Optional.of(map.call), EmotionCurve.lowest(map.current));
        assertEquals(Optional.of(map.done), EmotionCurve.highest(map.current));
        map.browse.setEmotion(2);
        map.pay.setEmotion(-2);
        assertEquals(Optional.of(map.pay), EmotionCurve.lowest(map.current));
        assertEquals(Optional.of(map.browse), EmotionCurve.highest(map.current));
    }

    @Test
    void aJourneyWithoutAssessmentsHasNoExtremes() {
        map.futurePay.unsetEmotion();
        assertEquals(Optional.empty(), EmotionCurve.lowest(map.future));
        assertEquals(Optional.empty(), EmotionCurve.highest(map.future));
        assertEquals(List.of(new Point(map.futurePay, OptionalInt.empty())), EmotionCurve.points(map.future));
    }
}
