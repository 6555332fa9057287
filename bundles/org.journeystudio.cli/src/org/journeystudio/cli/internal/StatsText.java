package org.journeystudio.cli.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;

import org.journeystudio.model.journey.Channel;
import org.journeystudio.model.journey.EmotionScale;
import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.NamedElement;
import org.journeystudio.model.journey.PainPoint;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.query.ElementPaths;
import org.journeystudio.model.query.MapStatistics;
import org.journeystudio.model.query.MapStatistics.ChannelCoverage;
import org.journeystudio.model.query.MapStatistics.Counts;
import org.journeystudio.model.query.MapStatistics.JourneyCurve;

/** {@code journey stats} for a terminal: one block per kind of fact, columns aligned. */
final class StatsText {

    /** Stands for a step whose emotion has not been assessed. */
    static final String GAP = "·";

    private StatsText() {
    }

    static void write(String file, JourneyModel model, MapStatistics stats, Writer out) throws IOException {
        out.write("Journey map '" + name(model) + "'  (" + file + ")\n");
        counts(stats.counts(), out);
        curves(model.getEmotionScale(), stats.curves(), out);
        painPoints(stats, out);
        channels(stats, out);
        heading("Opportunities by status", out);
        TextTable statuses = new TextTable(false, true);
        stats.opportunitiesByStatus().forEach((status, count) -> statuses.row(label(status), count));
        statuses.write("  ", out);
        momentsOfTruth(stats.momentsOfTruth(), out);
        out.flush();
    }

    private static void counts(Counts counts, Writer out) throws IOException {
        heading("Counts", out);
        new TextTable(false, true, false)
                .row("journeys", counts.journeys())
                .row("stages", counts.stages())
                .row("steps", counts.steps(), breakdown(counts.stepsByKind()))
                .row("touchpoints", counts.touchpoints())
                .row("channels", counts.channels())
                .row("personas", counts.personas())
                .row("teams", counts.teams())
                .row("pain points", counts.painPoints())
                .row("opportunities", counts.opportunities())
                .row("evidence", counts.evidence())
                .row("metrics", counts.metrics())
                .row("moments of truth", counts.momentsOfTruth())
                .row("support actions", counts.supportActions(), breakdown(counts.supportActionsByLane()))
                .write("  ", out);
    }

    private static void curves(EmotionScale scale, List<JourneyCurve> curves, Writer out) throws IOException {
        String range = scale == null ? "" : "scale " + signed(scale.getMin()) + ".." + signed(scale.getMax()) + ", ";
        heading("Emotion curves  (" + range + GAP + " = not assessed)", out);
        if (curves.isEmpty()) {
            out.write("  no journey\n");
        }
        for (JourneyCurve curve : curves) {
            Journey journey = curve.journey();
            out.write("  " + name(journey) + "  (" + label(journey.getKind())
                    + (journey.getPersona() == null ? "" : "; persona " + name(journey.getPersona()))
                    + "; " + curve.assessed() + " of " + curve.points().size() + " steps assessed)\n");
            out.write("    curve    " + (curve.points().isEmpty() ? "no step" : curve(curve)) + "\n");
            TextTable table = new TextTable(false, true, false);
            table.row("lowest", extreme(curve.lowest().orElse(null)), where(curve.lowest().orElse(null)));
            table.row("highest", extreme(curve.highest().orElse(null)), where(curve.highest().orElse(null)));
            table.write("    ", out);
        }
    }

    private static void painPoints(MapStatistics stats, Writer out) throws IOException {
        List<PainPoint> top = stats.topPainPoints();
        heading("Top pain points  (" + top.size() + " of " + stats.counts().painPoints() + ", most severe first)", out);
        if (top.isEmpty()) {
            out.write("  none\n");
            return;
        }
        TextTable table = new TextTable(true, false, false).row("SEVERITY", "PAIN POINT", "STEP");
        for (PainPoint painPoint : top) {
            table.row(painPoint.getSeverity(), name(painPoint), ElementPaths.path(painPoint.eContainer()));
        }
        table.write("  ", out);
    }

    private static void channels(MapStatistics stats, Writer out) throws IOException {
        heading("Channel coverage  (touchpoints per channel)", out);
        if (stats.channels().isEmpty()) {
            out.write("  no channel\n");
            return;
        }
        TextTable table = new TextTable(true, false, false).row("TOUCHPOINTS", "CHANNEL", "KIND");
        for (ChannelCoverage coverage : stats.channels()) {
            table.row(coverage.touchpoints(), name(coverage.channel()), coverage.channel().getKind().getName());
        }
        table.write("  ", out);
        List<Channel> unused = stats.unusedChannels();
        out.write("  used by no touchpoint: " + (unused.isEmpty() ? "none"
                : unused.stream().map(c -> "'" + name(c) + "'").collect(Collectors.joining(", "))) + "\n");
    }

    private static void momentsOfTruth(List<Step> steps, Writer out) throws IOException {
        heading("Moments of truth  (" + steps.size() + ")", out);
        if (steps.isEmpty()) {
            out.write("  none\n");
            return;
        }
        TextTable table = new TextTable(true, false).row("EMOTION", "STEP");
        for (Step step : steps) {
            table.row(value(emotionOf(step)), ElementPaths.path(step));
        }
        table.write("  ", out);
    }

    /** The curve as text: one value per step, {@code +1 0 -2 · +1}. */
    static String curve(JourneyCurve curve) {
        return curve.points().stream().map(point -> value(point.emotion())).collect(Collectors.joining(" "));
    }

    static OptionalInt emotionOf(Step step) {
        return step.isSetEmotion() ? OptionalInt.of(step.getEmotion()) : OptionalInt.empty();
    }

    static String value(OptionalInt emotion) {
        return emotion.isPresent() ? signed(emotion.getAsInt()) : GAP;
    }

    static String signed(int value) {
        return value > 0 ? "+" + value : Integer.toString(value);
    }

    private static String extreme(Step step) {
        return step == null ? "-" : value(emotionOf(step));
    }

    private static String where(Step step) {
        return step == null ? "no step assessed" : name(step) + "  (stage '" + name((NamedElement) step.eContainer()) + "')";
    }

    private static String breakdown(Map<? extends Enum<?>, Integer> counts) {
        return counts.entrySet().stream().map(e -> label(e.getKey()) + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    /** An enumeration literal for reading: {@code IN_PROGRESS} as {@code in progress}. */
    static String label(Enum<?> literal) {
        return literal.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String name(NamedElement element) {
        String name = element.getName();
        return name == null || name.isBlank() ? "(unnamed)" : name.replaceAll("[\\r\\n\\t]+", " ");
    }

    private static void heading(String title, Writer out) throws IOException {
        out.write("\n" + title + "\n");
    }
}
