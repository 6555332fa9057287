package org.journeystudio.model.edit.tests;

import static org.journeystudio.model.edit.labels.JourneyLabels.label;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.journeystudio.model.journey.BlueprintLane;
import org.journeystudio.model.journey.ChannelKind;
import org.journeystudio.model.journey.EvidenceSource;
import org.journeystudio.model.journey.JourneyFactory;
import org.journeystudio.model.journey.JourneyKind;
import org.journeystudio.model.journey.Metric;
import org.journeystudio.model.journey.MetricKind;
import org.journeystudio.model.journey.MetricValue;
import org.journeystudio.model.journey.NamedElement;
import org.journeystudio.model.journey.StepKind;
import org.junit.jupiter.api.Test;

/** Readable labels for every class, with and without their optional details. */
class JourneyLabelsTest {

    private final ShopMap map = new ShopMap();

    @Test
    void stepsShowKindChannelsAndEmotion() {
        assertEquals("Step 'Pay' (touchpoint: Web, Phone)", label(map.pay));
        assertEquals("Step 'Choose plan' (decision)", label(map.choosePlan));
        assertEquals("Step 'Browse' (action, emotion +1)", label(map.browse));
        assertEquals("Step 'Confirm' (action)", label(map.confirm));
        map.confirm.setEmotion(-2);
        map.confirm.setMomentOfTruth(true);
        assertEquals("Step 'Confirm' (action, emotion -2, moment of truth)", label(map.confirm));
        map.confirm.setEmotion(0);
        assertEquals("Step 'Confirm' (action, emotion 0, moment of truth)", label(map.confirm));
    }

    @Test
    void stagesCountTheirSteps() {
        assertEquals("Stage 'Purchase' (5 steps)", label(map.purchase));
        map.purchase.getSteps().subList(1, 5).clear();
        assertEquals("Stage 'Purchase' (1 step)", label(map.purchase));
        map.purchase.getSteps().clear();
        assertEquals("Stage 'Purchase' (no steps)", label(map.purchase));
    }

    @Test
    void journeysShowKindAndPersona() {
        assertEquals("Journey 'Buy online' (current state, persona: Maya)", label(map.buyOnline));
        map.buyOnline.setPersona(null);
        map.buyOnline.setKind(JourneyKind.FUTURE_STATE);
        assertEquals("Journey 'Buy online' (future state)", label(map.buyOnline));
    }

    @Test
    void assessmentsShowTheirRatings() {
        assertEquals("Pain point 'Hidden fees' (severity 4)", label(map.hiddenFees));
        assertEquals("Opportunity 'One-click pay' (impact 4, effort 2, planned)", label(map.oneClickPay));
        assertEquals("Opportunity 'Idea' (impact 3, effort 3, idea)",
                label(named(JourneyFactory.eINSTANCE.createOpportunity(), "Idea")));
    }

    @Test
    void peopleAndChannelsShowRoleAndKind() {
        assertEquals("Persona 'Maya' (first-time buyer)", label(map.maya));
        map.maya.setRole("  ");
        assertEquals("Persona 'Maya'", label(map.maya));
        assertEquals("Channel 'Web' (web)", label(map.web));
        map.web.setKind(ChannelKind.MOBILE_APP);
        assertEquals("Channel 'Web' (mobile app)", label(map.web));
        map.web.setKind(ChannelKind.EMAIL);
        assertEquals("Channel 'Web' (e-mail)", label(map.web));
        assertEquals("Team 'Billing'", label(map.billing));
    }

    @Test
    void supportActionsShowLaneAndOwner() {
        assertEquals("Support action 'Check stock' (backstage, owner: Warehouse)", label(map.checkStock));
        map.checkStock.setOwner(null);
        map.checkStock.setLane(BlueprintLane.SUPPORT_PROCESS);
        assertEquals("Support action 'Check stock' (support process)", label(map.checkStock));
    }

    @Test
    void evidenceShowsSourceAndSampleSize() {
        assertEquals("Evidence 'Checkout survey' (survey, n=412)", label(map.survey));
        map.survey.setSampleSize(0);
        map.survey.setSource(EvidenceSource.SUPPORT_TICKET);
        assertEquals("Evidence 'Checkout survey' (support ticket)", label(map.survey));
    }

    @Test
    void metricsShowKindRangeAndUnit() {
        assertEquals("Metric 'NPS' (NPS, -100..100)", label(map.nps));
        Metric conversion = named(JourneyFactory.eINSTANCE.createMetric(), "Paid");
        conversion.setKind(MetricKind.CONVERSION_RATE);
        conversion.setUnit("%");
        assertEquals("Metric 'Paid' (conversion rate, %)", label(conversion));
        conversion.setMax(100);
        assertEquals("Metric 'Paid' (conversion rate, 0..100 %)", label(conversion));
        conversion.setMin(2.5);
        assertEquals("Metric 'Paid' (conversion rate, 2.5..100 %)", label(conversion));
    }

    @Test
    void metricValuesShowTheirReadings() {
        assertEquals("Metric value NPS: target 40, actual 31", label(map.payNps));
        map.payNps.unsetTarget();
        assertEquals("Metric value NPS: actual 31", label(map.payNps));
        map.payNps.unsetActual();
        assertEquals("Metric value NPS", label(map.payNps));
        MetricValue orphan = JourneyFactory.eINSTANCE.createMetricValue();
        orphan.setTarget(2.5);
        assertEquals("Metric value (no metric): target 2.5", label(orphan));
    }

    @Test
    void theEmotionScaleAndTheModelHaveSimpleLabels() {
        assertEquals("Emotion scale -2..+2", label(map.model.getEmotionScale()));
        map.model.getEmotionScale().setMin(1);
        map.model.getEmotionScale().setMax(7);
        assertEquals("Emotion scale +1..+7", label(map.model.getEmotionScale()));
        assertEquals("Journey model 'Shop'", label(map.model));
    }

    @Test
    void unnamedElementsSayUnnamed() {
        assertEquals("Step (unnamed)", label(JourneyFactory.eINSTANCE.createStep()));
        map.pay.setName(" ");
        assertEquals("Step (unnamed)", label(map.pay));
        map.purchase.setName(null);
        assertEquals("Stage (unnamed)", label(map.purchase));
        assertEquals("Pain point (unnamed)", label(JourneyFactory.eINSTANCE.createPainPoint()));
        map.maya.setName("");
        assertEquals("Journey 'Buy online' (current state, persona: (unnamed))", label(map.buyOnline));
    }

    @Test
    void literalsReadAsWords() {
        assertEquals("Current state", label(JourneyKind.CURRENT_STATE));
        assertEquals("Touchpoint", label(StepKind.TOUCHPOINT));
        assertEquals("Mobile app", label(ChannelKind.MOBILE_APP));
        assertEquals("E-mail", label(ChannelKind.EMAIL));
        assertEquals("NPS", label(MetricKind.NPS));
        assertEquals("Physical evidence", label(BlueprintLane.PHYSICAL_EVIDENCE));
    }

    @Test
    void otherObjectsKeepTheirText() {
        assertEquals("", label(null));
        assertEquals("plain", label("plain"));
    }

    private static <T extends NamedElement> T named(T element, String name) {
        element.setName(name);
        return element;
    }
}
