package org.journeystudio.cli.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.OptionalInt;

import org.journeystudio.model.export.JsonWriter;
import org.journeystudio.model.journey.Channel;
import org.journeystudio.model.journey.EmotionScale;
import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.NamedElement;
import org.journeystudio.model.journey.PainPoint;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.query.ElementPaths;
import org.journeystudio.model.query.EmotionCurve;
import org.journeystudio.model.query.MapStatistics;
import org.journeystudio.model.query.MapStatistics.ChannelCoverage;
import org.journeystudio.model.query.MapStatistics.Counts;
import org.journeystudio.model.query.MapStatistics.JourneyCurve;

/**
 * {@code journey stats --format json}: the shape is documented in the command's help
 * ({@link StatsCommand}); keys are only ever added, never renamed or removed.
 */
final class StatsJson {

    /** Identifies the shape. */
    static final String FORMAT = "journey-studio-stats/1";

    private StatsJson() {
    }

    static void write(String file, JourneyModel model, MapStatistics stats, Writer out) throws IOException {
        JsonWriter json = new JsonWriter(out);
        json.beginObject().name("format").value(FORMAT).name("file").value(file).name("model").value(model.getName());
        EmotionScale scale = model.getEmotionScale();
        json.name("emotionScale");
        if (scale == null) {
            json.value(null);
        } else {
            json.beginObject().name("min").value(scale.getMin()).name("max").value(scale.getMax()).endObject();
        }
        counts(json, stats.counts());
        json.name("journeys").beginArray();
        for (JourneyCurve curve : stats.curves()) {
            journey(json, curve);
        }
        json.endArray().name("topPainPoints").beginArray();
        for (PainPoint painPoint : stats.topPainPoints()) {
            json.beginObject().name("severity").value(painPoint.getSeverity()).name("name").value(painPoint.getName())
                    .name("step").value(ElementPaths.path(painPoint.eContainer())).endObject();
        }
        json.endArray().name("channels").beginArray();
        for (ChannelCoverage coverage : stats.channels()) {
            json.beginObject().name("name").value(coverage.channel().getName())
                    .name("kind").value(coverage.channel().getKind().getName())
                    .name("touchpoints").value(coverage.touchpoints()).endObject();
        }
        json.endArray().name("unusedChannels").beginArray();
        for (Channel channel : stats.unusedChannels()) {
            json.value(channel.getName());
        }
        json.endArray().name("opportunitiesByStatus");
        counted(json, stats.opportunitiesByStatus());
        json.name("momentsOfTruth").beginArray();
        for (Step step : stats.momentsOfTruth()) {
            json.beginObject().name("step").value(ElementPaths.path(step)).name("emotion");
            emotion(json, StatsText.emotionOf(step));
            json.endObject();
        }
        json.endArray().endObject();
        out.flush();
    }

    private static void counts(JsonWriter json, Counts counts) throws IOException {
        json.name("counts").beginObject()
                .name("journeys").value(counts.journeys())
                .name("stages").value(counts.stages())
                .name("steps").value(counts.steps())
                .name("stepsByKind");
        counted(json, counts.stepsByKind());
        json.name("touchpoints").value(counts.touchpoints())
                .name("channels").value(counts.channels())
                .name("personas").value(counts.personas())
                .name("teams").value(counts.teams())
                .name("painPoints").value(counts.painPoints())
                .name("opportunities").value(counts.opportunities())
                .name("evidence").value(counts.evidence())
                .name("metrics").value(counts.metrics())
                .name("momentsOfTruth").value(counts.momentsOfTruth())
                .name("supportActions").value(counts.supportActions())
                .name("supportActionsByLane");
        counted(json, counts.supportActionsByLane());
        json.endObject();
    }

    private static void journey(JsonWriter json, JourneyCurve curve) throws IOException {
        Journey journey = curve.journey();
        json.beginObject().name("name").value(journey.getName()).name("kind").value(journey.getKind().getName())
                .name("persona").value(journey.getPersona() == null ? null : journey.getPersona().getName())
                .name("steps").value(curve.points().size()).name("assessed").value(curve.assessed())
                .name("curve").value(StatsText.curve(curve)).name("emotions").beginArray();
        for (EmotionCurve.Point point : curve.points()) {
            emotion(json, point.emotion());
        }
        json.endArray();
        extreme(json, "lowest", curve.lowest().orElse(null));
        extreme(json, "highest", curve.highest().orElse(null));
        json.endObject();
    }

    private static void extreme(JsonWriter json, String key, Step step) throws IOException {
        json.name(key);
        if (step == null) {
            json.value(null);
            return;
        }
        json.beginObject().name("step").value(step.getName())
                .name("stage").value(((NamedElement) step.eContainer()).getName())
                .name("emotion").value(step.getEmotion()).endObject();
    }

    private static void counted(JsonWriter json, Map<? extends Enum<?>, Integer> counts) throws IOException {
        json.beginObject();
        for (Map.Entry<? extends Enum<?>, Integer> entry : counts.entrySet()) {
            json.name(entry.getKey().name()).value(entry.getValue());
        }
        json.endObject();
    }

    private static void emotion(JsonWriter json, OptionalInt emotion) throws IOException {
        json.value(emotion.isPresent() ? emotion.getAsInt() : null);
    }
}
