package org.journeystudio.cli.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.OptionalDouble;

import org.journeystudio.model.deviation.DeviationKind;
import org.journeystudio.model.deviation.JourneyDeviation;
import org.journeystudio.model.deviation.Match;
import org.journeystudio.model.deviation.MatchMethod;
import org.journeystudio.model.deviation.PairWords;
import org.journeystudio.model.deviation.StageDeviation;
import org.journeystudio.model.deviation.StepDeviation;
import org.journeystudio.model.export.JsonWriter;
import org.journeystudio.model.journey.NamedElement;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.query.ElementPaths;

/**
 * {@code journey deviation --format json}: the shape is documented in the command's help
 * ({@link DeviationCommand}); keys are only ever added, never renamed or removed.
 */
final class DeviationJson {

    /** Identifies the shape. */
    static final String FORMAT = "journey-studio-deviation/1";

    private DeviationJson() {
    }

    static void write(String file, JourneyDeviation deviation, Writer out) throws IOException {
        JsonWriter json = new JsonWriter(out);
        json.beginObject().name("format").value(FORMAT).name("file").value(file)
                .name("journey").value(deviation.journey().getName()).name("baseline").value(deviation.baseline().getName())
                .name("title").value(PairWords.of(deviation.journey()).title());
        json.name("counts").beginObject().name("steps").beginObject().name("before").value(deviation.stepsBefore())
                .name("after").value(deviation.stepsAfter()).endObject();
        for (DeviationKind kind : DeviationKind.values()) {
            json.name(kind.word()).value(deviation.count(kind));
        }
        json.name("channelSwitches").value(deviation.channelSwitches()).name("matchedBy").beginObject();
        for (MatchMethod method : MatchMethod.values()) {
            json.name(method.word()).value(deviation.matchedBy(method));
        }
        json.endObject().endObject();
        json.name("emotion").beginObject().name("meanBefore").value(number(deviation.meanEmotionBefore()))
                .name("meanAfter").value(number(deviation.meanEmotionAfter()))
                .name("netChange").value(number(deviation.netEmotionChange())).endObject();
        json.name("steps").beginArray();
        for (StepDeviation row : deviation.rows()) {
            step(json, row);
        }
        json.endArray().name("stages").beginArray();
        for (StageDeviation stage : deviation.stages()) {
            json.beginObject().name("name").value(stage.name()).name("stepsBefore").value(stage.stepsBefore())
                    .name("stepsAfter").value(stage.stepsAfter())
                    .name("meanEmotionBefore").value(number(stage.meanEmotionBefore()))
                    .name("meanEmotionAfter").value(number(stage.meanEmotionAfter())).endObject();
        }
        json.endArray().endObject();
        out.write('\n');
        out.flush();
    }

    private static void step(JsonWriter json, StepDeviation row) throws IOException {
        Step step = row.step();
        json.beginObject().name("kind").value(row.kind().word()).name("step")
                .value(step == null ? null : ElementPaths.path(step));
        paths(json.name("baselineSteps"), row.baselineSteps());
        json.name("matchedBy").beginArray();
        for (Match match : row.matches()) {
            json.value(match.method().word());
        }
        json.endArray();
        names(json.name("channelsLost"), row.channelsLost());
        names(json.name("channelsGained"), row.channelsGained());
        json.name("channelSwitch").value(row.isChannelSwitch())
                .name("emotionBefore").value(number(row.emotionBefore()))
                .name("emotionAfter").value(number(row.emotionAfter()))
                .name("emotionDelta").value(number(row.emotionDelta()));
        names(json.name("painPointsGone"), row.painPointsGone());
        names(json.name("painPointsAppeared"), row.painPointsAppeared());
        json.name("momentOfTruthBefore").value(row.momentOfTruthBefore())
                .name("momentOfTruthAfter").value(row.momentOfTruthAfter()).endObject();
    }

    private static void paths(JsonWriter json, List<Step> steps) throws IOException {
        json.beginArray();
        for (Step step : steps) {
            json.value(ElementPaths.path(step));
        }
        json.endArray();
    }

    private static void names(JsonWriter json, List<? extends NamedElement> elements) throws IOException {
        json.beginArray();
        for (NamedElement element : elements) {
            json.value(element.getName());
        }
        json.endArray();
    }

    /** Rounded to six decimals, so that -0.2 - 0.7 reads -0.9; {@code null} when empty. */
    private static Double number(OptionalDouble value) {
        return value.isPresent() ? Math.round(value.getAsDouble() * 1e6) / 1e6 : null;
    }
}
