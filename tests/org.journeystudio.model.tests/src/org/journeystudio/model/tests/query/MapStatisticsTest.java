package org.journeystudio.model.tests.query;

import static org.journeystudio.model.tests.ModelBuilder.channel;
import static org.journeystudio.model.tests.ModelBuilder.painPoint;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.journeystudio.model.journey.BlueprintLane;
import org.journeystudio.model.journey.Channel;
import org.journeystudio.model.journey.ChannelKind;
import org.journeystudio.model.journey.OpportunityStatus;
import org.journeystudio.model.journey.PainPoint;
import org.journeystudio.model.journey.StepKind;
import org.journeystudio.model.query.MapStatistics;
import org.journeystudio.model.query.MapStatistics.ChannelCoverage;
import org.journeystudio.model.query.MapStatistics.Counts;
import org.journeystudio.model.query.MapStatistics.JourneyCurve;
import org.journeystudio.model.tests.SampleMap;
import org.junit.jupiter.api.Test;

/** The statistics of a map: counts, curves, worst pain points, channel coverage, statuses, moments of truth. */
class MapStatisticsTest {

    private final SampleMap map = new SampleMap();

    @Test
    void countsEveryKindOfElement() {
        Counts counts = MapStatistics.of(map.model).counts();

        assertEquals(2, counts.journeys());
        assertEquals(3, counts.stages());
        assertEquals(6, counts.steps());
        assertEquals(Map.of(StepKind.ACTION, 2, StepKind.TOUCHPOINT, 3, StepKind.DECISION, 1), counts.stepsByKind());
        assertEquals(List.of(StepKind.values()), List.copyOf(counts.stepsByKind().keySet()), "in enum order");
        assertEquals(3, counts.touchpoints());
        assertEquals(2, counts.channels());
        assertEquals(1, counts.personas());
        assertEquals(2, counts.teams());
        assertEquals(1, counts.painPoints());
        assertEquals(1, counts.opportunities());
        assertEquals(1, counts.evidence());
        assertEquals(1, counts.metrics());
        assertEquals(0, counts.momentsOfTruth());
        assertEquals(1, counts.supportActions());
        assertEquals(Map.of(BlueprintLane.FRONTSTAGE, 0, BlueprintLane.BACKSTAGE, 1, BlueprintLane.SUPPORT_PROCESS, 0,
                BlueprintLane.PHYSICAL_EVIDENCE, 0), counts.supportActionsByLane());
    }

    @Test
    void curvesHaveGapsAndTheirExtremes() {
        map.compare.unsetEmotion();
        map.futurePay.unsetEmotion();
        List<JourneyCurve> curves = MapStatistics.of(map.model).curves();

        assertEquals(2, curves.size());
        JourneyCurve current = curves.get(0);
        assertEquals(map.current, current.journey());
        assertEquals(List.of(OptionalInt.of(1), OptionalInt.empty(), OptionalInt.of(-1), OptionalInt.of(-2),
                OptionalInt.of(2)), current.points().stream().map(p -> p.emotion()).toList());
        assertEquals(4, current.assessed());
        assertEquals(Optional.of(map.call), current.lowest());
        assertEquals(Optional.of(map.done), current.highest());
        assertEquals(Optional.empty(), curves.get(1).lowest(), "nothing assessed, no extremes");
        assertEquals(0, curves.get(1).assessed());
    }

    @Test
    void topPainPointsAreTheTenMostSevereInDocumentOrderAmongEquals() {
        PainPoint slow = painPoint(map.browse, "Slow pages", 2);
        PainPoint lost = painPoint(map.call, "Call dropped", 5);
        for (int i = 0; i < 10; i++) {
            painPoint(map.done, "Minor " + i, 1);
        }
        List<PainPoint> top = MapStatistics.of(map.model).topPainPoints();

        assertEquals(MapStatistics.TOP_PAIN_POINTS, top.size());
        assertEquals(List.of(lost, map.declined, slow), top.subList(0, 3));
        assertEquals("Minor 0", top.get(3).getName());
        assertEquals("Minor 6", top.get(9).getName());
    }

    @Test
    void channelCoverageCountsTouchpointsOnly() {
        Channel mail = channel(map.model, "Mail", ChannelKind.MAIL);
        map.browse.getChannels().add(mail);
        MapStatistics stats = MapStatistics.of(map.model);

        assertEquals(List.of(new ChannelCoverage(map.web, 2), new ChannelCoverage(map.phone, 1),
                new ChannelCoverage(mail, 0)), stats.channels());
        assertEquals(List.of(mail), stats.unusedChannels(), "an action step through a channel is no touchpoint");
        assertTrue(stats.channels().get(0).isUsed());
        assertFalse(stats.channels().get(2).isUsed());
    }

    @Test
    void opportunitiesByStatusAndMomentsOfTruth() {
        map.pay.setMomentOfTruth(true);
        map.futurePay.setMomentOfTruth(true);
        MapStatistics stats = MapStatistics.of(map.model);

        assertEquals(Map.of(OpportunityStatus.IDEA, 1, OpportunityStatus.PLANNED, 0, OpportunityStatus.IN_PROGRESS, 0,
                OpportunityStatus.DONE, 0, OpportunityStatus.DISCARDED, 0), stats.opportunitiesByStatus());
        assertEquals(List.of(map.pay, map.futurePay), stats.momentsOfTruth());
        assertEquals(2, stats.counts().momentsOfTruth());
    }
}
