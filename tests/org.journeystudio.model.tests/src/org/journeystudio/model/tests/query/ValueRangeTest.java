package org.journeystudio.model.tests.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.journeystudio.model.journey.JourneyPackage.Literals;
import org.journeystudio.model.query.FreshNames;
import org.journeystudio.model.query.ValueRange;
import org.journeystudio.model.tests.ModelBuilder;
import org.journeystudio.model.tests.SampleMap;
import org.junit.jupiter.api.Test;

/** The ranges editors hold number features to, and fresh names for new and pasted elements. */
class ValueRangeTest {

    private final SampleMap map = new SampleMap();

    @Test
    void ratingsAreOneToFive() {
        ValueRange severity = ValueRange.of(map.declined, Literals.PAIN_POINT__SEVERITY).orElseThrow();
        assertEquals(ValueRange.RATING, severity);
        assertEquals(ValueRange.RATING, ValueRange.of(map.oneClick, Literals.OPPORTUNITY__IMPACT).orElseThrow());
        assertEquals(ValueRange.RATING, ValueRange.of(map.oneClick, Literals.OPPORTUNITY__EFFORT).orElseThrow());
        assertTrue(severity.contains(5));
        assertFalse(severity.contains(6));
        assertEquals("Severity must be between 1 and 5; 7 is not", severity.refusal("Severity", "7"));
    }

    @Test
    void anEmotionStaysOnTheModelsScale() {
        assertEquals(new ValueRange(-2, 2), ValueRange.of(map.pay, Literals.STEP__EMOTION).orElseThrow());
        map.model.getEmotionScale().setMax(5);
        assertEquals(new ValueRange(-2, 5), ValueRange.of(map.pay, Literals.STEP__EMOTION).orElseThrow());
        map.model.getEmotionScale().setMin(5);
        assertEquals(Optional.empty(), ValueRange.of(map.pay, Literals.STEP__EMOTION), "a broken scale bounds nothing");
    }

    @Test
    void aMetricValueStaysWithinItsMetric() {
        ValueRange nps = ValueRange.of(map.payNps, Literals.METRIC_VALUE__ACTUAL).orElseThrow();
        assertEquals(new ValueRange(-100, 100), nps);
        assertEquals(nps, ValueRange.of(map.payNps, Literals.METRIC_VALUE__TARGET).orElseThrow());
        assertEquals("Actual must be between -100 and 100; 120 is not", nps.refusal("Actual", "120"));
        assertEquals("Target must be between 0 and 0.25; 1 is not",
                new ValueRange(0, 0.25).refusal("Target", "1"));
        map.payNps.setMetric(null);
        assertEquals(Optional.empty(), ValueRange.of(map.payNps, Literals.METRIC_VALUE__ACTUAL));
    }

    @Test
    void otherFeaturesAreNotBounded() {
        assertEquals(Optional.empty(), ValueRange.of(map.survey, Literals.EVIDENCE__SAMPLE_SIZE));
        assertEquals(Optional.empty(), ValueRange.of(map.pay, Literals.NAMED_ELEMENT__NAME));
    }

    @Test
    void freshNamesSkipWhatSiblingsOfTheSameClassAreCalled() {
        assertEquals("Step", FreshNames.among(map.consider.getSteps(), Literals.STEP, "Step"));
        ModelBuilder.step(map.consider, "Step");
        assertEquals("Step 2", FreshNames.among(map.consider.getSteps(), Literals.STEP, "Step"));
        ModelBuilder.step(map.consider, "Step 2");
        assertEquals("Step 3", FreshNames.among(map.consider.getSteps(), Literals.STEP, " Step "));
        assertEquals("Browse", FreshNames.among(map.purchase.getSteps(), Literals.STEP, "Browse"));
        assertEquals("Step", FreshNames.among(map.consider.getSteps(), Literals.STAGE, "Step"), "another class");
    }
}
