package org.journeystudio.model.tests.deviation;

import static org.journeystudio.model.tests.ModelBuilder.painPoint;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;

import org.journeystudio.model.deviation.DeviationAnalysis;
import org.journeystudio.model.deviation.DeviationKind;
import org.journeystudio.model.deviation.JourneyDeviation;
import org.journeystudio.model.deviation.Match;
import org.journeystudio.model.deviation.MatchMethod;
import org.journeystudio.model.deviation.StepDeviation;
import org.journeystudio.model.journey.Step;
import org.junit.jupiter.api.Test;

/** The classes of the deviation analysis, each on a pair of journeys made for it. */
class DeviationAnalysisTest {

    private final PairedJourneys pair = new PairedJourneys();

    @Test
    void sameStepsInTheSameOrderAreKeptAndMatchedByName() {
        pair.planned("Sign up", "Register", "Confirm e-mail");
        pair.actual("sign up ", " register", "Confirm E-mail");
        JourneyDeviation deviation = DeviationAnalysis.of(pair.actual);
        assertEquals(List.of("kept  register", "kept Confirm E-mail"), summary(deviation));
        assertEquals(2, deviation.matchedBy(MatchMethod.NAME));
        assertEquals(0, deviation.matchedBy(MatchMethod.LINK));
        assertEquals(MatchMethod.NAME, deviation.rows().get(0).matches().get(0).method());
    }

    @Test
    void namesMatchOnlyWithinStagesOfTheSameName() {
        pair.planned("Sign up", "Register");
        pair.actual("Onboarding", "Register");
        assertEquals(List.of("skipped Register", "added Register"), summary(DeviationAnalysis.of(pair.actual)));
    }

    @Test
    void aStepOutOfTheBaselinesOrderMoved() {
        pair.planned("Buy", "Choose", "Pay", "Ship");
        pair.actual("Buy", "Pay", "Ship", "Choose");
        JourneyDeviation deviation = DeviationAnalysis.of(pair.actual);
        assertEquals(List.of("kept Pay", "kept Ship", "moved Choose"), summary(deviation));
        assertEquals(1, deviation.count(DeviationKind.MOVED));
    }

    @Test
    void aStepInAnotherStageMovedThoughLinked() {
        List<Step> planned = pair.planned("Buy", "Choose", "Pay");
        pair.planned("Deliver", "Track");
        pair.actual("Buy", "Choose");
        List<Step> actual = pair.actual("Deliver", "Pay later", "Track");
        actual.get(0).setBaselineStep(planned.get(1));
        JourneyDeviation deviation = DeviationAnalysis.of(pair.actual);
        assertEquals(List.of("kept Choose", "moved Pay later", "kept Track"), summary(deviation));
        assertEquals(List.of(new Match(planned.get(1), MatchMethod.LINK)), deviation.rowOf(actual.get(0)).matches());
        assertEquals(1, deviation.matchedBy(MatchMethod.LINK));
        assertEquals(2, deviation.matchedBy(MatchMethod.NAME));
    }

    @Test
    void aBaselineStepWithoutCounterpartIsSkippedWhereItWouldHaveBeen() {
        List<Step> planned = pair.planned("Buy", "Choose", "Compare", "Pay");
        pair.actual("Buy", "Choose", "Pay");
        JourneyDeviation deviation = DeviationAnalysis.of(pair.actual);
        assertEquals(List.of("kept Choose", "skipped Compare", "kept Pay"), summary(deviation));
        StepDeviation skipped = deviation.rows().get(1);
        assertNull(skipped.step());
        assertEquals(List.of(planned.get(1)), skipped.baselineSteps());
        assertEquals(DeviationKind.SKIPPED, deviation.kindOfBaselineStep(planned.get(1)));
        assertEquals(1, deviation.column(planned.get(1)));
    }

    @Test
    void aSkippedFirstStepComesFirst() {
        pair.planned("Buy", "Browse", "Pay");
        pair.actual("Buy", "Pay");
        assertEquals(List.of("skipped Browse", "kept Pay"), summary(DeviationAnalysis.of(pair.actual)));
    }

    @Test
    void aStepWithoutBaselineStepIsAdded() {
        pair.planned("Buy", "Choose", "Pay");
        pair.actual("Buy", "Choose", "Call the hotline", "Pay");
        JourneyDeviation deviation = DeviationAnalysis.of(pair.actual);
        assertEquals(List.of("kept Choose", "added Call the hotline", "kept Pay"), summary(deviation));
        assertTrue(deviation.rows().get(1).baselineSteps().isEmpty());
    }

    @Test
    void aStepLinkingOneBaselineStepAndNamedAfterAnotherMergesThem() {
        List<Step> planned = pair.planned("Close", "Sign contract", "Pay deposit", "Get keys");
        List<Step> actual = pair.actual("Close", "Pay deposit", "Get keys");
        actual.get(0).setBaselineStep(planned.get(0));
        JourneyDeviation deviation = DeviationAnalysis.of(pair.actual);
        assertEquals(List.of("merged Pay deposit", "kept Get keys"), summary(deviation));
        StepDeviation merged = deviation.rows().get(0);
        assertEquals(List.of(planned.get(0), planned.get(1)), merged.baselineSteps());
        assertEquals(List.of(new Match(planned.get(0), MatchMethod.LINK), new Match(planned.get(1), MatchMethod.NAME)),
                merged.matches());
        assertEquals(DeviationKind.MERGED, deviation.kindOfBaselineStep(planned.get(1)));
        assertEquals(0, deviation.column(planned.get(1)));
    }

    @Test
    void severalStepsLinkingOneBaselineStepSplitIt() {
        List<Step> planned = pair.planned("Set up", "Configure", "Invite team");
        List<Step> actual = pair.actual("Set up", "Configure users", "Configure billing", "Invite team");
        actual.get(0).setBaselineStep(planned.get(0));
        actual.get(1).setBaselineStep(planned.get(0));
        JourneyDeviation deviation = DeviationAnalysis.of(pair.actual);
        assertEquals(List.of("split Configure users", "split Configure billing", "kept Invite team"), summary(deviation));
        assertEquals(2, deviation.count(DeviationKind.SPLIT));
        assertEquals(0, deviation.column(planned.get(0)));
    }

    @Test
    void aPlannedWebTouchpointDoneByPhoneIsAChannelSwitch() {
        List<Step> planned = pair.planned("Pay", "Pay the invoice", "Get a receipt");
        List<Step> actual = pair.actual("Pay", "Pay the invoice", "Get a receipt");
        planned.get(0).getChannels().add(pair.web);
        actual.get(0).getChannels().add(pair.phone);
        planned.get(1).getChannels().add(pair.web);
        actual.get(1).getChannels().add(pair.web);
        actual.get(1).getChannels().add(pair.phone);
        JourneyDeviation deviation = DeviationAnalysis.of(pair.actual);
        StepDeviation pay = deviation.rows().get(0);
        assertTrue(pay.isChannelSwitch());
        assertEquals(List.of(pair.phone), pay.channelsGained());
        assertEquals(List.of(pair.web), pay.channelsLost());
        StepDeviation receipt = deviation.rows().get(1);
        assertFalse(receipt.isChannelSwitch());
        assertTrue(receipt.channelsChanged());
        assertEquals(List.of(pair.phone), receipt.channelsGained());
        assertEquals(1, deviation.channelSwitches());
    }

    @Test
    void emotionPainPointsAndMomentsOfTruthPerStep() {
        List<Step> planned = pair.planned("Pay", "Pay the invoice", "Confirm");
        List<Step> actual = pair.actual("Pay", "Pay the invoice", "Confirm");
        planned.get(0).setEmotion(1);
        actual.get(0).setEmotion(-2);
        painPoint(planned.get(0), "Slow page", 2);
        painPoint(actual.get(0), "slow page", 3);
        painPoint(actual.get(0), "Lost the invoice", 4);
        painPoint(planned.get(1), "No receipt", 2);
        planned.get(1).setMomentOfTruth(true);
        actual.get(0).setMomentOfTruth(true);
        JourneyDeviation deviation = DeviationAnalysis.of(pair.actual);
        StepDeviation pay = deviation.rows().get(0);
        assertEquals(OptionalDouble.of(-3), pay.emotionDelta());
        assertEquals(List.of("Lost the invoice"), pay.painPointsAppeared().stream().map(p -> p.getName()).toList());
        assertTrue(pay.painPointsGone().isEmpty());
        assertFalse(pay.momentOfTruthBefore());
        assertTrue(pay.momentOfTruthAfter());
        StepDeviation confirm = deviation.rows().get(1);
        assertEquals(OptionalDouble.empty(), confirm.emotionDelta());
        assertEquals(List.of("No receipt"), confirm.painPointsGone().stream().map(p -> p.getName()).toList());
        assertTrue(confirm.momentOfTruthBefore());
        assertEquals(2, deviation.momentsOfTruth().size());
    }

    @Test
    void stagesCompareStepsAndMeanEmotion() {
        List<Step> planned = pair.planned("Buy", "Choose", "Pay");
        List<Step> later = pair.planned("Review", "Rate");
        List<Step> actual = pair.actual("Buy", "Choose", "Pay", "Call");
        pair.actual("Return", "Send back");
        planned.get(0).setEmotion(2);
        planned.get(1).setEmotion(1);
        later.get(0).setEmotion(1);
        actual.get(0).setEmotion(1);
        actual.get(1).setEmotion(-1);
        actual.get(2).setEmotion(-2);
        JourneyDeviation deviation = DeviationAnalysis.of(pair.actual);
        List<String> stages = deviation.stages().stream().map(stage -> stage.name() + " " + stage.stepsBefore() + "->"
                + stage.stepsAfter() + " " + stage.meanEmotionBefore() + " " + stage.meanEmotionAfter()).toList();
        assertEquals(List.of(
                "Buy 2->3 OptionalDouble[1.5] OptionalDouble[-0.6666666666666666]",
                "Return 0->1 OptionalDouble.empty OptionalDouble.empty",
                "Review 1->0 OptionalDouble[1.0] OptionalDouble.empty"), stages);
        assertNull(deviation.stages().get(1).baselineStage());
        assertNull(deviation.stages().get(2).stage());
    }

    @Test
    void wholeJourneyCountsAndNetEmotionChange() {
        List<Step> planned = pair.planned("Buy", "Choose", "Compare", "Pay");
        List<Step> actual = pair.actual("Buy", "Pay", "Choose", "Call");
        planned.get(0).setEmotion(2);
        planned.get(2).setEmotion(0);
        actual.get(0).setEmotion(-1);
        actual.get(1).setEmotion(0);
        actual.get(2).setEmotion(-2);
        JourneyDeviation deviation = DeviationAnalysis.of(pair.actual);
        assertEquals(3, deviation.stepsBefore());
        assertEquals(3, deviation.stepsAfter());
        assertEquals(1, deviation.count(DeviationKind.KEPT));
        assertEquals(1, deviation.count(DeviationKind.MOVED));
        assertEquals(1, deviation.count(DeviationKind.SKIPPED));
        assertEquals(1, deviation.count(DeviationKind.ADDED));
        assertEquals(0, deviation.counts().get(DeviationKind.MERGED));
        assertEquals(OptionalDouble.of(1), deviation.meanEmotionBefore());
        assertEquals(OptionalDouble.of(-1), deviation.meanEmotionAfter());
        assertEquals(OptionalDouble.of(-2), deviation.netEmotionChange());
    }

    @Test
    void branchesAndLoopsInNextLeaveEveryStepOneRowInDocumentOrder() {
        pair.planned("Fix", "Report", "Diagnose", "Repair", "Close");
        List<Step> actual = pair.actual("Fix", "Report", "Repair", "Diagnose", "Close");
        actual.get(0).getNext().add(actual.get(2));
        actual.get(2).getNext().add(actual.get(1));
        actual.get(1).getNext().add(actual.get(0));
        actual.get(1).getNext().add(actual.get(3));
        actual.get(3).getNext().add(actual.get(1));
        JourneyDeviation deviation = DeviationAnalysis.of(pair.actual);
        // Report -> Repair -> Diagnose -> Report ... loops; each step is met once, in the map's order.
        assertEquals(List.of("kept Report", "moved Repair", "kept Diagnose", "kept Close"), summary(deviation));
    }

    @Test
    void aBaselineStepOutsideTheBaselineIsIgnoredAndTheNameDecides() {
        pair.planned("Buy", "Pay");
        List<Step> actual = pair.actual("Buy", "Pay");
        actual.get(0).setBaselineStep(actual.get(0));
        JourneyDeviation deviation = DeviationAnalysis.of(pair.actual);
        assertEquals(List.of("kept Pay"), summary(deviation));
        assertEquals(MatchMethod.NAME, deviation.rows().get(0).matches().get(0).method());
    }

    @Test
    void aJourneyWithoutBaselineCannotBeAnalysed() {
        assertFalse(DeviationAnalysis.hasBaseline(pair.planned));
        pair.planned.setBaseline(pair.planned);
        assertFalse(DeviationAnalysis.hasBaseline(pair.planned));
        assertThrows(IllegalArgumentException.class, () -> DeviationAnalysis.of(pair.planned));
        assertTrue(DeviationAnalysis.hasBaseline(pair.actual));
    }

    private static List<String> summary(JourneyDeviation deviation) {
        return deviation.rows().stream().map(row -> row.kind().word() + " " + row.subject().getName()).toList();
    }
}
