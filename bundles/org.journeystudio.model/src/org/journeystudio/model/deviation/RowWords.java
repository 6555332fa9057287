package org.journeystudio.model.deviation;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

import org.journeystudio.model.journey.NamedElement;
import org.journeystudio.model.journey.Step;

/** The cells every report of a deviation shows alike (text, HTML, the diagram's labels). */
public final class RowWords {

    private RowWords() {
    }

    /** "+1", "0", "-0.5"; "·" when empty (not assessed). */
    public static String signed(OptionalDouble value) {
        if (value.isEmpty()) {
            return "·";
        }
        double v = value.getAsDouble();
        String number = v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
        return v > 0 ? "+" + number : number;
    }

    /** The baseline steps of the row, e.g. "Sign contract + Pay deposit"; "—" for none. */
    public static String baselineSteps(StepDeviation row) {
        return row.baselineSteps().isEmpty() ? "—" : names(row.baselineSteps(), " + ");
    }

    /** The row's step, "—" for a skipped one. */
    public static String step(StepDeviation row) {
        Step step = row.step();
        return step == null ? "—" : step.getName();
    }

    /** How the row was matched, e.g. "baselineStep", "name", "baselineStep + name"; "—" for none. */
    public static String matched(StepDeviation row) {
        if (row.matches().isEmpty()) {
            return "—";
        }
        return row.matches().stream().map(m -> m.method().word()).distinct().collect(Collectors.joining(" + "));
    }

    /** Channel changes, e.g. "-Web +Phone"; empty when none. */
    public static String channels(StepDeviation row) {
        return changes(row.channelsLost(), row.channelsGained());
    }

    /** A channel switch as people say it, e.g. "Mail → Branch"; empty when the channels did not switch. */
    public static String channelSwitch(StepDeviation row) {
        return row.isChannelSwitch() ? names(row.channelsLost(), ", ") + " → " + names(row.channelsGained(), ", ") : "";
    }

    /** Pain point changes, e.g. "-Slow page +Lost the invoice"; empty when none. */
    public static String painPoints(StepDeviation row) {
        return changes(row.painPointsGone(), row.painPointsAppeared());
    }

    /** Emotion before → after (delta), e.g. "+1 → -2 (-3)". */
    public static String emotion(StepDeviation row) {
        String text = signed(row.emotionBefore()) + " → " + signed(row.emotionAfter());
        return row.emotionDelta().isPresent() ? text + " (" + signed(row.emotionDelta()) + ")" : text;
    }

    /** "before", "after", "both" or empty: where the row is a moment of truth. */
    public static String momentOfTruth(StepDeviation row) {
        if (row.momentOfTruthBefore() && row.momentOfTruthAfter()) {
            return "both";
        }
        return row.momentOfTruthBefore() ? "before" : row.momentOfTruthAfter() ? "after" : "";
    }

    private static String changes(List<? extends NamedElement> lost, List<? extends NamedElement> gained) {
        StringBuilder text = new StringBuilder();
        lost.forEach(e -> text.append(text.isEmpty() ? "" : " ").append('-').append(e.getName()));
        gained.forEach(e -> text.append(text.isEmpty() ? "" : " ").append('+').append(e.getName()));
        return text.toString();
    }

    static String names(List<? extends NamedElement> elements, String separator) {
        return elements.stream().map(NamedElement::getName).collect(Collectors.joining(separator));
    }
}
