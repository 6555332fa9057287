package org.journeystudio.model.tests;

import static org.journeystudio.model.tests.ModelBuilder.channel;
import static org.journeystudio.model.tests.ModelBuilder.evidence;
import static org.journeystudio.model.tests.ModelBuilder.journey;
import static org.journeystudio.model.tests.ModelBuilder.metric;
import static org.journeystudio.model.tests.ModelBuilder.metricValue;
import static org.journeystudio.model.tests.ModelBuilder.model;
import static org.journeystudio.model.tests.ModelBuilder.opportunity;
import static org.journeystudio.model.tests.ModelBuilder.painPoint;
import static org.journeystudio.model.tests.ModelBuilder.persona;
import static org.journeystudio.model.tests.ModelBuilder.stage;
import static org.journeystudio.model.tests.ModelBuilder.step;
import static org.journeystudio.model.tests.ModelBuilder.team;
import static org.journeystudio.model.tests.ModelBuilder.touchpoint;

import org.journeystudio.model.journey.BlueprintLane;
import org.journeystudio.model.journey.Channel;
import org.journeystudio.model.journey.ChannelKind;
import org.journeystudio.model.journey.Evidence;
import org.journeystudio.model.journey.EvidenceSource;
import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.JourneyFactory;
import org.journeystudio.model.journey.JourneyKind;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.Metric;
import org.journeystudio.model.journey.MetricKind;
import org.journeystudio.model.journey.MetricValue;
import org.journeystudio.model.journey.Opportunity;
import org.journeystudio.model.journey.PainPoint;
import org.journeystudio.model.journey.Persona;
import org.journeystudio.model.journey.Stage;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.journey.StepKind;
import org.journeystudio.model.journey.SupportAction;
import org.journeystudio.model.journey.Team;

/**
 * A small journey map that breaks no rule, with a branch (Compare → Pay or Call) and a
 * future-state journey, and with every element in a field so tests can break one thing:
 *
 * <pre>
 * Journey 'Buy online' (current state, Ann)
 *   Stage 'Consider': Browse, Compare (decision; next Pay, Call)
 *   Stage 'Purchase': Pay (touchpoint Web; next Done), Call (touchpoint Phone; next Done), Done
 * Journey 'Buy online tomorrow' (future state, baseline 'Buy online', Ann)
 *   Stage 'Purchase': Pay (touchpoint Web)
 * </pre>
 */
public final class SampleMap {

    public final JourneyModel model = model("Acme");
    public final Persona ann = persona(model, "Ann");
    public final Channel web = channel(model, "Web", ChannelKind.WEB);
    public final Channel phone = channel(model, "Phone", ChannelKind.PHONE);
    public final Team billing = team(model, "Billing");
    public final Team support = team(model, "Support");
    public final Evidence survey = evidence(model, "Survey 2024", EvidenceSource.SURVEY);
    public final Metric nps = metric(model, "NPS", MetricKind.NPS, -100, 100);

    public final Journey current = journey(model, "Buy online", ann);
    public final Stage consider = stage(current, "Consider");
    public final Step browse = step(consider, "Browse");
    public final Step compare = step(consider, "Compare");
    public final Stage purchase = stage(current, "Purchase");
    public final Step pay = touchpoint(purchase, "Pay", web);
    public final Step call = touchpoint(purchase, "Call", phone);
    public final Step done = step(purchase, "Done");
    public final PainPoint declined = painPoint(pay, "Card declined", 4, survey);
    public final SupportAction fraudCheck = JourneyFactory.eINSTANCE.createSupportAction();
    public final MetricValue payNps = metricValue(pay, nps, 50, 30);

    public final Journey future = journey(model, "Buy online tomorrow", ann);
    public final Stage futurePurchase = stage(future, "Purchase");
    public final Step futurePay = touchpoint(futurePurchase, "Pay", web);

    public final Opportunity oneClick = opportunity(model, "One-click pay", billing, declined);

    public SampleMap() {
        compare.setKind(StepKind.DECISION);
        compare.getNext().add(pay);
        compare.getNext().add(call);
        pay.getNext().add(done);
        call.getNext().add(done);
        pay.setOwner(billing);
        call.getActors().add(ann);
        browse.setEmotion(1);
        compare.setEmotion(0);
        pay.setEmotion(-1);
        call.setEmotion(-2);
        done.setEmotion(2);
        fraudCheck.setName("Check for fraud");
        fraudCheck.setLane(BlueprintLane.BACKSTAGE);
        fraudCheck.setOwner(support);
        pay.getSupportActions().add(fraudCheck);
        oneClick.setImpact(4);
        oneClick.setEffort(2);
        future.setKind(JourneyKind.FUTURE_STATE);
        future.setBaseline(current);
    }
}
