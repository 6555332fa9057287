package org.journeystudio.model.edit.tests;

import java.util.List;

import org.journeystudio.model.journey.BlueprintLane;
import org.journeystudio.model.journey.Channel;
import org.journeystudio.model.journey.ChannelKind;
import org.journeystudio.model.journey.Evidence;
import org.journeystudio.model.journey.EvidenceSource;
import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.JourneyFactory;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.Metric;
import org.journeystudio.model.journey.MetricKind;
import org.journeystudio.model.journey.MetricValue;
import org.journeystudio.model.journey.NamedElement;
import org.journeystudio.model.journey.Opportunity;
import org.journeystudio.model.journey.OpportunityStatus;
import org.journeystudio.model.journey.PainPoint;
import org.journeystudio.model.journey.Persona;
import org.journeystudio.model.journey.Stage;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.journey.StepKind;
import org.journeystudio.model.journey.SupportAction;
import org.journeystudio.model.journey.Team;

/**
 * The map the label examples come from: Maya, a first-time buyer, buys online.
 *
 * <pre>
 * Journey 'Buy online' (current state, persona Maya)
 *   Stage 'Purchase': Browse (emotion +1), Choose plan (decision), Pay (touchpoint Web, Phone;
 *                     pain point Hidden fees; support action Check stock; NPS 40/31), Confirm, Receipt
 * </pre>
 */
final class ShopMap {

    private static final JourneyFactory FACTORY = JourneyFactory.eINSTANCE;

    final JourneyModel model = FACTORY.createJourneyModel();
    final Persona maya = add(FACTORY.createPersona(), "Maya", model.getPersonas());
    final Channel web = add(FACTORY.createChannel(), "Web", model.getChannels());
    final Channel phone = add(FACTORY.createChannel(), "Phone", model.getChannels());
    final Team billing = add(FACTORY.createTeam(), "Billing", model.getTeams());
    final Team warehouse = add(FACTORY.createTeam(), "Warehouse", model.getTeams());
    final Evidence survey = add(FACTORY.createEvidence(), "Checkout survey", model.getEvidence());
    final Metric nps = add(FACTORY.createMetric(), "NPS", model.getMetrics());
    final Journey buyOnline = add(FACTORY.createJourney(), "Buy online", model.getJourneys());
    final Stage purchase = add(FACTORY.createStage(), "Purchase", buyOnline.getStages());
    final Step browse = add(FACTORY.createStep(), "Browse", purchase.getSteps());
    final Step choosePlan = add(FACTORY.createStep(), "Choose plan", purchase.getSteps());
    final Step pay = add(FACTORY.createStep(), "Pay", purchase.getSteps());
    final Step confirm = add(FACTORY.createStep(), "Confirm", purchase.getSteps());
    final Step receipt = add(FACTORY.createStep(), "Receipt", purchase.getSteps());
    final PainPoint hiddenFees = add(FACTORY.createPainPoint(), "Hidden fees", pay.getPainPoints());
    final SupportAction checkStock = add(FACTORY.createSupportAction(), "Check stock", pay.getSupportActions());
    final Opportunity oneClickPay = add(FACTORY.createOpportunity(), "One-click pay", model.getOpportunities());
    final MetricValue payNps = FACTORY.createMetricValue();

    ShopMap() {
        model.setName("Shop");
        model.setEmotionScale(FACTORY.createEmotionScale());
        maya.setRole("first-time buyer");
        web.setKind(ChannelKind.WEB);
        phone.setKind(ChannelKind.PHONE);
        survey.setSource(EvidenceSource.SURVEY);
        survey.setSampleSize(412);
        nps.setKind(MetricKind.NPS);
        nps.setMin(-100);
        nps.setMax(100);
        buyOnline.setPersona(maya);
        browse.setEmotion(1);
        choosePlan.setKind(StepKind.DECISION);
        pay.setKind(StepKind.TOUCHPOINT);
        pay.getChannels().addAll(List.of(web, phone));
        hiddenFees.setSeverity(4);
        hiddenFees.getEvidence().add(survey);
        checkStock.setLane(BlueprintLane.BACKSTAGE);
        checkStock.setOwner(warehouse);
        oneClickPay.setImpact(4);
        oneClickPay.setEffort(2);
        oneClickPay.setStatus(OpportunityStatus.PLANNED);
        oneClickPay.getAddresses().add(hiddenFees);
        payNps.setMetric(nps);
        payNps.setTarget(40);
        payNps.setActual(31);
        pay.getMetricValues().add(payNps);
    }

    private static <T extends NamedElement> T add(T element, String name, List<? super T> container) {
        element.setName(name);
        container.add(element);
        return element;
    }
}
