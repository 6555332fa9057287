package org.journeystudio.model.deviation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;

import org.journeystudio.model.journey.Channel;
import org.journeystudio.model.journey.PainPoint;
import org.journeystudio.model.journey.Step;

/** Computes what changed in one row: channels, emotion, pain points, moments of truth. */
final class RowFacts {

    private RowFacts() {
    }

    static StepDeviation of(DeviationKind kind, Alignment.Row row, Correspondence correspondence) {
        Step step = row.step();
        List<Step> before = row.baselineSteps();
        List<Step> after = new ArrayList<>();
        before.forEach(baselineStep -> correspondence.counterparts(baselineStep).forEach(s -> addOnce(after, s)));
        boolean paired = step != null && !before.isEmpty();
        List<Channel> gained = paired ? missing(List.of(step), before, Step::getChannels) : List.of();
        List<Channel> lost = paired ? missing(before, after, Step::getChannels) : List.of();
        List<PainPoint> appeared = step == null ? List.of() : missingByName(List.of(step), before);
        List<PainPoint> gone = missingByName(before, after);
        boolean truthBefore = before.stream().anyMatch(Step::isMomentOfTruth);
        boolean truthAfter = step != null && step.isMomentOfTruth();
        List<Match> matches = step == null ? List.of() : correspondence.matches(step);
        OptionalDouble emotionAfter = step == null ? OptionalDouble.empty() : meanEmotion(List.of(step));
        return new StepDeviation(kind, step, before, List.copyOf(matches), gained, lost, meanEmotion(before),
                emotionAfter, appeared, gone, truthBefore, truthAfter);
    }

    /** The mean of the assessed emotions of the steps, empty when none is assessed. */
    static OptionalDouble meanEmotion(List<Step> steps) {
        return steps.stream().filter(Step::isSetEmotion).mapToInt(Step::getEmotion).average();
    }

    private static <T> List<T> missing(List<Step> from, List<Step> in, Function<Step, List<T>> values) {
        Set<T> present = new LinkedHashSet<>();
        in.forEach(step -> present.addAll(values.apply(step)));
        Set<T> result = new LinkedHashSet<>();
        from.forEach(step -> values.apply(step).stream().filter(v -> !present.contains(v)).forEach(result::add));
        return List.copyOf(result);
    }

    private static List<PainPoint> missingByName(List<Step> from, List<Step> in) {
        Set<String> present = new LinkedHashSet<>();
        in.forEach(step -> step.getPainPoints().forEach(p -> present.add(Correspondence.normal(p.getName()))));
        List<PainPoint> result = new ArrayList<>();
        for (Step step : from) {
            for (PainPoint painPoint : step.getPainPoints()) {
                if (!present.contains(Correspondence.normal(painPoint.getName()))) {
                    result.add(painPoint);
                }
            }
        }
        return List.copyOf(result);
    }

    private static void addOnce(List<Step> steps, Step step) {
        if (!steps.contains(step)) {
            steps.add(step);
        }
    }
}
