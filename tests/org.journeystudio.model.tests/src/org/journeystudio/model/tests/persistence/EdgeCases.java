package org.journeystudio.model.tests.persistence;

import static org.journeystudio.model.tests.ModelBuilder.channel;
import static org.journeystudio.model.tests.ModelBuilder.metricValue;
import static org.journeystudio.model.tests.ModelBuilder.persona;
import static org.journeystudio.model.tests.ModelBuilder.stage;
import static org.journeystudio.model.tests.ModelBuilder.step;

import java.util.List;

import org.journeystudio.model.journey.Channel;
import org.journeystudio.model.journey.ChannelKind;
import org.journeystudio.model.journey.JourneyFactory;
import org.journeystudio.model.journey.MetricValue;
import org.journeystudio.model.journey.OpportunityStatus;
import org.journeystudio.model.journey.Persona;
import org.journeystudio.model.journey.Stage;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.journey.StepKind;
import org.journeystudio.model.tests.SampleMap;

/**
 * What a serializer can get wrong, added to a sample map: the characters XML escapes in
 * attributes and in content, line ends and tabs, non-ASCII text up to characters outside the
 * Basic Multilingual Plane, empty strings, set and unset emotions, values equal to defaults,
 * doubles of every notation, enumerations, empty and long lists, and references that point
 * back, forward and to the element itself.
 */
final class EdgeCases {

    /** Text with everything XML escapes, in attributes or content, and what it does not. */
    static final String SPECIAL = "Tom & Jerry's <b>\"bold\"</b> a > b ]]> end\ttab\nnew line\r\nCRLF\rCR";
    static final String NON_ASCII = "Zoë Ångström · 支付宝用户 · Łódź — “quoted” · 🚀 launch · \u00A0nbsp · \u007F del";

    private EdgeCases() {
    }

    static void addTo(SampleMap map) {
        map.model.setDescription(SPECIAL);
        Persona zoe = persona(map.model, NON_ASCII);
        zoe.setQuote("");
        zoe.setRole(SPECIAL);
        zoe.getGoals().addAll(List.of(SPECIAL, NON_ASCII, "", " leading and trailing spaces ", "]]>", "a]]>b"));
        zoe.getMotivations().add("\t");
        zoe.getBehaviors().add("x");
        zoe.getBehaviors().clear();
        zoe.getEvidence().add(map.survey);
        map.current.getObjectives().add("<objective> & \"goal\"");
        map.current.setScope("\n");
        Channel chat = channel(map.model, "Chat & co", ChannelKind.CHAT);
        addSteps(map, chat);
        addValues(map);
        map.oneClick.setStatus(OpportunityStatus.DISCARDED);
        map.oneClick.setImpact(3);
        map.declined.setSeverity(5);
        map.survey.setSampleSize(0);
        map.survey.setLink("https://example.org/survey?q=1&r=<2>");
    }

    private static void addSteps(SampleMap map, Channel chat) {
        Stage edge = stage(map.current, SPECIAL);
        Step unset = step(edge, "Emotion never set");
        Step zero = step(edge, "Emotion zero");
        zero.setEmotion(0);
        Step unsetAgain = step(edge, "Emotion set, then unset");
        unsetAgain.setEmotion(-2);
        unsetAgain.unsetEmotion();
        Step many = step(edge, "Many channels and a loop");
        many.setKind(StepKind.TOUCHPOINT);
        many.getChannels().addAll(List.of(chat, map.web, map.phone));
        many.getNext().addAll(List.of(many, unset, map.browse, map.done, zero, unsetAgain, map.pay, map.call, map.compare));
        many.setMomentOfTruth(true);
        many.setEmotion(Integer.MIN_VALUE);
        many.setOwner(map.support);
        many.getActors().add(map.ann);
        map.browse.getNext().add(many);
        map.browse.setFeeling(NON_ASCII);
        map.browse.setThoughts(SPECIAL);
        unset.setKind(StepKind.ACTION);
        unset.setDescription("");
    }

    private static void addValues(SampleMap map) {
        double[] values = {0.0, -0.0, 1e-7, 1e21, 123456789.125, Double.NaN, Double.POSITIVE_INFINITY, -42.5};
        for (int i = 0; i + 1 < values.length; i += 2) {
            metricValue(map.done, map.nps, values[i], values[i + 1]);
        }
        MetricValue targetOnly = JourneyFactory.eINSTANCE.createMetricValue();
        targetOnly.setMetric(map.nps);
        targetOnly.setTarget(10);
        map.done.getMetricValues().add(targetOnly);
        MetricValue neither = JourneyFactory.eINSTANCE.createMetricValue();
        neither.setMetric(map.nps);
        map.consider.getMetricValues().add(neither);
        map.model.getEmotionScale().setMin(-3);
        map.model.getEmotionScale().setMax(2);
    }
}
