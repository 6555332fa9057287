package org.journeystudio.model.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.journeystudio.model.journey.BlueprintLane;
import org.journeystudio.model.journey.Channel;
import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.Opportunity;
import org.journeystudio.model.journey.OpportunityStatus;
import org.journeystudio.model.journey.PainPoint;
import org.journeystudio.model.journey.Stage;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.journey.StepKind;
import org.journeystudio.model.journey.SupportAction;

/**
 * Facts about a whole map, for {@code journey stats} and for views that summarise a map:
 * how many of each thing it holds, the emotion curve of each journey, the worst pain points,
 * which channels the touchpoints use, where the opportunities stand and the moments of truth.
 * It holds model elements, not text, so every caller formats (or navigates to) them its own way.
 *
 * @param counts                how many of each kind of element the map holds
 * @param curves                one emotion curve per journey, in document order
 * @param topPainPoints         the {@value #TOP_PAIN_POINTS} most severe pain points, most severe first,
 *                              in document order among equals
 * @param channels              every channel of the map in document order, with the touchpoints using it
 * @param opportunitiesByStatus how many opportunities have each status (every status present, in enum order)
 * @param momentsOfTruth        the steps marked as moments of truth, in document order
 */
public record MapStatistics(Counts counts, List<JourneyCurve> curves, List<PainPoint> topPainPoints,
        List<ChannelCoverage> channels, Map<OpportunityStatus, Integer> opportunitiesByStatus, List<Step> momentsOfTruth) {

    /** How many pain points {@link #topPainPoints()} lists at most. */
    public static final int TOP_PAIN_POINTS = 10;

    /**
     * Element counts. {@code touchpoints} are the steps of kind TOUCHPOINT (also counted in
     * {@code stepsByKind}); the maps hold every literal of their enumeration, in enum order.
     */
    public record Counts(int journeys, int stages, int steps, Map<StepKind, Integer> stepsByKind, int touchpoints,
            int channels, int personas, int teams, int painPoints, int opportunities, int evidence, int metrics,
            int momentsOfTruth, int supportActions, Map<BlueprintLane, Integer> supportActionsByLane) {
    }

    /**
     * A journey's emotion curve (see {@link EmotionCurve}): one point per step, without a value
     * where a step has not been assessed; the lowest and highest assessed steps (the first of equals).
     */
    public record JourneyCurve(Journey journey, List<EmotionCurve.Point> points, Optional<Step> lowest,
            Optional<Step> highest) {

        /** How many steps have an emotion. */
        public long assessed() {
            return points.stream().filter(EmotionCurve.Point::isAssessed).count();
        }
    }

    /** A channel and the number of TOUCHPOINT steps that go through it. */
    public record ChannelCoverage(Channel channel, int touchpoints) {

        public boolean isUsed() {
            return touchpoints > 0;
        }
    }

    /** The channels that no touchpoint goes through, in document order. */
    public List<Channel> unusedChannels() {
        return channels.stream().filter(coverage -> !coverage.isUsed()).map(ChannelCoverage::channel).toList();
    }

    /** The statistics of a map, computed in one pass over its journeys. */
    public static MapStatistics of(JourneyModel model) {
        Tally tally = new Tally();
        List<JourneyCurve> curves = new ArrayList<>();
        for (Journey journey : model.getJourneys()) {
            tally.journey(journey);
            List<EmotionCurve.Point> points = EmotionCurve.points(journey);
            curves.add(new JourneyCurve(journey, points, EmotionCurve.lowest(points), EmotionCurve.highest(points)));
        }
        Map<OpportunityStatus, Integer> byStatus = zeroes(OpportunityStatus.class);
        for (Opportunity opportunity : model.getOpportunities()) {
            byStatus.merge(opportunity.getStatus(), 1, Integer::sum);
        }
        List<ChannelCoverage> channels = new ArrayList<>();
        for (Channel channel : model.getChannels()) {
            channels.add(new ChannelCoverage(channel, tally.touchpointsByChannel.getOrDefault(channel, 0)));
        }
        List<PainPoint> top = tally.painPoints.stream()
                .sorted(Comparator.comparingInt(PainPoint::getSeverity).reversed()).limit(TOP_PAIN_POINTS).toList();
        Counts counts = new Counts(model.getJourneys().size(), tally.stages, tally.steps, frozen(tally.stepsByKind),
                tally.stepsByKind.get(StepKind.TOUCHPOINT), model.getChannels().size(), model.getPersonas().size(),
                model.getTeams().size(), tally.painPoints.size(), model.getOpportunities().size(),
                model.getEvidence().size(), model.getMetrics().size(), tally.momentsOfTruth.size(), tally.supportActions,
                frozen(tally.lanes));
        return new MapStatistics(counts, List.copyOf(curves), top, List.copyOf(channels), frozen(byStatus),
                List.copyOf(tally.momentsOfTruth));
    }

    private static <K extends Enum<K>> Map<K, Integer> zeroes(Class<K> type) {
        Map<K, Integer> map = new EnumMap<>(type);
        for (K key : type.getEnumConstants()) {
            map.put(key, 0);
        }
        return map;
    }

    private static <K extends Enum<K>> Map<K, Integer> frozen(Map<K, Integer> map) {
        return Collections.unmodifiableMap(new EnumMap<>(map));
    }

    /** What one walk over the journeys' stages and steps counts. */
    private static final class Tally {

        private final Map<StepKind, Integer> stepsByKind = zeroes(StepKind.class);
        private final Map<BlueprintLane, Integer> lanes = zeroes(BlueprintLane.class);
        private final Map<Channel, Integer> touchpointsByChannel = new IdentityHashMap<>();
        private final List<PainPoint> painPoints = new ArrayList<>();
        private final List<Step> momentsOfTruth = new ArrayList<>();
        private int stages;
        private int steps;
        private int supportActions;

        void journey(Journey journey) {
            for (Stage stage : journey.getStages()) {
                stages++;
                for (Step step : stage.getSteps()) {
                    step(step);
                }
            }
        }

        private void step(Step step) {
            steps++;
            stepsByKind.merge(step.getKind(), 1, Integer::sum);
            if (step.getKind() == StepKind.TOUCHPOINT) {
                for (Channel channel : step.getChannels()) {
                    touchpointsByChannel.merge(channel, 1, Integer::sum);
                }
            }
            if (step.isMomentOfTruth()) {
                momentsOfTruth.add(step);
            }
            painPoints.addAll(step.getPainPoints());
            for (SupportAction action : step.getSupportActions()) {
                supportActions++;
                lanes.merge(action.getLane(), 1, Integer::sum);
            }
        }
    }
}
